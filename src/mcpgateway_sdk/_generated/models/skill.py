from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "description": ("description", True),
    "source_type": ("source_type", False),
    "source_url": ("source_url", True),
    "mcp_server_id": ("mcp_server_id", True),
    "mcp_server_name": ("mcp_server_name", True),
    "skill_metadata": ("skill_metadata", False),
    "package_size_bytes": ("package_size_bytes", False),
    "portal_visible": ("portal_visible", False),
    "portal_category": ("portal_category", True),
    "portal_tags": ("portal_tags", True),
    "published": ("published", False),
    "skill_md_content": ("skill_md_content", True),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class Skill(ModelMapping):
    """A skill: a SKILL.md document with optional files, optionally linked to a server. `skill_md_content` is filled only
    by the single-skill read.

    """

    id: UUID
    name: str
    description: None | str | Unset = UNSET
    source_type: str | Unset = ""
    """ How the skill was made. Known values: `imported`, `generated`, `manual`. """
    source_url: None | str | Unset = UNSET
    """ Where an imported skill came from. """
    mcp_server_id: None | Unset | UUID = UNSET
    """ Linked server, if any. """
    mcp_server_name: None | str | Unset = UNSET
    skill_metadata: Any | Unset = UNSET
    """ Free-form metadata (author, version, tags ...). """
    package_size_bytes: int | Unset = 0
    """ Size of the stored package. """
    portal_visible: bool | Unset = False
    """ Shown in the customer portal. """
    portal_category: None | str | Unset = UNSET
    portal_tags: list[str] | Unset = UNSET
    published: bool | Unset = False
    """ Published flag. Sent by later gateways. """
    skill_md_content: None | str | Unset = UNSET
    """ Full SKILL.md text; set by `GET /api/v1/skills/{skill_id}`, null elsewhere. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_type = self.source_type

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        mcp_server_id: None | str | Unset
        if isinstance(self.mcp_server_id, Unset):
            mcp_server_id = UNSET
        elif isinstance(self.mcp_server_id, UUID):
            mcp_server_id = str(self.mcp_server_id)
        else:
            mcp_server_id = self.mcp_server_id

        mcp_server_name: None | str | Unset
        if isinstance(self.mcp_server_name, Unset):
            mcp_server_name = UNSET
        else:
            mcp_server_name = self.mcp_server_name

        skill_metadata = self.skill_metadata

        package_size_bytes = self.package_size_bytes

        portal_visible = self.portal_visible

        portal_category: None | str | Unset
        if isinstance(self.portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = self.portal_category

        portal_tags: list[str] | Unset = UNSET
        if not isinstance(self.portal_tags, Unset):
            portal_tags = self.portal_tags

        published = self.published

        skill_md_content: None | str | Unset
        if isinstance(self.skill_md_content, Unset):
            skill_md_content = UNSET
        else:
            skill_md_content = self.skill_md_content

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if mcp_server_id is not UNSET:
            field_dict["mcp_server_id"] = mcp_server_id
        if mcp_server_name is not UNSET:
            field_dict["mcp_server_name"] = mcp_server_name
        if skill_metadata is not UNSET:
            field_dict["skill_metadata"] = skill_metadata
        if package_size_bytes is not UNSET:
            field_dict["package_size_bytes"] = package_size_bytes
        if portal_visible is not UNSET:
            field_dict["portal_visible"] = portal_visible
        if portal_category is not UNSET:
            field_dict["portal_category"] = portal_category
        if portal_tags is not UNSET:
            field_dict["portal_tags"] = portal_tags
        if published is not UNSET:
            field_dict["published"] = published
        if skill_md_content is not UNSET:
            field_dict["skill_md_content"] = skill_md_content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        description = src_dict.get("description", UNSET)

        source_type = src_dict.get("source_type", UNSET)
        source_url = src_dict.get("source_url", UNSET)

        _mcp_server_id = src_dict.get("mcp_server_id", UNSET)
        mcp_server_id: None | Unset | UUID
        if _mcp_server_id is None:
            mcp_server_id = None
        elif _mcp_server_id is UNSET:
            mcp_server_id = UNSET
        else:
            try:
                if not isinstance(_mcp_server_id, str):
                    raise TypeError()
                mcp_server_id_type_0 = UUID(_mcp_server_id)

                mcp_server_id = mcp_server_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mcp_server_id = _mcp_server_id

        mcp_server_name = src_dict.get("mcp_server_name", UNSET)

        skill_metadata = src_dict.get("skill_metadata", UNSET)
        package_size_bytes = src_dict.get("package_size_bytes", UNSET)
        portal_visible = src_dict.get("portal_visible", UNSET)
        portal_category = src_dict.get("portal_category", UNSET)

        portal_tags = cast(list[str], src_dict.get("portal_tags", UNSET))

        published = src_dict.get("published", UNSET)
        skill_md_content = src_dict.get("skill_md_content", UNSET)

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        elif _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None:
            updated_at = None
        elif _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        skill = cls(
            id=id,
            name=name,
            description=description,
            source_type=source_type,
            source_url=source_url,
            mcp_server_id=mcp_server_id,
            mcp_server_name=mcp_server_name,
            skill_metadata=skill_metadata,
            package_size_bytes=package_size_bytes,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=portal_tags,
            published=published,
            skill_md_content=skill_md_content,
            created_at=created_at,
            updated_at=updated_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
