from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "cleaned_count": ("cleaned_count", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SessionCleanupResult(ModelMapping):
    """Outcome of a cleanup run."""

    cleaned_count: int
    """ Expired sessions that were closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        cleaned_count = self.cleaned_count

        field_dict: dict[str, Any] = {
            "cleaned_count": cleaned_count,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cleaned_count = src_dict["cleaned_count"]
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
