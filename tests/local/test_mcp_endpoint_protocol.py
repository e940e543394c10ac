"""mcp_endpoint.py served by uvicorn on a free loopback port and reached with the official client:
listing and calls in both protocol modes, session scoping, auth, path and host checks, latency,
the endpoint over a real supervisor, and the app hooks that serve it in the gateway.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest
import pytest_asyncio
import uvicorn
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from starlette.applications import Starlette

from mcpgateway_local.mcp_endpoint import (
    McpEndpoint,
    ToolNotAllowed,
    ToolNotFound,
    build_mcp_endpoint,
)
from mcpgateway_local.mcp_supervisor import (
    McpSupervisor,
    ToolOutcome,
    ToolSpec,
)
from tests.support.builtin_supervisor import Started, running_builtins
from tests.support.processes import free_port, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="session")

API_KEY = "test-key-123"
TIMEOUT = 10.0


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def running() -> AsyncIterator[Started]:
    """All builtin servers, started concurrently once for the module."""
    async with running_builtins() as started:
        yield started


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


@contextlib.asynccontextmanager
async def _serve(endpoint: McpEndpoint) -> AsyncIterator[str]:
    """Serve ``endpoint`` under ``/mcp/gateway`` in a tiny Starlette app; yield its URL."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with endpoint.lifespan():
            yield

    app = Starlette(routes=endpoint.routes(), lifespan=lifespan)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    task = asyncio.create_task(server.serve())
    try:
        assert await wait_until(lambda: server.started, 10.0)
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


async def test_runtime_hooks_fill_gateway_slots(tmp_path: Path) -> None:
    """The supervisor's and the wiring's app hooks on a real gateway state: the process types
    get their runtime, the endpoint serves the toolbox's running tools, all undone at exit."""
    from starlette.routing import Route

    from mcpgateway_local import mcp_supervisor, mcp_wiring
    from mcpgateway_local.toolbox import Toolbox
    from tests.support.gateway_state import in_process_state

    with in_process_state(tmp_path, API_KEY) as gw:
        registry = gw.runtimes
        async with mcp_supervisor.runtime(gw) as supervisor, mcp_wiring.runtime(gw) as provider:
            assert gw.mcp is supervisor and gw.mcp_app is not None
            assert gw.mcp_provider is provider
            assert registry.types() == ["local-command", "npx", "stdio", "uvx"]
            box = Toolbox.of(gw)
            server_id = str(uuid.uuid4())
            calculator = ["-m", "mcpgateway_local.builtin.calculator"]
            box.insert_server(
                {
                    "id": server_id,
                    "name": "calc",
                    "type": "stdio",
                    "status": "stopped",
                    "config": {"command": sys.executable, "args": calculator},
                }
            )
            assert (await box.start(server_id)).current_status == "running"
            app = Starlette(routes=[Route("/mcp/gateway", gw.mcp_app)])
            port = free_port()
            config = uvicorn.Config(
                app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"
            )
            server = uvicorn.Server(config)
            task = asyncio.create_task(server.serve())
            try:
                assert await wait_until(lambda: server.started, 10.0)
                async with _client(f"http://127.0.0.1:{port}/mcp/gateway", "auto") as client:
                    tools = await client.list_tools()
                    names = [tool.name for tool in tools.tools]
                    assert "calc__add" in names and all(n.startswith("calc__") for n in names)
            finally:
                server.should_exit = True
                await asyncio.wait_for(task, 10)
        assert gw.mcp is None and gw.mcp_app is None and gw.mcp_provider is None
        assert registry.types() == []
        assert box.stored_server(server_id)["status"] == "stopped"
