"""The runtime seam (server_runtime.py): a server type plugs in a runtime, the toolbox runs it.

An in-process runtime (its tools are Python functions) is registered for the type ``remote``
on a real store; the toolbox starts, syncs, calls, health-checks and stops through it, mirrors
its own events and translates its errors. No gateway process is needed for what is tested here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_local.kinds import CREDENTIAL
from mcpgateway_local.server_runtime import (
    Credential,
    RuntimeRegistry,
    ServerConfigError,
    ServerDown,
    ServerLaunch,
    ServerRuntime,
    ToolCallTimeout,
    ToolOutcome,
    ToolSpec,
)
from mcpgateway_local.state import GatewayState
from mcpgateway_local.tool_values import ServerNotRunning
from mcpgateway_local.toolbox import Toolbox
from tests.support.gateway_state import in_process_state

ASYNC = pytest.mark.asyncio(loop_scope="session")

ADD = ToolSpec("add", "Add two numbers", {"type": "object"})
SLOW = ToolSpec("slow", "Never answers in time", {"type": "object"})


class FunctionRuntime(ServerRuntime):
    """Servers whose tools are Python functions (a runtime as another server type writes one)."""

    down_label = "Server connection lost"

    def __init__(self) -> None:
        self.up: set[str] = set()
        self.launches: list[ServerLaunch] = []
        self.tools = [ADD, SLOW]

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        if "url" not in launch.config:
            raise ServerConfigError("a remote server needs `config.url`")
        self.launches.append(launch)
        self.up.add(launch.server_id)
        return list(self.tools)

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        if server_id not in self.up:
            raise ServerDown("the connection is closed")
        return list(self.tools)

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        if server_id not in self.up:
            raise ServerDown("the connection is closed")
        if name == "slow":
            raise ToolCallTimeout(f"no answer within {timeout:g}s")
        if name == "add":
            return ToolOutcome(arguments["a"] + arguments["b"])
        return ToolOutcome(None, is_error=True, error=f"no tool {name}")

    async def stop(self, server_id: str) -> None:
        self.up.discard(server_id)

    def is_running(self, server_id: str) -> bool:
        return server_id in self.up


@pytest.fixture
def gw(tmp_path: Path) -> Iterator[GatewayState]:
    with in_process_state(tmp_path) as state:
        yield state


def _server(box: Toolbox, name: str = "api", **config: Any) -> str:
    server_id = str(uuid.uuid4())
    box.insert_server(
        {"id": server_id, "name": name, "type": "remote", "status": "stopped", "config": config}
    )
    return server_id


@ASYNC
async def test_a_registered_type_starts_calls_and_stops(gw: GatewayState) -> None:
    runtime = FunctionRuntime()
    box = Toolbox.of(gw)
    box.register_runtime("remote", runtime)
    assert gw.runtimes.get("remote") is runtime
    sid = _server(box, url="http://127.0.0.1:1/mcp")
    gw.store.insert(
        CREDENTIAL,
        {
            "id": str(uuid.uuid4()),
            "server_id": sid,
            "name": "Authorization",
            "prefix": "Bearer ",
            "_value": "s3cret",
        },
    )
    report = await box.start(sid)
    assert report.current_status == "running" and "2 tools" in report.message
    launch = runtime.launches[0]
    assert (launch.server_id, launch.name, launch.type) == (sid, "api", "remote")
    assert launch.credentials == (Credential("Authorization", "s3cret", "Bearer "),)
    assert "s3cret" not in repr(launch)
    assert sorted(r.name for r in box.records(sid)) == ["add", "slow"]
    assert box.search("add numbers", 5)[0][0].qualified_name == "api__add"

    done = await box.execute("api__add", {"a": 2, "b": 3})
    assert (done.result, done.error) == (5, None)
    slow = await box.execute("api__slow", {})
    assert slow.error == "Tool api__slow did not answer within 60s"
    assert (await box.health(sid)).message == "Server is healthy (answered a ping)"
    assert (await box.sync(sid)).total_tools == 2

    stopped = await box.stop(sid)
    assert stopped.current_status == "stopped" and runtime.up == set()
    with pytest.raises(ServerNotRunning):
        await box.execute("api__add", {"a": 1, "b": 1})


@ASYNC
async def test_a_lost_server_and_runtime_events_set_the_status(gw: GatewayState) -> None:
    runtime = FunctionRuntime()
    box = Toolbox.of(gw)
    box.register_runtime("remote", runtime)
    sid = _server(box, url="http://127.0.0.1:1/mcp")
    await box.start(sid)

    runtime.up.discard(sid)  # the runtime lost it: observing marks it `error` with the label
    server = box.server(sid)
    assert server["status"] == "error"
    assert server["last_error"] == "Server connection lost: the server is not running"

    gw.runtimes.notify(sid, "restarting", "dropped; retrying", [])
    assert box.stored_server(sid)["status"] == "pending"
    runtime.up.add(sid)
    gw.runtimes.notify(sid, "running", "reconnected", [ADD])
    server = box.stored_server(sid)
    assert server["status"] == "running"
    assert server["last_error"] == "Server connection lost; reconnected"
    assert [r.name for r in box.records(sid)] == ["add"]
    gw.runtimes.notify(sid, "failed", "gave up", [])
    assert box.stored_server(sid)["status"] == "error"

    await box.stop(sid)
    await box.start(sid)
    runtime.up.discard(sid)  # gone during a call: the call fails and the status says why
    add = next(r for r in box.records(sid) if r.name == "add")
    with pytest.raises(ServerNotRunning):
        await box.call(box.stored_server(sid), add, {"a": 1, "b": 1})
    server = box.stored_server(sid)
    assert server["status"] == "error"
    assert server["last_error"] == "Server connection lost: the connection is closed"


@ASYNC
async def test_start_refusals(gw: GatewayState) -> None:
    box = Toolbox.of(gw)
    nobody = _server(box, "nobody")
    report = await box.start(nobody)
    assert report.current_status == "error"
    assert report.message.startswith(
        "Server cannot be started: servers of type 'remote' cannot be started by the local gateway"
    )
    assert (await box.health(nobody)).message == "Servers of type 'remote' are not run locally"

    box.register_runtime("remote", FunctionRuntime())
    bad = _server(box, "bad")
    report = await box.start(bad)
    assert report.current_status == "error"
    assert report.message == "Server cannot be started: a remote server needs `config.url`"
    assert box.stored_server(bad)["enriched_error"]["category"] == "server_compatibility"


def test_registry_rules() -> None:
    registry = RuntimeRegistry()
    first, second = FunctionRuntime(), FunctionRuntime()
    registry.register("remote", first)
    registry.register("remote", first)  # the same runtime again is fine
    with pytest.raises(ValueError, match="already have a runtime"):
        registry.register("remote", second)
    registry.unregister("remote", second)  # not the registered one: kept
    assert registry.get("remote") is first and registry.get(None) is None
    registry.unregister("remote", first)
    assert registry.types() == []

    heard: list[tuple[str, str]] = []

    def broken(*_: Any) -> None:
        raise RuntimeError("listener bug")

    registry.listeners += [broken, lambda sid, event, reason, tools: heard.append((sid, event))]
    registry.notify("s", "failed", "why", [])  # a failing listener does not stop the others
    assert heard == [("s", "failed")]


@ASYNC
async def test_default_ping_restarting_and_reason() -> None:
    runtime = FunctionRuntime()
    assert not await runtime.ping("x", 1.0)
    runtime.up.add("x")
    assert await runtime.ping("x", 1.0)
    assert not runtime.restarting("x")
    assert runtime.down_reason("x") == "the server is not running"
