from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "value": ("value", False),
    "expires_at": ("expires_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class CacheEntry(ModelMapping):
    """A stored cache value."""

    value: Any
    """ The stored JSON value (may be null). """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ When the entry expires. Sent by later gateways. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {
            "value": value,
        }
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = src_dict["value"]
        _expires_at = src_dict.get("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        if _expires_at is None:
            expires_at = None
        elif _expires_at is UNSET:
            expires_at = UNSET
        else:
            try:
                if not isinstance(_expires_at, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at = _expires_at

        cache_entry = cls(
            value=value,
            expires_at=expires_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            cache_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return cache_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
