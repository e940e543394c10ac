from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "value": ("value", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class AuthSecretUpdate(ModelMapping):
    """The value of one credential field. Unknown fields are passed through."""

    name: str
    """ Field name. """
    value: str
    """ The value; stored, never returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {
            "name": name,
            "value": value,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        value = src_dict["value"]
        auth_secret_update = cls(
            name=name,
            value=value,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            auth_secret_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return auth_secret_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
