from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "last_accessed_at": ("last_accessed_at", True),
    "expires_at": ("expires_at", True),
    "created_at": ("created_at", True),
    "server_id": ("server_id", True),
    "bundle_id": ("bundle_id", True),
    "process_state": ("process_state", False),
    "external_sessions": ("external_sessions", False),
    "is_active": ("is_active", False),
    "is_expired": ("is_expired", False),
    "is_idle": ("is_idle", False),
    "allowed_tool_names": ("allowed_tool_names", True),
    "denied_tool_names": ("denied_tool_names", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class Session(ModelMapping):
    """A session bound to a server or a bundle, with optional tool scoping."""

    id: UUID
    last_accessed_at: datetime.datetime
    expires_at: datetime.datetime
    created_at: datetime.datetime
    server_id: None | Unset | UUID = UNSET
    bundle_id: None | Unset | UUID = UNSET
    process_state: Any | Unset = UNSET
    """ Server-side state kept for the session. """
    external_sessions: Any | Unset = UNSET
    """ Upstream session ids, by server. """
    is_active: bool | Unset = True
    is_expired: bool | Unset = False
    is_idle: bool | Unset = False
    allowed_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may use; `server__*` covers a whole server. Null: no allow list. """
    denied_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may not use, even when an allow wildcard covers them. Null: no deny list.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        last_accessed_at = self.last_accessed_at.isoformat()

        expires_at = self.expires_at.isoformat()

        created_at = self.created_at.isoformat()

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        elif isinstance(self.server_id, UUID):
            server_id = str(self.server_id)
        else:
            server_id = self.server_id

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        elif isinstance(self.bundle_id, UUID):
            bundle_id = str(self.bundle_id)
        else:
            bundle_id = self.bundle_id

        process_state = self.process_state

        external_sessions = self.external_sessions

        is_active = self.is_active

        is_expired = self.is_expired

        is_idle = self.is_idle

        allowed_tool_names: list[str] | None | Unset
        if isinstance(self.allowed_tool_names, Unset):
            allowed_tool_names = UNSET
        elif isinstance(self.allowed_tool_names, list):
            allowed_tool_names = self.allowed_tool_names

        else:
            allowed_tool_names = self.allowed_tool_names

        denied_tool_names: list[str] | None | Unset
        if isinstance(self.denied_tool_names, Unset):
            denied_tool_names = UNSET
        elif isinstance(self.denied_tool_names, list):
            denied_tool_names = self.denied_tool_names

        else:
            denied_tool_names = self.denied_tool_names

        field_dict: dict[str, Any] = {
            "id": id,
            "last_accessed_at": last_accessed_at,
            "expires_at": expires_at,
            "created_at": created_at,
        }
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if process_state is not UNSET:
            field_dict["process_state"] = process_state
        if external_sessions is not UNSET:
            field_dict["external_sessions"] = external_sessions
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_expired is not UNSET:
            field_dict["is_expired"] = is_expired
        if is_idle is not UNSET:
            field_dict["is_idle"] = is_idle
        if allowed_tool_names is not UNSET:
            field_dict["allowed_tool_names"] = allowed_tool_names
        if denied_tool_names is not UNSET:
            field_dict["denied_tool_names"] = denied_tool_names
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        last_accessed_at = datetime.datetime.fromisoformat(src_dict["last_accessed_at"])

        expires_at = datetime.datetime.fromisoformat(src_dict["expires_at"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        _server_id = src_dict.get("server_id", UNSET)
        server_id: None | Unset | UUID
        if _server_id is None:
            server_id = None
        elif _server_id is UNSET:
            server_id = UNSET
        else:
            try:
                if not isinstance(_server_id, str):
                    raise TypeError()
                server_id_type_0 = UUID(_server_id)

                server_id = server_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                server_id = _server_id

        _bundle_id = src_dict.get("bundle_id", UNSET)
        bundle_id: None | Unset | UUID
        if _bundle_id is None:
            bundle_id = None
        elif _bundle_id is UNSET:
            bundle_id = UNSET
        else:
            try:
                if not isinstance(_bundle_id, str):
                    raise TypeError()
                bundle_id_type_0 = UUID(_bundle_id)

                bundle_id = bundle_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                bundle_id = _bundle_id

        process_state = src_dict.get("process_state", UNSET)
        external_sessions = src_dict.get("external_sessions", UNSET)
        is_active = src_dict.get("is_active", UNSET)
        is_expired = src_dict.get("is_expired", UNSET)
        is_idle = src_dict.get("is_idle", UNSET)
        _allowed_tool_names = src_dict.get("allowed_tool_names", UNSET)
        allowed_tool_names: list[str] | None | Unset
        if _allowed_tool_names is None:
            allowed_tool_names = None
        elif _allowed_tool_names is UNSET:
            allowed_tool_names = UNSET
        else:
            try:
                if not isinstance(_allowed_tool_names, list):
                    raise TypeError()
                allowed_tool_names_type_0 = cast(list[str], _allowed_tool_names)

                allowed_tool_names = allowed_tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_tool_names = _allowed_tool_names

        _denied_tool_names = src_dict.get("denied_tool_names", UNSET)
        denied_tool_names: list[str] | None | Unset
        if _denied_tool_names is None:
            denied_tool_names = None
        elif _denied_tool_names is UNSET:
            denied_tool_names = UNSET
        else:
            try:
                if not isinstance(_denied_tool_names, list):
                    raise TypeError()
                denied_tool_names_type_0 = cast(list[str], _denied_tool_names)

                denied_tool_names = denied_tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                denied_tool_names = _denied_tool_names

        session = cls(
            id=id,
            last_accessed_at=last_accessed_at,
            expires_at=expires_at,
            created_at=created_at,
            server_id=server_id,
            bundle_id=bundle_id,
            process_state=process_state,
            external_sessions=external_sessions,
            is_active=is_active,
            is_expired=is_expired,
            is_idle=is_idle,
            allowed_tool_names=allowed_tool_names,
            denied_tool_names=denied_tool_names,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
