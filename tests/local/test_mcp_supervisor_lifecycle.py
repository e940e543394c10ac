"""mcp_supervisor.py with real children: readable start failures, a stop during a start, a crash,
no process left after aclose, call timeouts.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import pytest

from mcpgateway_local.builtin.catalog import find_entry
from mcpgateway_local.mcp_supervisor import (
    McpServerDown,
    McpStartError,
    McpSupervisor,
)
from tests.support.processes import gone, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="session")

API_KEY = "test-key-123"
TIMEOUT = 10.0


async def test_start_failures_are_readable() -> None:
    async with McpSupervisor(start_timeout=20) as sup:
        with pytest.raises(McpStartError, match="No module named"):
            await sup.start("missing-module", sys.executable, ["-m", "no_such_module_xyz"], None)
        with pytest.raises(McpStartError, match="command not found"):
            await sup.start("missing-command", "/no/such/binary", [], None)
        began = time.perf_counter()
        with pytest.raises(McpStartError, match=r"did not start within 1s"):
            await sup.start(
                "silent", sys.executable, ["-c", "import time; time.sleep(60)"], None, timeout=1.0
            )
        assert time.perf_counter() - began < 6
        pid = sup.pid("silent")
        assert pid is not None and gone(pid)
        assert not sup.is_running("silent")


async def test_stop_aborts_a_start_in_progress() -> None:
    async with McpSupervisor(start_timeout=30) as sup:
        hang = [sys.executable, "-c", "import time; time.sleep(60)"]
        starting = asyncio.create_task(sup.start("slow-start", hang[0], hang[1:], None))
        assert await wait_until(lambda: sup.pid("slow-start") is not None)
        pid = sup.pid("slow-start")
        began = time.perf_counter()
        await sup.stop("slow-start")
        with pytest.raises(McpStartError, match="stopped while starting"):
            await starting
        assert time.perf_counter() - began < 6
        assert pid is not None and gone(pid)
        # Cancelling the caller of start() also reaps the child.
        starting = asyncio.create_task(sup.start("cancelled", hang[0], hang[1:], None))
        assert await wait_until(lambda: sup.pid("cancelled") is not None)
        pid = sup.pid("cancelled")
        starting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await starting
        assert pid is not None and await wait_until(lambda: gone(pid))
        assert sup.server_ids() == []


async def test_crash_is_detected_and_stop_reaps() -> None:
    entry = find_entry("builtin", "time")
    assert entry is not None
    async with McpSupervisor() as sup:
        await sup.start("victim", entry.command, list(entry.args), {"EXTRA": "1"})
        pid = sup.pid("victim")
        assert pid is not None and sup.is_running("victim")
        os.kill(pid, signal.SIGKILL)
        assert await wait_until(lambda: not sup.is_running("victim"))
        with pytest.raises(McpServerDown, match="code -9"):
            await sup.call_tool("victim", "get_current_time", {}, TIMEOUT)
        assert not await sup.ping("victim")
        info = sup.info("victim")
        assert info is not None and info.state == "crashed" and info.returncode == -9
        # A restart under the same id works after a crash.
        tools = await sup.start("victim", entry.command, list(entry.args), None)
        assert [tool.name for tool in tools] == list(entry.tools)
        new_pid = sup.pid("victim")
        assert new_pid is not None and new_pid != pid
        await sup.stop("victim")
        assert gone(new_pid) and not sup.is_running("victim")
        await sup.stop("victim")  # idempotent


async def test_aclose_leaves_no_process_or_grandchild() -> None:
    entry = find_entry("builtin", "text-tools")
    assert entry is not None
    spawn_grandchild = (
        "import runpy, subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])\n"
        "print(f'grandchild={child.pid}', file=sys.stderr, flush=True)\n"
        "runpy.run_module('mcpgateway_local.builtin.text_tools', run_name='__main__')\n"
    )
    sup = McpSupervisor()
    await sup.start("a", entry.command, list(entry.args), None)
    await sup.start("b", sys.executable, ["-c", spawn_grandchild], None)

    def stderr_lines() -> tuple[str, ...]:
        info = sup.info("b")
        return info.stderr_tail if info is not None else ()

    assert await wait_until(lambda: any("grandchild=" in line for line in stderr_lines()))
    line = next(line for line in stderr_lines() if "grandchild=" in line)
    pids = [sup.pid("a"), sup.pid("b"), int(line.split("=", 1)[1])]
    assert all(pid is not None and not gone(pid) for pid in pids)
    began = time.perf_counter()
    await sup.aclose()
    print(f"aclose of 2 servers took {time.perf_counter() - began:.2f}s")
    assert await wait_until(lambda: all(pid is not None and gone(pid) for pid in pids), 3.0), pids
    with pytest.raises(McpStartError):
        await sup.start("late", entry.command, list(entry.args), None)


async def test_call_timeout_is_reported() -> None:
    slow_server = (
        "import time\n"
        "from mcp.server.mcpserver import MCPServer\n"
        "server = MCPServer('slow')\n"
        "@server.tool(description='sleeps')\n"
        "def nap(seconds: float) -> str:\n"
        "    time.sleep(seconds)\n"
        "    return 'awake'\n"
        "server.run()\n"
    )
    from mcpgateway_local.mcp_supervisor import McpCallTimeout

    async with McpSupervisor() as sup:
        await sup.start("slow", sys.executable, ["-c", slow_server], None)
        assert (await sup.call_tool("slow", "nap", {"seconds": 0}, TIMEOUT)).result == {
            "result": "awake"
        }
        with pytest.raises(McpCallTimeout):
            await sup.call_tool("slow", "nap", {"seconds": 3}, 0.5)
