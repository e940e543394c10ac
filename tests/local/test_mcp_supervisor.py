"""Supervision in mcp_supervisor.py: a crashed child is restarted with back-off, then given up.

Real children (the built-in time server, and a small script that refuses to start again once a
marker file exists); the restart delays are short so the tests stay quick.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from mcpgateway_local.builtin.catalog import find_entry
from mcpgateway_local.mcp_supervisor import McpSupervisor, ToolSpec

DELAYS = (0.05, 0.05)

FRAGILE = """
import os
import sys

from mcp.server.mcpserver import MCPServer

if os.path.exists(sys.argv[1]):
    sys.exit("refusing to start: marker present")
server = MCPServer("fragile", log_level="WARNING")


@server.tool(description="Say hi.")
def hi() -> str:
    return "hi"


server.run()
"""


async def wait_for(predicate: object, limit: float = 20.0) -> bool:
    assert callable(predicate)
    for _ in range(int(limit / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


async def test_a_crashed_server_is_restarted_and_listeners_are_told() -> None:
    entry = find_entry("builtin", "time")
    assert entry is not None
    events: list[tuple[str, str]] = []
    reasons: list[str | None] = []

    def listen(server_id: str, state: str, reason: str | None, tools: list[ToolSpec]) -> None:
        events.append((server_id, state))
        reasons.append(reason)

    async with McpSupervisor(restart_delays=DELAYS) as sup:
        sup.listeners.append(listen)
        await sup.start("t", entry.command, list(entry.args), None)
        pid = sup.pid("t")
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        assert await wait_for(lambda: ("t", "running") in events), events
        assert events[0] == ("t", "restarting")
        new_pid = sup.pid("t")
        assert sup.is_running("t") and new_pid not in (None, pid)
        assert "code -9" in str(reasons[-1]) and "restart 1 of 2" in str(reasons[-1])


async def test_restarts_are_bounded_then_failed_with_the_reason(tmp_path: Path) -> None:
    script = tmp_path / "fragile.py"
    script.write_text(FRAGILE)
    marker = tmp_path / "marker"
    states: list[str] = []
    async with McpSupervisor(restart_delays=DELAYS) as sup:
        sup.listeners.append(lambda _id, state, _reason, _tools: states.append(state))
        await sup.start("f", sys.executable, [str(script), str(marker)], None)
        marker.write_text("x")
        pid = sup.pid("f")
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        assert await wait_for(lambda: "failed" in states), states
        assert states == ["restarting", "restarting", "failed"]
        info = sup.info("f")
        assert info is not None and info.state == "failed"
        assert "giving up" in str(info.reason) and "marker present" in str(info.reason)
        assert not sup.is_running("f")


async def test_stop_cancels_a_pending_restart() -> None:
    entry = find_entry("builtin", "time")
    assert entry is not None
    async with McpSupervisor(restart_delays=(30.0,)) as sup:
        await sup.start("s", entry.command, list(entry.args), None)
        pid = sup.pid("s")
        assert pid is not None
        os.kill(pid, signal.SIGKILL)

        def restarting() -> bool:
            info = sup.info("s")
            return info is not None and info.state == "restarting"

        assert await wait_for(restarting)
        await sup.stop("s")
        assert sup.info("s") is None and not sup.is_running("s")
