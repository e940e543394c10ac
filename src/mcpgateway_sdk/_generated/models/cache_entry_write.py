from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "value": ("value", False),
    "ttl": ("ttl", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class CacheEntryWrite(ModelMapping):
    """A value to store under a key."""

    value: Any
    """ Any JSON value. """
    ttl: int | Unset = 300
    """ Lifetime in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {
            "value": value,
        }
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = src_dict["value"]
        ttl = src_dict.get("ttl", UNSET)
        cache_entry_write = cls(
            value=value,
            ttl=ttl,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            cache_entry_write.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return cache_entry_write

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
