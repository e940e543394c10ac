from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "code": ("code", False),
    "message": ("message", False),
    "details": ("details", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ErrorDetail(ModelMapping):
    """A machine-readable error code with a human-readable message."""

    code: str
    """ Error code, e.g. `NOT_FOUND`. """
    message: str
    """ Human-readable reason. """
    details: Any | Unset = UNSET
    """ More about the error, by code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {
            "code": code,
            "message": message,
        }
        if details is not UNSET:
            field_dict["details"] = details
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        code = src_dict["code"]
        message = src_dict["message"]
        details = src_dict.get("details", UNSET)
        error_detail = cls(
            code=code,
            message=message,
            details=details,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            error_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return error_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
