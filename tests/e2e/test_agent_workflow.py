"""The agent workflow end to end: the facade (async and sync) against a real local gateway process
with real MCP servers over stdio, plus the official `mcp` client on `/mcp/gateway`."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_sdk import AuthError, ConflictError, ForbiddenError, MCPGatewaySync, NotFoundError
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalGateway]:
    data_dir = tmp_path_factory.mktemp("gateway-data")
    with run_local_gateway(data_dir=data_dir, extra_args=("--validate-responses",)) as local:
        yield local


@pytest.fixture(scope="module")
def servers(gateway: LocalGateway) -> dict[str, Any]:
    """Time and weather servers imported from the catalog and running (shared by the module)."""
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        out = {}
        for registry_id in ("time", "weather"):
            server = gw.servers.import_from_catalog("builtin", registry_id, registry_id)
            gw.servers.start(server.id)
            out[registry_id] = server
        return out


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url)
    t.enter()
    yield t
    t.close()


def test_import_start_list_search_execute(twin: Twin, servers: dict[str, Any]) -> None:
    weather = servers["weather"]
    names = {t.name for t in twin.call("servers.list_tools", weather.id)}
    assert {"get_weather", "get_forecast"} <= names
    found = twin.call("tools.search", "get current weather", limit=3)
    assert (found[0].server_name, found[0].tool_name) == ("weather", "get_weather")
    assert all(0 <= r.score <= 1 for r in found) and found[0].score == max(r.score for r in found)
    by_qualified = twin.call("tools.execute", "weather__get_weather", {"city": "Paris"})
    by_name = twin.call("tools.execute", "get_weather", {"city": "Paris"}, server_name="weather")
    by_id = twin.call("tools.execute", "get_weather", {"city": "Paris"}, server_id=weather.id)
    assert by_qualified.result == by_name.result == by_id.result  # deterministic demo data
    assert by_qualified.error is None and by_qualified.duration_ms >= 0
    failed = twin.call("tools.execute", "time__get_current_time", {"timezone": "Mars/Olympus"})
    assert failed.error and failed.result is None
    lookup = twin.call("tools.get_by_name", "weather__get_weather")
    assert lookup.tool_name == "get_weather" and str(lookup.server_id) == str(weather.id)
    with pytest.raises(NotFoundError):
        twin.call("tools.execute", "weather__no_such_tool")


def test_session_scoping_on_rest(twin: Twin, servers: dict[str, Any]) -> None:
    session = twin.call(
        "sessions.create",
        allowed_tool_names=["weather__*"],
        denied_tool_names=["weather__get_forecast"],
    )
    visible = {(r.server_name, r.tool_name) for r in twin.call(
        "tools.search", "weather forecast current time", limit=10, session_id=session.id
    )}  # fmt: skip
    assert ("weather", "get_weather") in visible
    assert ("weather", "get_forecast") not in visible
    assert not any(server == "time" for server, _ in visible)
    with pytest.raises(ForbiddenError):
        twin.call("tools.execute", "time__get_current_time", session_id=session.id)
    with pytest.raises(ForbiddenError):
        twin.call("tools.execute", "weather__get_forecast", {"city": "Oslo"}, session_id=session.id)
    ok = twin.call("tools.execute", "weather__get_weather", {"city": "Oslo"}, session_id=session.id)
    assert ok.error is None
    cleared = twin.call("sessions.update", session.id, denied_tool_names=None)
    assert cleared.denied_tool_names is None and cleared.allowed_tool_names == ["weather__*"]
    forecast = twin.call(
        "tools.execute", "weather__get_forecast", {"city": "Oslo"}, session_id=session.id
    )
    assert forecast.error is None


async def _mcp_session_tools(gateway: LocalGateway, session_id: str | None) -> tuple[set[str], Any]:
    headers = dict(gateway.headers)
    if session_id:
        headers["X-MCP-Session-ID"] = session_id
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        streamable_http_client(gateway.mcp_url, http_client=http) as streams,
        ClientSession(*streams[:2]) as mcp,
    ):
        await mcp.initialize()
        listed = {t.name for t in (await mcp.list_tools()).tools}
        called = await mcp.call_tool("weather__get_weather", {"city": "Lima"})
        return listed, called


def test_mcp_endpoint_with_the_official_client(
    gateway: LocalGateway, servers: dict[str, Any]
) -> None:
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        assert gw.mcp_url == gateway.mcp_url
        session = gw.sessions.create(allowed_tool_names=["weather__get_weather"])
    everything, called = asyncio.run(_mcp_session_tools(gateway, None))
    assert {"weather__get_weather", "time__get_current_time"} <= everything
    assert not called.is_error
    scoped, called = asyncio.run(_mcp_session_tools(gateway, str(session.id)))
    assert scoped == {"weather__get_weather"} and not called.is_error


def test_mcp_endpoint_requires_the_key(gateway: LocalGateway) -> None:
    import httpx

    response = httpx.post(gateway.mcp_url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    assert response.status_code == 401


def test_skills(twin: Twin, servers: dict[str, Any], tmp_path: Path) -> None:
    name = f"report-{uuid.uuid4().hex[:8]}"
    path = tmp_path / "SKILL.md"
    path.write_text(
        f"---\nname: {name}\ndescription: Write reports.\n---\nBody\n", encoding="utf-8"
    )
    skill = twin.call("skills.upload", file_path=str(path))
    assert skill.name == name and skill.description == "Write reports."
    package = twin.call("skills.download_package", skill.id)
    assert package[:2] == b"PK"
    with pytest.raises(ConflictError):
        twin.call("skills.upload", content=package, filename="copy.zip")
    attached = twin.call("skills.attach", skill_id=skill.id, server_id=servers["time"].id)
    assert str(attached.skill_id) == str(skill.id)
    twin.call("skills.detach", skill_id=skill.id, server_id=servers["time"].id)
    twin.call("skills.delete", skill.id)
    again = twin.call(
        "skills.upload", content=package, filename="copy.zip"
    )  # the package round-trips
    assert (again.name, again.description) == (name, "Write reports.")
    assert twin.call("skills.templates") and twin.call("skills.catalog", "builtin")


def test_sandbox_exec_and_files(twin: Twin) -> None:
    sandbox = twin.call("sandboxes.create", image="python:3.12")
    twin.call("sandboxes.upload", sandbox.id, "/workspace/in/data.txt", content=b"hello")
    listed = {f.name for f in twin.call("sandboxes.list_files", sandbox.id, "/workspace/in")}
    assert listed == {"data.txt"}
    run = twin.call(
        "sandboxes.exec", sandbox.id, "python -c \"print(open('in/data.txt').read().upper())\""
    )
    assert (run.exit_code, run.stdout.strip()) == (0, "HELLO")
    twin.call("sandboxes.exec", sandbox.id, "echo done > out.txt")
    assert twin.call("sandboxes.download", sandbox.id, "out.txt") == b"done\n"
    slow = twin.call("sandboxes.exec", sandbox.id, "sleep 5", timeout=1)
    assert slow.exit_code != 0
    with pytest.raises(ValueError):
        twin.call("sandboxes.download", sandbox.id, "../../etc/passwd")
    twin.call("sandboxes.destroy", sandbox.id)
    with pytest.raises(NotFoundError):
        twin.call("sandboxes.get", sandbox.id)


def test_api_key_create_use_rotate_revoke(twin: Twin, gateway: LocalGateway) -> None:
    created = twin.call("auth.create_api_key", name=f"ci-{uuid.uuid4().hex[:6]}")
    assert created.key and created.key not in repr(created)
    with MCPGatewaySync(api_key=created.key, url=gateway.url) as as_new:
        assert as_new.servers.list() is not None
    rotated = twin.call("auth.rotate_api_key", created.id, grace_period_hours=0)
    with MCPGatewaySync(api_key=created.key, url=gateway.url) as old, pytest.raises(AuthError):
        old.servers.list()
    new_key = rotated.new_key
    with MCPGatewaySync(api_key=new_key.key, url=gateway.url) as fresh:
        assert fresh.servers.list() is not None
    twin.call("auth.revoke_api_key", new_key.id)
    with MCPGatewaySync(api_key=new_key.key, url=gateway.url) as revoked, pytest.raises(AuthError):
        revoked.servers.list()


def test_cache_ttl(twin: Twin) -> None:
    key = f"runs/{uuid.uuid4().hex}"
    twin.call("cache.set", key, {"status": "ok"}, ttl=1)
    assert twin.call("cache.get", key) == {"status": "ok"}
    time.sleep(1.2)
    assert twin.call("cache.get", key) is None


def test_restart_keeps_everything(tmp_path: Path) -> None:
    key = "mgw_local_restart_test_key_0123456789"
    with (
        run_local_gateway(data_dir=tmp_path, api_key=key) as first,
        MCPGatewaySync(api_key=key, url=first.url) as gw,
    ):
        server = gw.servers.import_from_catalog("builtin", "calculator", "calc")
        session = gw.sessions.create(allowed_tool_names=["calc__*"])
        skill = gw.skills.create("kept", "---\nname: kept\ndescription: d\n---\n")
        api_key = gw.auth.create_api_key(name="kept")
        gw.cache.set("kept", [1, 2, 3], ttl=600)
    with (
        run_local_gateway(data_dir=tmp_path, api_key=key) as second,
        MCPGatewaySync(api_key=key, url=second.url) as gw,
    ):
        assert gw.servers.get(server.id).name == "calc"
        assert gw.sessions.get(session.id).allowed_tool_names == ["calc__*"]
        assert gw.skills.get(skill.id).name == "kept"
        assert gw.auth.get_api_key(api_key.id).name == "kept"
        assert gw.cache.get("kept") == [1, 2, 3]
        started = gw.servers.start(server.id)
        assert started.current_status == "running"
        assert gw.tools.execute("calc__add", {"a": 2, "b": 3}).error is None


def test_using_a_session_keeps_it_alive(twin: Twin, servers: dict[str, Any]) -> None:
    session = twin.call("sessions.create", allowed_tool_names=["weather__*"])
    time.sleep(0.05)
    twin.call("tools.execute", "weather__get_weather", {"city": "Rome"}, session_id=session.id)
    used = twin.call("sessions.get", session.id)
    assert used.last_accessed_at > session.last_accessed_at
    assert used.expires_at > session.expires_at
