from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "total_active": ("total_active", False),
    "server_sessions": ("server_sessions", False),
    "bundle_sessions": ("bundle_sessions", False),
    "expired_not_cleaned": ("expired_not_cleaned", False),
    "idle_sessions": ("idle_sessions", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SessionStats(ModelMapping):
    """Session counters for the whole gateway."""

    total_active: int
    server_sessions: int
    """ Active sessions bound to a server. """
    bundle_sessions: int
    """ Active sessions bound to a bundle. """
    expired_not_cleaned: int
    """ Expired sessions still waiting for cleanup. """
    idle_sessions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        total_active = self.total_active

        server_sessions = self.server_sessions

        bundle_sessions = self.bundle_sessions

        expired_not_cleaned = self.expired_not_cleaned

        idle_sessions = self.idle_sessions

        field_dict: dict[str, Any] = {
            "total_active": total_active,
            "server_sessions": server_sessions,
            "bundle_sessions": bundle_sessions,
            "expired_not_cleaned": expired_not_cleaned,
            "idle_sessions": idle_sessions,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        total_active = src_dict["total_active"]
        server_sessions = src_dict["server_sessions"]
        bundle_sessions = src_dict["bundle_sessions"]
        expired_not_cleaned = src_dict["expired_not_cleaned"]
        idle_sessions = src_dict["idle_sessions"]
        session_stats = cls(
            total_active=total_active,
            server_sessions=server_sessions,
            bundle_sessions=bundle_sessions,
            expired_not_cleaned=expired_not_cleaned,
            idle_sessions=idle_sessions,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
