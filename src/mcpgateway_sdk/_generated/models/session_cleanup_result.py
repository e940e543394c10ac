from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "cleaned_count": ("cleaned_count", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SessionCleanupResult(ModelMapping):
    """Counts of what the cleanup did, by name. The gateway promises no particular key; the local gateway sends
    `cleaned_count`.

    """

    cleaned_count: int | Unset = UNSET
    """ Expired sessions that were closed (local gateway). """
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        cleaned_count = self.cleaned_count

        field_dict: dict[str, Any] = {}
        if cleaned_count is not UNSET:
            field_dict["cleaned_count"] = cleaned_count
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cleaned_count = src_dict.get("cleaned_count", UNSET)
        session_cleanup_result = cls(
            cleaned_count=cleaned_count,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session_cleanup_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session_cleanup_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
