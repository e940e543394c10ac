"""mcp_session_ledger.py: the per-key MCP session count, kept from the endpoint's own traffic.

Plain ASGI messages and a hand-driven clock (the idle timeout is minutes in a real gateway);
the cap over real HTTP is tested in test_mcp_endpoint.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from mcpgateway_local.mcp_session_ledger import SessionLedger

pytestmark = pytest.mark.asyncio(loop_scope="session")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _sink(message: Any) -> None:
    return None


def _start(status: int, session_id: str | None = None) -> dict[str, Any]:
    headers = [(b"content-type", b"application/json")]
    if session_id is not None:
        headers.append((b"Mcp-Session-Id", session_id.encode()))
    return {"type": "http.response.start", "status": status, "headers": headers}


async def _open(ledger: SessionLedger, owner: str, session_id: str) -> None:
    await ledger.opening(_sink, owner)(_start(200, session_id))


async def _request(ledger: SessionLedger, session_id: str, method: str, status: int) -> None:
    async def handle(send: Any) -> None:
        await send(_start(status))

    await ledger.serving(session_id, method, _sink, handle)


async def test_sessions_are_counted_per_owner_until_deleted_or_unknown() -> None:
    ledger = SessionLedger(300.0, Clock())
    await _open(ledger, "alice", "s1")
    await _open(ledger, "alice", "s2")
    await _open(ledger, "bob", "s3")
    await ledger.opening(_sink, "alice")(_start(400))  # a refused initialize opens nothing
    assert (ledger.open_sessions("alice"), ledger.open_sessions("bob")) == (2, 1)
    await _request(ledger, "s1", "POST", 200)
    await _request(ledger, "s1", "DELETE", 405)  # not closed
    assert ledger.open_sessions("alice") == 2
    await _request(ledger, "s1", "DELETE", 204)
    await _request(ledger, "s2", "POST", 404)  # the manager no longer knows it
    assert ledger.open_sessions("alice") == 0
    await _request(ledger, "unknown", "POST", 200)  # ids never handed out are not tracked
    assert ledger.open_sessions("bob") == 1


async def test_idle_sessions_expire_but_open_streams_keep_them() -> None:
    clock = Clock()
    ledger = SessionLedger(60.0, clock)
    await _open(ledger, "alice", "idle")
    await _open(ledger, "alice", "streaming")

    async def long_stream(send: Any) -> None:
        clock.now += 600  # the GET stream stays open ten minutes
        assert ledger.open_sessions("alice") == 1  # `idle` expired, the stream's session not
        await send(_start(200))

    await ledger.serving("streaming", "GET", _sink, long_stream)
    clock.now += 59
    assert ledger.open_sessions("alice") == 1
    clock.now += 2
    assert ledger.open_sessions("alice") == 0


async def test_no_idle_timeout_means_sessions_stay_until_closed() -> None:
    clock = Clock()
    ledger = SessionLedger(None, clock)
    await _open(ledger, "alice", "s")
    clock.now += 10**6
    assert ledger.open_sessions("alice") == 1
