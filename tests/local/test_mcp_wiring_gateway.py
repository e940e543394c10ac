"""mcp_wiring: `/mcp/gateway` of a real local gateway process (listing, calls, session scope, keys),
and its app hook in process.

One gateway per module (the shared `gateway` fixture, `--validate-responses`, so every JSON body
is checked against openapi.json), plain httpx, real children.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from mcpgateway_local.launcher import LocalGateway
from tests.support.gateway_state import in_process_state
from tests.support.servers_kit import (
    make_session,
    start_builtins,
)


@pytest.fixture(scope="module")
def running(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    return start_builtins(api)


# -- MCP endpoint ------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _mcp(
    gateway: LocalGateway, mode: str = "auto", session_id: str | None = None
) -> AsyncIterator[Client]:
    headers = dict(gateway.headers)
    if session_id is not None:
        headers["X-MCP-Session-ID"] = session_id
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        Client(streamable_http_client(gateway.mcp_url, http_client=http), mode=mode) as client,
    ):
        yield client


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_mcp_endpoint_lists_and_calls(
    gateway: LocalGateway, running: dict[str, str], mode: str
) -> None:
    async with _mcp(gateway, mode) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert {
            "weather__get_weather",
            "weather__get_forecast",
            "time-server__get_current_time",
            "time-server__convert_time",
        } <= names
        result = await client.call_tool("weather__get_weather", {"city": "NYC"})
        assert not result.is_error
        assert isinstance(result.structured_content, dict)
        assert result.structured_content["city"] == "NYC"
        failed = await client.call_tool("weather__get_forecast", {"city": "NYC", "days": 99})
        assert failed.is_error
        with pytest.raises(MCPError, match="not found"):
            await client.call_tool("weather__nope", {})


@pytest.mark.asyncio(loop_scope="session")
async def test_mcp_endpoint_honours_session_scope(
    api: httpx.Client, gateway: LocalGateway, running: dict[str, str]
) -> None:
    session = make_session(api, gateway, ["weather__get_weather", "time-server__*"])
    async with _mcp(gateway, "legacy", session) as client:
        names = sorted(tool.name for tool in (await client.list_tools()).tools)
        assert names == [
            "time-server__convert_time",
            "time-server__get_current_time",
            "weather__get_weather",
        ]
        with pytest.raises(MCPError, match="not allowed in this session"):
            await client.call_tool("weather__get_forecast", {"city": "Oslo"})
        ok = await client.call_tool("weather__get_weather", {"city": "Oslo"})
        assert not ok.is_error


@pytest.mark.asyncio(loop_scope="session")
async def test_mcp_endpoint_requires_key(gateway: LocalGateway) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    async with httpx2.AsyncClient() as http:
        response = await http.post(gateway.mcp_url, json=body)
    assert response.status_code == 401


# -- in-process: the wiring hook and the toolbox alone -----------------------------------------


@pytest.mark.asyncio(loop_scope="session")
async def test_wiring_runtime_serves_endpoint_when_alone(tmp_path: Path) -> None:
    from mcpgateway_local import mcp_wiring

    with in_process_state(tmp_path) as gw:
        async with mcp_wiring.runtime(gw) as provider:
            assert gw.mcp_app is not None
            assert gw.mcp_provider is provider
            assert provider.authenticate("Bearer k") and not provider.authenticate("Bearer x")
            assert await provider.list_tools(None) == []
        assert gw.mcp_app is None and gw.mcp_provider is None


def test_gateway_log_has_no_errors(gateway: LocalGateway) -> None:
    log = gateway.log_path.read_text(errors="replace")
    print("\n--- gateway log ---\n" + log[-4000:])
    assert "Traceback" not in log and "does not match the spec" not in log
