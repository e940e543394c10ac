from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "action": ("action", False),
    "timestamp": ("timestamp", True),
    "detail": ("detail", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxActivity(ModelMapping):
    """One event in a sandbox's history."""

    action: str
    """ What happened, e.g. `created`, `exec`, `stopped`. """
    timestamp: datetime.datetime
    """ When it happened. """
    detail: Any | None | Unset = UNSET
    """ Extra data about the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        timestamp = self.timestamp.isoformat()

        detail: Any | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {
            "action": action,
            "timestamp": timestamp,
        }
        if detail is not UNSET:
            field_dict["detail"] = detail
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        action = src_dict["action"]
        timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

        detail = src_dict.get("detail", UNSET)

        sandbox_activity = cls(
            action=action,
            timestamp=timestamp,
            detail=detail,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_activity.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_activity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
