from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_last_accessed_at(data: Any) -> datetime.datetime:
    last_accessed_at = datetime.datetime.fromisoformat(data)

    return last_accessed_at


def _convert_expires_at(data: Any) -> datetime.datetime:
    expires_at = datetime.datetime.fromisoformat(data)

    return expires_at


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_server_id(data: Any) -> None | UUID:
    _server_id = data
    server_id: None | UUID
    if _server_id is None:
        server_id = None
    else:
        try:
            if not isinstance(_server_id, str):
                raise TypeError()
            server_id_type_0 = UUID(_server_id)

            server_id = server_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            server_id = _server_id

    return server_id


def _convert_bundle_id(data: Any) -> None | UUID:
    _bundle_id = data
    bundle_id: None | UUID
    if _bundle_id is None:
        bundle_id = None
    else:
        try:
            if not isinstance(_bundle_id, str):
                raise TypeError()
            bundle_id_type_0 = UUID(_bundle_id)

            bundle_id = bundle_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            bundle_id = _bundle_id

    return bundle_id


class Session(ResponseModel):
    """A session bound to a server or a bundle, with optional tool scoping."""

    if TYPE_CHECKING:
        id: UUID
        last_accessed_at: datetime.datetime
        expires_at: datetime.datetime
        created_at: datetime.datetime
        server_id: None | UUID
        bundle_id: None | UUID
        process_state: Any
        """ Server-side state kept for the session. """
        external_sessions: Any
        """ Upstream session ids, by server. """
        is_active: bool
        is_expired: bool
        is_idle: bool
        allowed_tool_names: list[str] | None
        """ Qualified tool names the session may use; `server__*` covers a whole server. Null: no allow list. """
        denied_tool_names: list[str] | None
        """ Qualified tool names the session may not use, even when an allow wildcard covers them. Null: no deny list.
        """

        def __init__(
            self,
            *,
            id: UUID,
            last_accessed_at: datetime.datetime,
            expires_at: datetime.datetime,
            created_at: datetime.datetime,
            server_id: None | UUID = None,
            bundle_id: None | UUID = None,
            process_state: Any = {},
            external_sessions: Any = {},
            is_active: bool = True,
            is_expired: bool = False,
            is_idle: bool = False,
            allowed_tool_names: list[str] | None = None,
            denied_tool_names: list[str] | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Session: ...

    else:
        id = _Field("id", _convert_id)
        last_accessed_at = _Field("last_accessed_at", _convert_last_accessed_at)
        expires_at = _Field("expires_at", _convert_expires_at)
        created_at = _Field("created_at", _convert_created_at)
        server_id = _Field("server_id", _convert_server_id, None)
        bundle_id = _Field("bundle_id", _convert_bundle_id, None)
        process_state = _Field("process_state", None, {})
        external_sessions = _Field("external_sessions", None, {})
        is_active = _Field("is_active", None, True)
        is_expired = _Field("is_expired", None, False)
        is_idle = _Field("is_idle", None, False)
        allowed_tool_names = _Field("allowed_tool_names", None, None)
        denied_tool_names = _Field("denied_tool_names", None, None)
