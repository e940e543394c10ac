"""`gw.sessions`: sessions that scope which tools a caller may see and run."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ..._generated.types import UNSET, Unset
from ..._helpers import opt, opt_id, parse_list, parse_model, str_list
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.sessions import (
        cleanup_sessions,
        create_session,
        delete_session,
        get_session,
        get_session_stats,
        list_sessions,
        touch_session,
        update_session,
    )
    from ..._generated.models import (
        Session,
        SessionCleanupResult,
        SessionCreate,
        SessionStats,
        SessionUpdate,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.sessions",
        "cleanup_sessions create_session delete_session get_session get_session_stats list_sessions touch_session update_session",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "Session SessionCleanupResult SessionCreate SessionStats SessionUpdate",
    )

__all__ = ["AsyncSessions"]


def _tool_list(value: list[str] | NotGiven | None) -> list[str] | Unset | None:
    if isinstance(value, NotGiven):
        return UNSET
    return None if value is None else str_list(value, "tool names")


class AsyncSessions(AsyncResource):
    """Create, scope, refresh and end sessions.

    Tool names are qualified (`server__tool`); `SERVER__*` means every tool of that server, and a
    deny entry wins over any allow entry.
    """

    async def create(
        self,
        *,
        server_id: str | UUID | None = None,
        bundle_id: str | UUID | None = None,
        allowed_tool_names: list[str] | None = None,
        denied_tool_names: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Start a session; `server_id` and `bundle_id` are mutually exclusive."""
        if server_id is not None and bundle_id is not None:
            raise ValueError("pass server_id or bundle_id, not both")
        body = SessionCreate(
            server_id=opt_id(server_id),
            bundle_id=opt_id(bundle_id),
            allowed_tool_names=opt(_tool_list(allowed_tool_names)),
            denied_tool_names=opt(_tool_list(denied_tool_names)),
        )
        data = await self._core.request_json(create_session._get_kwargs(body=body), options)
        return parse_model(data, Session)

    async def list(
        self,
        *,
        server_id: str | UUID | None = None,
        bundle_id: str | UUID | None = None,
        include_inactive: bool = False,
        **options: Unpack[RequestOptions],
    ) -> list[Session]:
        """Sessions, optionally for one server or bundle; ended ones with `include_inactive`."""
        request = list_sessions._get_kwargs(
            server_id=opt_id(server_id),
            bundle_id=opt_id(bundle_id),
            include_inactive=True if include_inactive else UNSET,
        )
        return parse_list(await self._core.request_json(request, options), Session)

    async def get(self, session_id: str | UUID, **options: Unpack[RequestOptions]) -> Session:
        """One session."""
        request = get_session._get_kwargs(session_id=str(session_id))
        return parse_model(await self._core.request_json(request, options), Session)

    async def update(
        self,
        session_id: str | UUID,
        allowed_tool_names: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        *,
        denied_tool_names: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Change a session's tool lists: leave an argument out to keep that list, `None` clears it."""
        body = SessionUpdate(
            allowed_tool_names=_tool_list(allowed_tool_names),
            denied_tool_names=_tool_list(denied_tool_names),
        )
        request = update_session._get_kwargs(session_id=str(session_id), body=body)
        return parse_model(await self._core.request_json(request, options), Session)

    async def delete(
        self,
        session_id: str | UUID,
        *,
        hard_delete: bool = False,
        **options: Unpack[RequestOptions],
    ) -> None:
        """End a session (kept as inactive unless `hard_delete`)."""
        request = delete_session._get_kwargs(
            session_id=str(session_id), hard_delete=True if hard_delete else UNSET
        )
        await self._core.request_json(request, options)

    async def touch(self, session_id: str | UUID, **options: Unpack[RequestOptions]) -> Session:
        """Mark a session as used now, extending its life."""
        request = touch_session._get_kwargs(session_id=str(session_id))
        return parse_model(
            await self._core.request_json(request, options, idempotent=True), Session
        )

    async def cleanup(self, **options: Unpack[RequestOptions]) -> SessionCleanupResult:
        """End every expired session (`cleaned_count` says how many)."""
        data = await self._core.request_json(
            cleanup_sessions._get_kwargs(), options, idempotent=True
        )
        return parse_model(data, SessionCleanupResult)

    async def stats(self, **options: Unpack[RequestOptions]) -> SessionStats:
        """Counts of active, idle and expired sessions."""
        data = await self._core.request_json(get_session_stats._get_kwargs(), options)
        return parse_model(data, SessionStats)
