"""`gw.mcp_session()` / `gw.mcp_headers()`: the official `mcp` client on the gateway's MCP endpoint,
with and without a session (scoping honoured), from the async client and via the sync route."""

from __future__ import annotations

import asyncio
import builtins
import sys
from typing import Any

import pytest
from mcp import MCPError

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import MCPGateway, MCPGatewaySync
from mcpgateway_sdk.mcp_session import SESSION_HEADER, MCPExtraMissingError

pytestmark = pytest.mark.e2e


async def _list_and_call(gw: MCPGateway | MCPGatewaySync, session_id: Any) -> tuple[set[str], Any]:
    async with gw.mcp_session(session_id=session_id) as mcp:
        names = {tool.name for tool in (await mcp.list_tools()).tools}
        called = await mcp.call_tool("weather__get_weather", {"city": "Lima"})
        return names, called


async def test_async_client_lists_and_calls_with_and_without_a_session(
    mcpgateway_local: LocalGateway, running_servers: dict[str, Any]
) -> None:
    async with MCPGateway(api_key=mcpgateway_local.api_key, url=mcpgateway_local.url) as gw:
        everything, called = await _list_and_call(gw, None)
        assert {"weather__get_weather", "calc__add"} <= everything
        assert not called.is_error
        session = await gw.sessions.create(allowed_tool_names=["weather__get_weather"])
        scoped, called = await _list_and_call(gw, session.id)
        assert scoped == {"weather__get_weather"} and not called.is_error
        async with gw.mcp_session(session_id=session.id) as mcp:
            with pytest.raises(MCPError, match="not allowed in this session"):
                await mcp.call_tool("calc__add", {"a": 1, "b": 2})
        await gw.sessions.delete(session.id)


def test_sync_client_runs_the_async_helper_with_asyncio_run(
    mcpgateway_local: LocalGateway, running_servers: dict[str, Any]
) -> None:
    with MCPGatewaySync(api_key=mcpgateway_local.api_key, url=mcpgateway_local.url) as gw:
        everything, called = asyncio.run(_list_and_call(gw, None))
        assert {"weather__get_weather", "calc__add"} <= everything and not called.is_error
        session = gw.sessions.create(allowed_tool_names=["calc__*", "weather__get_weather"])
        scoped, _ = asyncio.run(_list_and_call(gw, session.id))
        assert "weather__get_weather" in scoped and "weather__get_forecast" not in scoped
        assert {n for n in scoped if n.startswith("calc__")} == {
            n for n in everything if n.startswith("calc__")
        }
        gw.sessions.delete(session.id)


def test_headers_carry_the_key_and_the_session() -> None:
    for gw in (MCPGateway(api_key="sk-1", check_version=False), MCPGatewaySync(api_key="sk-1")):
        assert gw.mcp_headers() == {"Authorization": "Bearer sk-1"}
        assert gw.mcp_headers("s-1") == {"Authorization": "Bearer sk-1", SESSION_HEADER: "s-1"}
        with pytest.raises(ValueError, match="line breaks"):
            gw.mcp_headers("s\r\nX-Evil: 1")


def test_without_the_mcp_package_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_mcp(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "mcp" or name.startswith("mcp.") or name == "httpx2":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    for name in [m for m in sys.modules if m == "mcp" or m.startswith("mcp.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", no_mcp)
    gw = MCPGatewaySync(api_key="sk-secret-value")
    with pytest.raises(MCPExtraMissingError, match=r'pip install "mcpgateway-sdk\[mcp\]"') as info:
        gw.mcp_session()
    assert "sk-secret-value" not in str(info.value)
