from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "running": ("running", False),
    "stopped": ("stopped", False),
    "pending": ("pending", False),
    "error": ("error", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class StatusCounts(ModelMapping):
    """Number of servers in each status."""

    running: int | Unset = 0
    stopped: int | Unset = 0
    pending: int | Unset = 0
    error: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        running = self.running

        stopped = self.stopped

        pending = self.pending

        error = self.error

        field_dict: dict[str, Any] = {}
        if running is not UNSET:
            field_dict["running"] = running
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if pending is not UNSET:
            field_dict["pending"] = pending
        if error is not UNSET:
            field_dict["error"] = error
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        running = src_dict.get("running", UNSET)
        stopped = src_dict.get("stopped", UNSET)
        pending = src_dict.get("pending", UNSET)
        error = src_dict.get("error", UNSET)
        status_counts = cls(
            running=running,
            stopped=stopped,
            pending=pending,
            error=error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            status_counts.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return status_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
