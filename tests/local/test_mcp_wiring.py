"""`mcp_wiring`: the MCP endpoint's one translation of the services' domain errors.

Unknown and not-allowed tools are MCP protocol errors; any other domain error (a refused
request such as an ambiguous bare tool name) is a tool error result with the service's message,
never "failed with an internal error".
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from mcpgateway_local.domain_errors import Conflict, Forbidden, Invalid, NotFound
from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.mcp_endpoint import ToolNotAllowed, ToolNotFound
from mcpgateway_local.mcp_supervisor import McpServerDown
from mcpgateway_local.mcp_wiring import mcp_failure


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else None


def test_each_domain_error_has_one_mcp_answer() -> None:
    assert isinstance(mcp_failure(NotFound("Tool x not found")), ToolNotFound)
    assert isinstance(mcp_failure(Forbidden("not allowed")), ToolNotAllowed)
    for error in (Conflict("down"), Invalid(["body", "tool_name"], "ambiguous")):
        failure = mcp_failure(error)
        assert isinstance(failure, McpServerDown) and str(failure) == error.message


@pytest.fixture(scope="module")
def two_calculators(api: httpx.Client) -> list[str]:
    ids = []
    for name in ("calc", "calc2"):
        body = {"registry": "builtin", "registry_id": "calculator", "name": name}
        server_id: str = ok(api.post("/servers/catalog-imports", json=body), 201)["id"]
        assert ok(api.post(f"/servers/{server_id}/start"))["current_status"] == "running"
        ids.append(server_id)
    return ids


@contextlib.asynccontextmanager
async def mcp_client(gateway: LocalGateway) -> AsyncIterator[Client]:
    async with (
        httpx2.AsyncClient(headers=gateway.headers, timeout=30) as http,
        Client(streamable_http_client(gateway.mcp_url, http_client=http)) as client,
    ):
        yield client


@pytest.mark.asyncio(loop_scope="session")
async def test_a_refused_call_is_a_tool_error_with_the_reason(
    gateway: LocalGateway, two_calculators: list[str]
) -> None:
    async with mcp_client(gateway) as client:
        refused = await client.call_tool("add", {"a": 1, "b": 2})
        assert refused.is_error
        text = " ".join(getattr(block, "text", "") for block in refused.content)
        assert "ambiguous" in text and "internal error" not in text
        with pytest.raises(MCPError, match="not found"):
            await client.call_tool("calc__nope", {})
        added = await client.call_tool("calc__add", {"a": 1, "b": 2})
        assert not added.is_error
