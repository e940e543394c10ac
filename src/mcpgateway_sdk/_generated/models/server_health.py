from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", True),
    "server_name": ("server_name", False),
    "previous_status": ("previous_status", False),
    "current_status": ("current_status", False),
    "message": ("message", False),
    "checked_at": ("checked_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerHealth(ModelMapping):
    """Result of starting, stopping or checking a server."""

    server_id: UUID
    """ Server id. """
    server_name: str
    """ Server name. """
    previous_status: str
    """ Status before the call. Known values: `pending`, `running`, `stopped`, `error`. """
    current_status: str
    """ Status after the call. Known values: `pending`, `running`, `stopped`, `error`. """
    message: str
    """ What happened. """
    checked_at: datetime.datetime
    """ When the check ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id = str(self.server_id)

        server_name = self.server_name

        previous_status = self.previous_status

        current_status = self.current_status

        message = self.message

        checked_at = self.checked_at.isoformat()

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "server_name": server_name,
            "previous_status": previous_status,
            "current_status": current_status,
            "message": message,
            "checked_at": checked_at,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        server_id = UUID(src_dict["server_id"])

        server_name = src_dict["server_name"]
        previous_status = src_dict["previous_status"]
        current_status = src_dict["current_status"]
        message = src_dict["message"]
        checked_at = datetime.datetime.fromisoformat(src_dict["checked_at"])

        server_health = cls(
            server_id=server_id,
            server_name=server_name,
            previous_status=previous_status,
            current_status=current_status,
            message=message,
            checked_at=checked_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_health.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_health

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
