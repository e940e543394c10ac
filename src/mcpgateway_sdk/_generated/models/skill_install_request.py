from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "skill_ids": ("skill_ids", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillInstallRequest(ModelMapping):
    """Skills to copy into a sandbox."""

    skill_ids: list[str]
    """ Ids of the skills to install. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        skill_ids = self.skill_ids

        field_dict: dict[str, Any] = {
            "skill_ids": skill_ids,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        skill_ids = cast(list[str], src_dict["skill_ids"])

        skill_install_request = cls(
            skill_ids=skill_ids,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_install_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_install_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
