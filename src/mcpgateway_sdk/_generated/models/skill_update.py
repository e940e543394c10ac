from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", True),
    "description": ("description", True),
    "skill_md_content": ("skill_md_content", True),
    "mcp_server_id": ("mcp_server_id", True),
    "skill_metadata": ("skill_metadata", True),
    "clear_server_link": ("clear_server_link", False),
    "portal_visible": ("portal_visible", True),
    "published": ("published", True),
    "portal_category": ("portal_category", True),
    "portal_tags": ("portal_tags", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillUpdate(ModelMapping):
    """Partial update: only the keys present are changed. To unlink the server send `clear_server_link: true` (the SDK also
    sends `mcp_server_id: null`).

    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    skill_md_content: None | str | Unset = UNSET
    mcp_server_id: None | str | Unset = UNSET
    """ Server to link the skill to. """
    skill_metadata: Any | None | Unset = UNSET
    """ Replaces the stored metadata. """
    clear_server_link: bool | Unset = False
    """ Remove the server link. """
    portal_visible: bool | None | Unset = UNSET
    published: bool | None | Unset = UNSET
    """ Offer (`true`) or withdraw (`false`) the skill in the marketplace. Local-gateway extension: the published
    SDKs do not send it. """
    portal_category: None | str | Unset = UNSET
    portal_tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        skill_md_content: None | str | Unset
        if isinstance(self.skill_md_content, Unset):
            skill_md_content = UNSET
        else:
            skill_md_content = self.skill_md_content

        mcp_server_id: None | str | Unset
        if isinstance(self.mcp_server_id, Unset):
            mcp_server_id = UNSET
        else:
            mcp_server_id = self.mcp_server_id

        skill_metadata: Any | None | Unset
        if isinstance(self.skill_metadata, Unset):
            skill_metadata = UNSET
        else:
            skill_metadata = self.skill_metadata

        clear_server_link = self.clear_server_link

        portal_visible: bool | None | Unset
        if isinstance(self.portal_visible, Unset):
            portal_visible = UNSET
        else:
            portal_visible = self.portal_visible

        published: bool | None | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        else:
            published = self.published

        portal_category: None | str | Unset
        if isinstance(self.portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = self.portal_category

        portal_tags: list[str] | None | Unset
        if isinstance(self.portal_tags, Unset):
            portal_tags = UNSET
        elif isinstance(self.portal_tags, list):
            portal_tags = self.portal_tags

        else:
            portal_tags = self.portal_tags

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if skill_md_content is not UNSET:
            field_dict["skill_md_content"] = skill_md_content
        if mcp_server_id is not UNSET:
            field_dict["mcp_server_id"] = mcp_server_id
        if skill_metadata is not UNSET:
            field_dict["skill_metadata"] = skill_metadata
        if clear_server_link is not UNSET:
            field_dict["clear_server_link"] = clear_server_link
        if portal_visible is not UNSET:
            field_dict["portal_visible"] = portal_visible
        if published is not UNSET:
            field_dict["published"] = published
        if portal_category is not UNSET:
            field_dict["portal_category"] = portal_category
        if portal_tags is not UNSET:
            field_dict["portal_tags"] = portal_tags
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        skill_md_content = src_dict.get("skill_md_content", UNSET)

        mcp_server_id = src_dict.get("mcp_server_id", UNSET)

        skill_metadata = src_dict.get("skill_metadata", UNSET)

        clear_server_link = src_dict.get("clear_server_link", UNSET)
        portal_visible = src_dict.get("portal_visible", UNSET)

        published = src_dict.get("published", UNSET)

        portal_category = src_dict.get("portal_category", UNSET)

        _portal_tags = src_dict.get("portal_tags", UNSET)
        portal_tags: list[str] | None | Unset
        if _portal_tags is None:
            portal_tags = None
        elif _portal_tags is UNSET:
            portal_tags = UNSET
        else:
            try:
                if not isinstance(_portal_tags, list):
                    raise TypeError()
                portal_tags_type_0 = cast(list[str], _portal_tags)

                portal_tags = portal_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                portal_tags = _portal_tags

        skill_update = cls(
            name=name,
            description=description,
            skill_md_content=skill_md_content,
            mcp_server_id=mcp_server_id,
            skill_metadata=skill_metadata,
            clear_server_link=clear_server_link,
            portal_visible=portal_visible,
            published=published,
            portal_category=portal_category,
            portal_tags=portal_tags,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
