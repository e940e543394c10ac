from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "skill_md_content": ("skill_md_content", False),
    "description": ("description", True),
    "mcp_server_id": ("mcp_server_id", True),
    "skill_metadata": ("skill_metadata", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillCreate(ModelMapping):
    """A new skill from SKILL.md text."""

    name: str
    """ Lower-case words joined by hyphens. """
    skill_md_content: str
    """ Full SKILL.md text, YAML front matter included. """
    description: None | str | Unset = UNSET
    mcp_server_id: None | str | Unset = UNSET
    """ Server to link the skill to. """
    skill_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        skill_md_content = self.skill_md_content

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mcp_server_id: None | str | Unset
        if isinstance(self.mcp_server_id, Unset):
            mcp_server_id = UNSET
        else:
            mcp_server_id = self.mcp_server_id

        skill_metadata = self.skill_metadata

        field_dict: dict[str, Any] = {
            "name": name,
            "skill_md_content": skill_md_content,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if mcp_server_id is not UNSET:
            field_dict["mcp_server_id"] = mcp_server_id
        if skill_metadata is not UNSET:
            field_dict["skill_metadata"] = skill_metadata
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        skill_md_content = src_dict["skill_md_content"]
        description = src_dict.get("description", UNSET)

        mcp_server_id = src_dict.get("mcp_server_id", UNSET)

        skill_metadata = src_dict.get("skill_metadata", UNSET)
        skill_create = cls(
            name=name,
            skill_md_content=skill_md_content,
            description=description,
            mcp_server_id=mcp_server_id,
            skill_metadata=skill_metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
