from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.connection_server_summary import ConnectionServerSummary
    from ..models.connection_user_summary import ConnectionUserSummary

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ConnectionServerSummary, ConnectionUserSummary
    from ..models.connection_server_summary import ConnectionServerSummary  # noqa: PLC0415
    from ..models.connection_user_summary import ConnectionUserSummary  # noqa: PLC0415

    _lazy_imported = True


def _convert_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    id = UUID(data)

    return id


def _convert_server_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    server_id = UUID(data)

    return server_id


def _convert_created_at(data: Any) -> datetime.datetime:
    if not _lazy_imported:
        _import_lazy()
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    if not _lazy_imported:
        _import_lazy()
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


def _convert_user_id(data: Any) -> None | UUID:
    if not _lazy_imported:
        _import_lazy()
    _user_id = data
    user_id: None | UUID
    if _user_id is None:
        user_id = None
    else:
        try:
            if not isinstance(_user_id, str):
                raise TypeError()
            user_id_type_0 = UUID(_user_id)

            user_id = user_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            user_id = _user_id

    return user_id


def _convert_expires_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _expires_at = data
    expires_at: datetime.datetime | None
    if _expires_at is None:
        expires_at = None
    else:
        try:
            if not isinstance(_expires_at, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

            expires_at = expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            expires_at = _expires_at

    return expires_at


def _convert_last_refreshed_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _last_refreshed_at = data
    last_refreshed_at: datetime.datetime | None
    if _last_refreshed_at is None:
        last_refreshed_at = None
    else:
        try:
            if not isinstance(_last_refreshed_at, str):
                raise TypeError()
            last_refreshed_at_type_0 = datetime.datetime.fromisoformat(_last_refreshed_at)

            last_refreshed_at = last_refreshed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_refreshed_at = _last_refreshed_at

    return last_refreshed_at


def _convert_next_refresh_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _next_refresh_at = data
    next_refresh_at: datetime.datetime | None
    if _next_refresh_at is None:
        next_refresh_at = None
    else:
        try:
            if not isinstance(_next_refresh_at, str):
                raise TypeError()
            next_refresh_at_type_0 = datetime.datetime.fromisoformat(_next_refresh_at)

            next_refresh_at = next_refresh_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            next_refresh_at = _next_refresh_at

    return next_refresh_at


def _convert_last_accessed_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _last_accessed_at = data
    last_accessed_at: datetime.datetime | None
    if _last_accessed_at is None:
        last_accessed_at = None
    else:
        try:
            if not isinstance(_last_accessed_at, str):
                raise TypeError()
            last_accessed_at_type_0 = datetime.datetime.fromisoformat(_last_accessed_at)

            last_accessed_at = last_accessed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_accessed_at = _last_accessed_at

    return last_accessed_at


def _convert_revoked_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _revoked_at = data
    revoked_at: datetime.datetime | None
    if _revoked_at is None:
        revoked_at = None
    else:
        try:
            if not isinstance(_revoked_at, str):
                raise TypeError()
            revoked_at_type_0 = datetime.datetime.fromisoformat(_revoked_at)

            revoked_at = revoked_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            revoked_at = _revoked_at

    return revoked_at


def _convert_server(data: Any) -> ConnectionServerSummary | None:
    if not _lazy_imported:
        _import_lazy()
    _server = data
    server: ConnectionServerSummary | None
    if _server is None:
        server = None
    else:
        try:
            if not isinstance(_server, dict):
                raise TypeError()
            server_type_0 = ConnectionServerSummary.from_dict(_server)

            server = server_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            server = _server

    return server


def _convert_user(data: Any) -> ConnectionUserSummary | None:
    if not _lazy_imported:
        _import_lazy()
    _user = data
    user: ConnectionUserSummary | None
    if _user is None:
        user = None
    else:
        try:
            if not isinstance(_user, dict):
                raise TypeError()
            user_type_0 = ConnectionUserSummary.from_dict(_user)

            user = user_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            user = _user

    return user


class Connection(ResponseModel):
    """A user's connection (credential or OAuth token) to a server."""

    if TYPE_CHECKING:
        id: UUID
        """ Connection id. """
        server_id: UUID
        created_at: datetime.datetime
        updated_at: datetime.datetime
        user_id: None | UUID
        ownership: str
        """ Who owns the connection. Known values: `individual`, `shared`, `operational`. """
        provider_name: None | str
        """ Identity provider, for OAuth connections. """
        provider_email: None | str
        """ Account email at the provider. """
        token_type: str
        expires_at: datetime.datetime | None
        """ When the current token expires. """
        scopes: list[str] | None
        """ Granted OAuth scopes. """
        is_valid: bool
        """ Whether the credential still works. """
        health_status: str
        """ Token health, e.g. `healthy`. """
        last_refreshed_at: datetime.datetime | None
        next_refresh_at: datetime.datetime | None
        consecutive_refresh_failures: int
        refresh_error: None | str
        """ Last refresh failure message. """
        mcp_session_id: None | str
        last_accessed_at: datetime.datetime | None
        revoked_at: datetime.datetime | None
        """ When the connection was revoked. """
        revoke_reason: None | str
        """ Why the connection was revoked. """
        expiration_status: str
        """ Token expiry state. Known values: `healthy`, `auto_refresh_active`, `warning`, `critical`, `expired`. """
        server: ConnectionServerSummary | None
        """ The connection's server; filled when listed with `include_server=true`. """
        user: ConnectionUserSummary | None
        """ The connection's owner; may be filled when listed with `include_server=true`. """
        auto_refresh_enabled: bool
        """ Whether the token is refreshed ahead of expiry; sent when listed with `include_server=true`. """

        def __init__(
            self,
            *,
            id: UUID,
            server_id: UUID,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            user_id: None | UUID = None,
            ownership: str = "individual",
            provider_name: None | str = None,
            provider_email: None | str = None,
            token_type: str = "Bearer",
            expires_at: datetime.datetime | None = None,
            scopes: list[str] | None = None,
            is_valid: bool = True,
            health_status: str = "healthy",
            last_refreshed_at: datetime.datetime | None = None,
            next_refresh_at: datetime.datetime | None = None,
            consecutive_refresh_failures: int = 0,
            refresh_error: None | str = None,
            mcp_session_id: None | str = None,
            last_accessed_at: datetime.datetime | None = None,
            revoked_at: datetime.datetime | None = None,
            revoke_reason: None | str = None,
            expiration_status: str = "healthy",
            server: ConnectionServerSummary | None = None,
            user: ConnectionUserSummary | None = None,
            auto_refresh_enabled: bool = False,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Connection: ...

    else:
        id = _Field("id", _convert_id)
        server_id = _Field("server_id", _convert_server_id)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        user_id = _Field("user_id", _convert_user_id, None)
        ownership = _Field("ownership", None, "individual")
        provider_name = _Field("provider_name", None, None)
        provider_email = _Field("provider_email", None, None)
        token_type = _Field("token_type", None, "Bearer")
        expires_at = _Field("expires_at", _convert_expires_at, None)
        scopes = _Field("scopes", None, None)
        is_valid = _Field("is_valid", None, True)
        health_status = _Field("health_status", None, "healthy")
        last_refreshed_at = _Field("last_refreshed_at", _convert_last_refreshed_at, None)
        next_refresh_at = _Field("next_refresh_at", _convert_next_refresh_at, None)
        consecutive_refresh_failures = _Field("consecutive_refresh_failures", None, 0)
        refresh_error = _Field("refresh_error", None, None)
        mcp_session_id = _Field("mcp_session_id", None, None)
        last_accessed_at = _Field("last_accessed_at", _convert_last_accessed_at, None)
        revoked_at = _Field("revoked_at", _convert_revoked_at, None)
        revoke_reason = _Field("revoke_reason", None, None)
        expiration_status = _Field("expiration_status", None, "healthy")
        server = _Field("server", _convert_server, None, nested=True)
        user = _Field("user", _convert_user, None, nested=True)
        auto_refresh_enabled = _Field("auto_refresh_enabled", None, False)
