"""The open MCP sessions of each API key, tracked from the endpoint's own traffic.

:class:`SessionLedger` backs the per-key session cap of ``/mcp/gateway`` without reading the
``mcp`` package's private state. It follows the session manager's documented rules: a session
exists from the response that hands out its ``Mcp-Session-Id``; it ends when a ``DELETE`` for
it succeeds, when a request naming it is answered 404 (unknown or expired), or when no request
for it has been in flight for the idle timeout (an open GET stream is a request in flight).
Pure ASGI messages; no Starlette.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SessionLedger"]

Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]
SESSION_HEADER = b"mcp-session-id"


@dataclass
class _Session:
    owner: str
    in_flight: int = 0
    last_seen: float = 0.0


class SessionLedger:
    """Which sessions each owner (a hash of its key) holds open; see the module docstring."""

    def __init__(
        self, idle_seconds: float | None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._sessions: dict[str, _Session] = {}

    def open_sessions(self, owner: str) -> int:
        """How many sessions ``owner`` holds (expired ones are forgotten first)."""
        self._expire()
        return sum(1 for s in self._sessions.values() if s.owner == owner)

    def _expire(self) -> None:
        if self.idle_seconds is None:
            return
        cutoff = self._clock() - self.idle_seconds
        for session_id, session in list(self._sessions.items()):
            if session.in_flight == 0 and session.last_seen < cutoff:
                del self._sessions[session_id]

    def opening(self, send: Send, owner: str) -> Send:
        """Wrap the ``send`` of a request without a session id: note the session it opens."""

        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                for name, value in message.get("headers", []):
                    if bytes(name).lower() == SESSION_HEADER:
                        self._sessions[bytes(value).decode("latin-1")] = _Session(
                            owner, last_seen=self._clock()
                        )
            await send(message)

        return noting

    async def serving(
        self, session_id: str, method: str, send: Send, handle: Callable[[Send], Awaitable[None]]
    ) -> None:
        """Run ``handle`` for a request naming ``session_id``, keeping the session's activity
        and dropping it when the answer says it is gone (404) or closed (a DELETE's 2xx)."""
        session = self._sessions.get(session_id)
        if session is None:
            await handle(send)
            return

        async def watching(message: Message) -> None:
            if message["type"] == "http.response.start":
                status = int(message.get("status", 0))
                if status == 404 or (method == "DELETE" and 200 <= status < 300):
                    self._sessions.pop(session_id, None)
            await send(message)

        session.in_flight += 1
        try:
            await handle(watching)
        finally:
            session.in_flight -= 1
            session.last_seen = self._clock()
