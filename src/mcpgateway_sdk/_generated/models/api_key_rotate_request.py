from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "grace_period_hours": ("grace_period_hours", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ApiKeyRotateRequest(ModelMapping):
    """How to rotate a key."""

    grace_period_hours: int | Unset = 24
    """ Hours the old key keeps working; 0 revokes it at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        grace_period_hours = self.grace_period_hours

        field_dict: dict[str, Any] = {}
        if grace_period_hours is not UNSET:
            field_dict["grace_period_hours"] = grace_period_hours
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        grace_period_hours = src_dict.get("grace_period_hours", UNSET)
        api_key_rotate_request = cls(
            grace_period_hours=grace_period_hours,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key_rotate_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key_rotate_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
