"""Real tests of the MCP runtime: builtin servers over stdio and the aggregated HTTP endpoint.

Children are spawned once per module (each takes well under a second, mostly importing ``mcp``);
the endpoint is served by uvicorn on a free loopback port and reached with the official client.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import statistics
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest
import pytest_asyncio
import uvicorn
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from starlette.applications import Starlette

from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG, find_entry
from mcpgateway_local.mcp_endpoint import (
    McpEndpoint,
    ToolNotAllowed,
    ToolNotFound,
    build_mcp_endpoint,
)
from mcpgateway_local.mcp_supervisor import (
    McpServerDown,
    McpStartError,
    McpSupervisor,
    ToolOutcome,
    ToolSpec,
)
from mcpgateway_local.settings import Settings

pytestmark = pytest.mark.asyncio(loop_scope="session")

API_KEY = "test-key-123"
TIMEOUT = 10.0


def _gone(pid: int) -> bool:
    """Whether ``pid`` no longer exists (a zombie awaiting init's reaping counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    return False


async def _wait_until(predicate: Any, limit: float = 5.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


@dataclass
class Started:
    supervisor: McpSupervisor
    tools: dict[str, list[ToolSpec]]
    start_seconds: dict[str, float]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def running() -> AsyncIterator[Started]:
    """All builtin servers, started concurrently once for the module."""
    supervisor = McpSupervisor(start_timeout=30)
    seconds: dict[str, float] = {}

    async def start(entry_id: str) -> list[ToolSpec]:
        entry = find_entry("builtin", entry_id)
        assert entry is not None
        began = time.perf_counter()
        tools = await supervisor.start(entry.registry_id, entry.command, list(entry.args), None)
        seconds[entry_id] = time.perf_counter() - began
        return tools

    ids = [entry.registry_id for entry in BUILTIN_CATALOG]
    listed = await asyncio.gather(*(start(entry_id) for entry_id in ids))
    try:
        yield Started(supervisor, dict(zip(ids, listed, strict=True)), seconds)
    finally:
        await supervisor.aclose()


# -- supervisor + builtins --------------------------------------------------------------------


async def test_builtins_list_their_catalog_tools(running: Started) -> None:
    for entry in BUILTIN_CATALOG:
        tools = running.tools[entry.registry_id]
        assert [tool.name for tool in tools] == list(entry.tools)
        for tool in tools:
            assert len(tool.description) > 20, tool
            assert tool.input_schema["type"] == "object"
        assert running.supervisor.is_running(entry.registry_id)
        assert await running.supervisor.ping(entry.registry_id)
        assert await running.supervisor.list_tools(entry.registry_id, refresh=True) == tools
    print("spawn+initialize+list (s):", {k: round(v, 3) for k, v in running.start_seconds.items()})


async def test_weather_is_deterministic(running: Started) -> None:
    sup = running.supervisor
    first = await sup.call_tool("weather", "get_weather", {"city": "Paris"}, TIMEOUT)
    again = await sup.call_tool("weather", "get_weather", {"city": "  paris "}, TIMEOUT)
    other = await sup.call_tool("weather", "get_weather", {"city": "Oslo"}, TIMEOUT)
    assert not first.is_error and isinstance(first.result, dict)
    assert "demo" in first.result["note"].lower()
    assert "°C" in first.result["units"]
    same = {k: v for k, v in again.result.items() if k != "city"}
    assert same == {k: v for k, v in first.result.items() if k != "city"}
    assert other.result != first.result
    forecast = await sup.call_tool("weather", "get_forecast", {"city": "Paris", "days": 4}, TIMEOUT)
    assert [day["label"] for day in forecast.result["days"]] == [
        "today",
        "tomorrow",
        "in 2 days",
        "in 3 days",
    ]
    for day in forecast.result["days"]:
        assert day["low_c"] <= day["high_c"]
    bad = await sup.call_tool("weather", "get_forecast", {"city": "Paris", "days": 30}, TIMEOUT)
    assert bad.is_error and bad.result is None and "between 1 and 7" in (bad.error or "")


async def test_calculator(running: Started) -> None:
    sup = running.supervisor
    assert (await sup.call_tool("calculator", "add", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": 5.0
    }
    assert (await sup.call_tool("calculator", "subtract", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": -1.0
    }
    assert (await sup.call_tool("calculator", "multiply", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": 6.0
    }
    assert (await sup.call_tool("calculator", "divide", {"a": 3, "b": 2}, TIMEOUT)).result == {
        "result": 1.5
    }
    zero = await sup.call_tool("calculator", "divide", {"a": 1, "b": 0}, TIMEOUT)
    assert zero.is_error and zero.result is None and "Division by zero" in (zero.error or "")
    expr = await sup.call_tool(
        "calculator", "evaluate", {"expression": "(2 + 3) * 4 ** 2 % 7 - -1"}, TIMEOUT
    )
    assert expr == ToolOutcome(result={"result": 4})
    for evil in (
        "__import__('os').system('true')",
        "x + 1",
        "2 ** 100000",
        "(1).real",
        "1 // 2",
        "[1]",
    ):
        outcome = await sup.call_tool("calculator", "evaluate", {"expression": evil}, TIMEOUT)
        assert outcome.is_error, evil
    bad_args = await sup.call_tool("calculator", "add", {"a": "x"}, TIMEOUT)
    assert bad_args.is_error


async def test_time_zones(running: Started) -> None:
    sup = running.supervisor
    tokyo = await sup.call_tool("time", "get_current_time", {"timezone": "Asia/Tokyo"}, TIMEOUT)
    assert tokyo.result["timezone"] == "Asia/Tokyo" and tokyo.result["utc_offset"] == "+09:00"
    utc = await sup.call_tool("time", "get_current_time", {}, TIMEOUT)
    assert utc.result["timezone"] == "UTC" and utc.result["utc_offset"] == "+00:00"
    bad = await sup.call_tool("time", "get_current_time", {"timezone": "Mars/Olympus"}, TIMEOUT)
    assert bad.is_error and "Unknown time zone" in (bad.error or "")
    conv = await sup.call_tool(
        "time",
        "convert_time",
        {
            "time": "2024-01-15T12:00",
            "source_timezone": "Europe/Paris",
            "target_timezone": "Asia/Kolkata",
        },
        TIMEOUT,
    )
    assert conv.result["target"]["datetime"] == "2024-01-15T16:30:00+05:30"
    assert conv.result["time_difference"] == "+4.5h"
    clock = await sup.call_tool(
        "time",
        "convert_time",
        {"time": "09:15", "source_timezone": "UTC", "target_timezone": "UTC"},
        TIMEOUT,
    )
    assert clock.result["target"]["time"] == "09:15:00"


async def test_text_tools(running: Started) -> None:
    sup = running.supervisor
    counts = await sup.call_tool("text-tools", "word_count", {"text": "one two\nthree"}, TIMEOUT)
    assert counts.result == {"words": 3, "characters": 13, "characters_no_spaces": 11, "lines": 2}
    assert (await sup.call_tool("text-tools", "reverse_text", {"text": "abc"}, TIMEOUT)).result == {
        "result": "cba"
    }
    assert (await sup.call_tool("text-tools", "to_upper", {"text": "abc"}, TIMEOUT)).result == {
        "result": "ABC"
    }
    slug = await sup.call_tool("text-tools", "slugify", {"text": "  Héllo, Wörld! 2024 "}, TIMEOUT)
    assert slug.result == {"result": "hello-world-2024"}


async def test_stdio_call_latency(running: Started) -> None:
    latencies = []
    for i in range(50):
        began = time.perf_counter()
        outcome = await running.supervisor.call_tool("calculator", "add", {"a": i, "b": 1}, TIMEOUT)
        latencies.append(time.perf_counter() - began)
        assert outcome.result == {"result": i + 1.0}
    p50 = statistics.median(latencies)
    print(f"stdio call p50 {p50 * 1000:.2f} ms, max {max(latencies) * 1000:.2f} ms")
    assert p50 < 0.1


async def test_concurrent_calls(running: Started) -> None:
    calls = [
        running.supervisor.call_tool("calculator", "multiply", {"a": i, "b": 2}, TIMEOUT)
        for i in range(20)
    ]
    results = await asyncio.gather(*calls)
    assert [outcome.result for outcome in results] == [{"result": i * 2.0} for i in range(20)]


async def test_unknown_server_is_down(running: Started) -> None:
    assert not running.supervisor.is_running("nope")
    assert not await running.supervisor.ping("nope")
    with pytest.raises(McpServerDown):
        await running.supervisor.call_tool("nope", "add", {}, TIMEOUT)


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
        assert pid is not None and _gone(pid)
        assert not sup.is_running("silent")


async def test_stop_aborts_a_start_in_progress() -> None:
    async with McpSupervisor(start_timeout=30) as sup:
        hang = [sys.executable, "-c", "import time; time.sleep(60)"]
        starting = asyncio.create_task(sup.start("slow-start", hang[0], hang[1:], None))
        assert await _wait_until(lambda: sup.pid("slow-start") is not None)
        pid = sup.pid("slow-start")
        began = time.perf_counter()
        await sup.stop("slow-start")
        with pytest.raises(McpStartError, match="stopped while starting"):
            await starting
        assert time.perf_counter() - began < 6
        assert pid is not None and _gone(pid)
        # Cancelling the caller of start() also reaps the child.
        starting = asyncio.create_task(sup.start("cancelled", hang[0], hang[1:], None))
        assert await _wait_until(lambda: sup.pid("cancelled") is not None)
        pid = sup.pid("cancelled")
        starting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await starting
        assert pid is not None and await _wait_until(lambda: _gone(pid))
        assert sup.server_ids() == []


async def test_crash_is_detected_and_stop_reaps() -> None:
    entry = find_entry("builtin", "time")
    assert entry is not None
    async with McpSupervisor() as sup:
        await sup.start("victim", entry.command, list(entry.args), {"EXTRA": "1"})
        pid = sup.pid("victim")
        assert pid is not None and sup.is_running("victim")
        os.kill(pid, signal.SIGKILL)
        assert await _wait_until(lambda: not sup.is_running("victim"))
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
        assert _gone(new_pid) and not sup.is_running("victim")
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

    assert await _wait_until(lambda: any("grandchild=" in line for line in stderr_lines()))
    line = next(line for line in stderr_lines() if "grandchild=" in line)
    pids = [sup.pid("a"), sup.pid("b"), int(line.split("=", 1)[1])]
    assert all(pid is not None and not _gone(pid) for pid in pids)
    began = time.perf_counter()
    await sup.aclose()
    print(f"aclose of 2 servers took {time.perf_counter() - began:.2f}s")
    assert await _wait_until(lambda: all(pid is not None and _gone(pid) for pid in pids), 3.0), pids
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


# -- aggregated HTTP endpoint -----------------------------------------------------------------


class FakeProvider:
    """In-memory provider: two tools; session ``limited`` only sees ``calc__add``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, str, dict[str, Any]]] = []

    def authenticate(self, authorization: str | None) -> bool:
        return authorization == f"Bearer {API_KEY}"

    def session_problem(self, session_id: str) -> str | None:
        return None if session_id in ("limited", "open") else f"Session {session_id} not found"

    async def list_tools(self, session_id: str | None) -> list[ToolSpec]:
        tools = [
            ToolSpec(
                "calc__add",
                "Add two numbers.",
                {
                    "type": "object",
                    "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
                    "required": ["a", "b"],
                },
            ),
            ToolSpec("vault__secret", "Read the secret.", {"type": "object", "properties": {}}),
        ]
        return tools[:1] if session_id == "limited" else tools

    async def call_tool(
        self, session_id: str | None, name: str, arguments: dict[str, Any]
    ) -> ToolOutcome:
        self.calls.append((session_id, name, arguments))
        if name == "calc__add":
            return ToolOutcome(result={"result": arguments["a"] + arguments["b"]})
        if name == "vault__secret":
            if session_id == "limited":
                raise ToolNotAllowed(f"Tool {name!r} is not allowed in session {session_id!r}")
            return ToolOutcome(result="s3cr3t")
        raise ToolNotFound(f"Unknown tool: {name}")


class SupervisorProvider:
    """Provider backed by the real supervisor: ``<server>__<tool>`` names."""

    def __init__(self, supervisor: McpSupervisor) -> None:
        self.supervisor = supervisor

    def authenticate(self, authorization: str | None) -> bool:
        return authorization == f"Bearer {API_KEY}"

    def session_problem(self, session_id: str) -> str | None:
        return None if session_id in ("limited", "open") else f"Session {session_id} not found"

    async def list_tools(self, session_id: str | None) -> list[ToolSpec]:
        specs = []
        for server_id in self.supervisor.server_ids():
            for tool in await self.supervisor.list_tools(server_id):
                specs.append(
                    ToolSpec(f"{server_id}__{tool.name}", tool.description, tool.input_schema)
                )
        return specs

    async def call_tool(
        self, session_id: str | None, name: str, arguments: dict[str, Any]
    ) -> ToolOutcome:
        server_id, _, tool = name.partition("__")
        if not tool or server_id not in self.supervisor.server_ids():
            raise ToolNotFound(f"Unknown tool: {name}")
        return await self.supervisor.call_tool(server_id, tool, arguments, TIMEOUT)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def _serve(endpoint: McpEndpoint) -> AsyncIterator[str]:
    """Serve ``endpoint`` under ``/mcp/gateway`` in a tiny Starlette app; yield its URL."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with endpoint.lifespan():
            yield

    app = Starlette(routes=endpoint.routes(), lifespan=lifespan)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    task = asyncio.create_task(server.serve())
    try:
        assert await _wait_until(lambda: server.started, 10.0)
        yield f"http://127.0.0.1:{port}/mcp/gateway"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


@dataclass
class Served:
    url: str
    provider: FakeProvider


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def served() -> AsyncIterator[Served]:
    provider = FakeProvider()
    async with _serve(build_mcp_endpoint(provider)) as url:
        yield Served(url, provider)


@contextlib.asynccontextmanager
async def _client(url: str, mode: str, session_id: str | None = None) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    if session_id is not None:
        headers["X-MCP-Session-ID"] = session_id
    async with (
        httpx2.AsyncClient(headers=headers) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as client,
    ):
        yield client


MODES = ["auto", "legacy"]


@pytest.mark.parametrize("mode", MODES)
async def test_endpoint_lists_and_calls(served: Served, mode: str) -> None:
    async with _client(served.url, mode) as client:
        expected = "2025-11-25" if mode == "legacy" else "2026-07-28"
        assert client.protocol_version == expected
        tools = await client.list_tools()
        assert [tool.name for tool in tools.tools] == ["calc__add", "vault__secret"]
        result = await client.call_tool("calc__add", {"a": 2, "b": 40})
        assert not result.is_error and result.structured_content == {"result": 42}
        secret = await client.call_tool("vault__secret", {})
        assert [block.text for block in secret.content if block.type == "text"] == ["s3cr3t"]
        with pytest.raises(MCPError, match="Unknown tool"):
            await client.call_tool("nope__nothing", {})


@pytest.mark.parametrize("mode", MODES)
async def test_endpoint_session_scoping(served: Served, mode: str) -> None:
    async with _client(served.url, mode, session_id="limited") as client:
        tools = await client.list_tools()
        assert [tool.name for tool in tools.tools] == ["calc__add"]
        with pytest.raises(MCPError, match="not allowed"):
            await client.call_tool("vault__secret", {})
        assert (await client.call_tool("calc__add", {"a": 1, "b": 1})).structured_content == {
            "result": 2
        }
    assert ("limited", "calc__add", {"a": 1, "b": 1}) in served.provider.calls


async def test_endpoint_http_latency(served: Served) -> None:
    async with _client(served.url, "auto") as client:
        await client.list_tools()
        latencies = []
        for i in range(50):
            began = time.perf_counter()
            await client.call_tool("calc__add", {"a": i, "b": 1})
            latencies.append(time.perf_counter() - began)
    p50 = statistics.median(latencies)
    print(f"HTTP call p50 {p50 * 1000:.2f} ms (fake provider)")
    assert p50 < 0.2


async def test_endpoint_auth_path_and_host(served: Served) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    accept = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25"}
    async with httpx2.AsyncClient() as http:
        missing = await http.post(served.url, json=body, headers=accept)
        assert missing.status_code == 401 and missing.json() == {
            "detail": "Invalid or missing API key"
        }
        wrong = await http.post(
            served.url, json=body, headers={**accept, "Authorization": "Bearer nope"}
        )
        assert wrong.status_code == 401 and "detail" in wrong.json()
        auth = {**accept, "Authorization": f"Bearer {API_KEY}"}
        ok = await http.post(served.url, json=body, headers=auth)
        assert ok.status_code not in (307, 308, 401, 404), ok.status_code
        slash = await http.post(served.url + "/", json=body, headers=auth)
        assert slash.status_code not in (307, 308, 401, 404), slash.status_code
        rebinding = await http.post(
            served.url, json=body, headers={**auth, "Host": "evil.example:80"}
        )
        assert rebinding.status_code == 421


async def test_endpoint_over_real_supervisor(running: Started) -> None:
    async with (
        _serve(build_mcp_endpoint(SupervisorProvider(running.supervisor))) as url,
        _client(url, "auto") as client,
    ):
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert {"calculator__divide", "weather__get_weather", "time__convert_time"} <= names
        zero = await client.call_tool("calculator__divide", {"a": 1, "b": 0})
        assert zero.is_error
        weather = await client.call_tool("weather__get_weather", {"city": "Paris"})
        direct = await running.supervisor.call_tool(
            "weather", "get_weather", {"city": "Paris"}, TIMEOUT
        )
        assert weather.structured_content == direct.result
        latencies = []
        for i in range(20):
            began = time.perf_counter()
            await client.call_tool("calculator__add", {"a": i, "b": 1})
            latencies.append(time.perf_counter() - began)
        print(f"HTTP -> stdio call p50 {statistics.median(latencies) * 1000:.2f} ms")


async def test_endpoint_without_lifespan_is_503() -> None:
    endpoint = build_mcp_endpoint(FakeProvider())
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/mcp/gateway",
        "headers": [(b"authorization", f"Bearer {API_KEY}".encode())],
    }
    await endpoint.asgi_app(scope, receive, send)
    assert sent[0]["status"] == 503
    async with endpoint.lifespan():
        pass
    async with endpoint.lifespan():  # can run again
        pass


async def test_runtime_hooks_fill_gateway_slots() -> None:
    from types import SimpleNamespace

    from starlette.routing import Route

    from mcpgateway_local import mcp_endpoint, mcp_supervisor
    from mcpgateway_local.server_runtime import RuntimeRegistry

    settings = Settings(api_key=API_KEY)
    registry = RuntimeRegistry()
    gw: Any = SimpleNamespace(
        mcp=None, mcp_app=None, mcp_provider=None, settings=settings, runtimes=registry
    )
    async with mcp_supervisor.runtime(gw) as supervisor, mcp_endpoint.runtime(gw):
        assert gw.mcp is supervisor and gw.mcp_app is not None
        assert registry.types() == ["npx", "stdio", "uvx"]
        gw.mcp_provider = FakeProvider()
        app = Starlette(routes=[Route("/mcp/gateway", gw.mcp_app)])
        port = _free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"
        )
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        try:
            assert await _wait_until(lambda: server.started, 10.0)
            async with _client(f"http://127.0.0.1:{port}/mcp/gateway", "auto") as client:
                tools = await client.list_tools()
                assert [tool.name for tool in tools.tools] == ["calc__add", "vault__secret"]
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, 10)
    assert gw.mcp is None and gw.mcp_app is None
    assert registry.types() == []
