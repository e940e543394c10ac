from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.connection_server_summary import ConnectionServerSummary
    from ..models.connection_user_summary import ConnectionUserSummary

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ConnectionServerSummary, ConnectionUserSummary
    from ..models.connection_server_summary import ConnectionServerSummary  # noqa: PLC0415
    from ..models.connection_user_summary import ConnectionUserSummary  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "server_id": ("server_id", True),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "user_id": ("user_id", True),
    "ownership": ("ownership", False),
    "provider_name": ("provider_name", True),
    "provider_email": ("provider_email", True),
    "token_type": ("token_type", False),
    "expires_at": ("expires_at", True),
    "scopes": ("scopes", True),
    "is_valid": ("is_valid", False),
    "health_status": ("health_status", False),
    "last_refreshed_at": ("last_refreshed_at", True),
    "next_refresh_at": ("next_refresh_at", True),
    "consecutive_refresh_failures": ("consecutive_refresh_failures", False),
    "refresh_error": ("refresh_error", True),
    "mcp_session_id": ("mcp_session_id", True),
    "last_accessed_at": ("last_accessed_at", True),
    "revoked_at": ("revoked_at", True),
    "revoke_reason": ("revoke_reason", True),
    "expiration_status": ("expiration_status", False),
    "server": ("server", True),
    "user": ("user", True),
    "auto_refresh_enabled": ("auto_refresh_enabled", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class Connection(ModelMapping):
    """A user's connection (credential or OAuth token) to a server."""

    id: UUID
    """ Connection id. """
    server_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: None | Unset | UUID = UNSET
    ownership: str | Unset = "individual"
    """ Who owns the connection. Known values: `individual`, `shared`, `operational`. """
    provider_name: None | str | Unset = UNSET
    """ Identity provider, for OAuth connections. """
    provider_email: None | str | Unset = UNSET
    """ Account email at the provider. """
    token_type: str | Unset = "Bearer"
    expires_at: datetime.datetime | None | Unset = UNSET
    """ When the current token expires. """
    scopes: list[str] | None | Unset = UNSET
    """ Granted OAuth scopes. """
    is_valid: bool | Unset = True
    """ Whether the credential still works. """
    health_status: str | Unset = "healthy"
    """ Token health, e.g. `healthy`. """
    last_refreshed_at: datetime.datetime | None | Unset = UNSET
    next_refresh_at: datetime.datetime | None | Unset = UNSET
    consecutive_refresh_failures: int | Unset = 0
    refresh_error: None | str | Unset = UNSET
    """ Last refresh failure message. """
    mcp_session_id: None | str | Unset = UNSET
    last_accessed_at: datetime.datetime | None | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    """ When the connection was revoked. """
    revoke_reason: None | str | Unset = UNSET
    """ Why the connection was revoked. """
    expiration_status: str | Unset = "healthy"
    """ Token expiry state. Known values: `healthy`, `auto_refresh_active`, `warning`, `critical`, `expired`. """
    server: ConnectionServerSummary | None | Unset = UNSET
    """ The connection's server; filled when listed with `include_server=true`. """
    user: ConnectionUserSummary | None | Unset = UNSET
    """ The connection's owner; may be filled when listed with `include_server=true`. """
    auto_refresh_enabled: bool | Unset = False
    """ Whether the token is refreshed ahead of expiry; sent when listed with `include_server=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        id = str(self.id)

        server_id = str(self.server_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        ownership = self.ownership

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        provider_email: None | str | Unset
        if isinstance(self.provider_email, Unset):
            provider_email = UNSET
        else:
            provider_email = self.provider_email

        token_type = self.token_type

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        is_valid = self.is_valid

        health_status = self.health_status

        last_refreshed_at: None | str | Unset
        if isinstance(self.last_refreshed_at, Unset):
            last_refreshed_at = UNSET
        elif isinstance(self.last_refreshed_at, datetime.datetime):
            last_refreshed_at = self.last_refreshed_at.isoformat()
        else:
            last_refreshed_at = self.last_refreshed_at

        next_refresh_at: None | str | Unset
        if isinstance(self.next_refresh_at, Unset):
            next_refresh_at = UNSET
        elif isinstance(self.next_refresh_at, datetime.datetime):
            next_refresh_at = self.next_refresh_at.isoformat()
        else:
            next_refresh_at = self.next_refresh_at

        consecutive_refresh_failures = self.consecutive_refresh_failures

        refresh_error: None | str | Unset
        if isinstance(self.refresh_error, Unset):
            refresh_error = UNSET
        else:
            refresh_error = self.refresh_error

        mcp_session_id: None | str | Unset
        if isinstance(self.mcp_session_id, Unset):
            mcp_session_id = UNSET
        else:
            mcp_session_id = self.mcp_session_id

        last_accessed_at: None | str | Unset
        if isinstance(self.last_accessed_at, Unset):
            last_accessed_at = UNSET
        elif isinstance(self.last_accessed_at, datetime.datetime):
            last_accessed_at = self.last_accessed_at.isoformat()
        else:
            last_accessed_at = self.last_accessed_at

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        revoke_reason: None | str | Unset
        if isinstance(self.revoke_reason, Unset):
            revoke_reason = UNSET
        else:
            revoke_reason = self.revoke_reason

        expiration_status = self.expiration_status

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, ConnectionServerSummary):
            server = self.server.to_dict()
        else:
            server = self.server

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ConnectionUserSummary):
            user = self.user.to_dict()
        else:
            user = self.user

        auto_refresh_enabled = self.auto_refresh_enabled

        field_dict: dict[str, Any] = {
            "id": id,
            "server_id": server_id,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_email is not UNSET:
            field_dict["provider_email"] = provider_email
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if last_refreshed_at is not UNSET:
            field_dict["last_refreshed_at"] = last_refreshed_at
        if next_refresh_at is not UNSET:
            field_dict["next_refresh_at"] = next_refresh_at
        if consecutive_refresh_failures is not UNSET:
            field_dict["consecutive_refresh_failures"] = consecutive_refresh_failures
        if refresh_error is not UNSET:
            field_dict["refresh_error"] = refresh_error
        if mcp_session_id is not UNSET:
            field_dict["mcp_session_id"] = mcp_session_id
        if last_accessed_at is not UNSET:
            field_dict["last_accessed_at"] = last_accessed_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if revoke_reason is not UNSET:
            field_dict["revoke_reason"] = revoke_reason
        if expiration_status is not UNSET:
            field_dict["expiration_status"] = expiration_status
        if server is not UNSET:
            field_dict["server"] = server
        if user is not UNSET:
            field_dict["user"] = user
        if auto_refresh_enabled is not UNSET:
            field_dict["auto_refresh_enabled"] = auto_refresh_enabled
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        id = UUID(src_dict["id"])

        server_id = UUID(src_dict["server_id"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        _user_id = src_dict.get("user_id", UNSET)
        user_id: None | Unset | UUID
        if _user_id is None:
            user_id = None
        elif _user_id is UNSET:
            user_id = UNSET
        else:
            try:
                if not isinstance(_user_id, str):
                    raise TypeError()
                user_id_type_0 = UUID(_user_id)

                user_id = user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user_id = _user_id

        ownership = src_dict.get("ownership", UNSET)
        provider_name = src_dict.get("provider_name", UNSET)

        provider_email = src_dict.get("provider_email", UNSET)

        token_type = src_dict.get("token_type", UNSET)
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

        _scopes = src_dict.get("scopes", UNSET)
        scopes: list[str] | None | Unset
        if _scopes is None:
            scopes = None
        elif _scopes is UNSET:
            scopes = UNSET
        else:
            try:
                if not isinstance(_scopes, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], _scopes)

                scopes = scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                scopes = _scopes

        is_valid = src_dict.get("is_valid", UNSET)
        health_status = src_dict.get("health_status", UNSET)
        _last_refreshed_at = src_dict.get("last_refreshed_at", UNSET)
        last_refreshed_at: datetime.datetime | None | Unset
        if _last_refreshed_at is None:
            last_refreshed_at = None
        elif _last_refreshed_at is UNSET:
            last_refreshed_at = UNSET
        else:
            try:
                if not isinstance(_last_refreshed_at, str):
                    raise TypeError()
                last_refreshed_at_type_0 = datetime.datetime.fromisoformat(_last_refreshed_at)

                last_refreshed_at = last_refreshed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_refreshed_at = _last_refreshed_at

        _next_refresh_at = src_dict.get("next_refresh_at", UNSET)
        next_refresh_at: datetime.datetime | None | Unset
        if _next_refresh_at is None:
            next_refresh_at = None
        elif _next_refresh_at is UNSET:
            next_refresh_at = UNSET
        else:
            try:
                if not isinstance(_next_refresh_at, str):
                    raise TypeError()
                next_refresh_at_type_0 = datetime.datetime.fromisoformat(_next_refresh_at)

                next_refresh_at = next_refresh_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_refresh_at = _next_refresh_at

        consecutive_refresh_failures = src_dict.get("consecutive_refresh_failures", UNSET)
        refresh_error = src_dict.get("refresh_error", UNSET)

        mcp_session_id = src_dict.get("mcp_session_id", UNSET)

        _last_accessed_at = src_dict.get("last_accessed_at", UNSET)
        last_accessed_at: datetime.datetime | None | Unset
        if _last_accessed_at is None:
            last_accessed_at = None
        elif _last_accessed_at is UNSET:
            last_accessed_at = UNSET
        else:
            try:
                if not isinstance(_last_accessed_at, str):
                    raise TypeError()
                last_accessed_at_type_0 = datetime.datetime.fromisoformat(_last_accessed_at)

                last_accessed_at = last_accessed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_accessed_at = _last_accessed_at

        _revoked_at = src_dict.get("revoked_at", UNSET)
        revoked_at: datetime.datetime | None | Unset
        if _revoked_at is None:
            revoked_at = None
        elif _revoked_at is UNSET:
            revoked_at = UNSET
        else:
            try:
                if not isinstance(_revoked_at, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(_revoked_at)

                revoked_at = revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                revoked_at = _revoked_at

        revoke_reason = src_dict.get("revoke_reason", UNSET)

        expiration_status = src_dict.get("expiration_status", UNSET)
        _server = src_dict.get("server", UNSET)
        server: ConnectionServerSummary | None | Unset
        if _server is None:
            server = None
        elif _server is UNSET:
            server = UNSET
        else:
            try:
                if not isinstance(_server, dict):
                    raise TypeError()
                server_type_0 = ConnectionServerSummary.from_dict(_server)

                server = server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                server = _server

        _user = src_dict.get("user", UNSET)
        user: ConnectionUserSummary | None | Unset
        if _user is None:
            user = None
        elif _user is UNSET:
            user = UNSET
        else:
            try:
                if not isinstance(_user, dict):
                    raise TypeError()
                user_type_0 = ConnectionUserSummary.from_dict(_user)

                user = user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user = _user

        auto_refresh_enabled = src_dict.get("auto_refresh_enabled", UNSET)
        connection = cls(
            id=id,
            server_id=server_id,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            ownership=ownership,
            provider_name=provider_name,
            provider_email=provider_email,
            token_type=token_type,
            expires_at=expires_at,
            scopes=scopes,
            is_valid=is_valid,
            health_status=health_status,
            last_refreshed_at=last_refreshed_at,
            next_refresh_at=next_refresh_at,
            consecutive_refresh_failures=consecutive_refresh_failures,
            refresh_error=refresh_error,
            mcp_session_id=mcp_session_id,
            last_accessed_at=last_accessed_at,
            revoked_at=revoked_at,
            revoke_reason=revoke_reason,
            expiration_status=expiration_status,
            server=server,
            user=user,
            auto_refresh_enabled=auto_refresh_enabled,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            connection.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return connection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
