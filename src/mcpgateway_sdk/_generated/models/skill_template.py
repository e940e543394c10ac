from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", False),
    "name": ("name", False),
    "description": ("description", False),
    "category": ("category", False),
    "skill_md_template": ("skill_md_template", False),
    "tags": ("tags", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillTemplate(ModelMapping):
    """A starting point for writing a SKILL.md."""

    id: str
    name: str
    description: str
    category: str
    skill_md_template: str
    """ SKILL.md text with placeholders. """
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        category = self.category

        skill_md_template = self.skill_md_template

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
            "description": description,
            "category": category,
            "skill_md_template": skill_md_template,
        }
        if tags is not UNSET:
            field_dict["tags"] = tags
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]
        name = src_dict["name"]
        description = src_dict["description"]
        category = src_dict["category"]
        skill_md_template = src_dict["skill_md_template"]
        tags = cast(list[str], src_dict.get("tags", UNSET))

        skill_template = cls(
            id=id,
            name=name,
            description=description,
            category=category,
            skill_md_template=skill_md_template,
            tags=tags,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_template.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
