from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "installed": ("installed", False),
    "errors": ("errors", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillInstallResult(ModelMapping):
    """Outcome of a skill install into a sandbox."""

    installed: int | Unset = 0
    """ Number of skills installed. """
    errors: list[str] | Unset = UNSET
    """ One message per skill that could not be installed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        installed = self.installed

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        if installed is not UNSET:
            field_dict["installed"] = installed
        if errors is not UNSET:
            field_dict["errors"] = errors
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        installed = src_dict.get("installed", UNSET)
        errors = cast(list[str], src_dict.get("errors", UNSET))

        skill_install_result = cls(
            installed=installed,
            errors=errors,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_install_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_install_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
