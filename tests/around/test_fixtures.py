"""The pytest plugin's fixtures: clients closed after each test, and a fresh gateway per test."""

from __future__ import annotations

import asyncio

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import MCPGateway, MCPGatewaySync

pytestmark = pytest.mark.e2e

_seen: list[object] = []


def test_sync_client_is_connected(
    mcpgateway_client: MCPGatewaySync, mcpgateway_local: LocalGateway
) -> None:
    assert mcpgateway_client.url == mcpgateway_local.url
    assert mcpgateway_client.health()["status"] == "healthy"
    _seen.append(mcpgateway_client)


async def test_async_client_is_connected(mcpgateway_async_client: MCPGateway) -> None:
    assert (await mcpgateway_async_client.health())["status"] == "healthy"
    _seen.append(mcpgateway_async_client)


def test_clients_were_closed_after_their_tests() -> None:
    sync_client, async_client = _seen
    assert isinstance(sync_client, MCPGatewaySync) and isinstance(async_client, MCPGateway)
    with pytest.raises(RuntimeError, match="closed"):
        sync_client.health()
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(async_client.health())


@pytest.mark.parametrize("round_", [1, 2])
def test_fresh_gateway_starts_empty(mcpgateway_local_fresh: LocalGateway, round_: int) -> None:
    with MCPGatewaySync(
        api_key=mcpgateway_local_fresh.api_key, url=mcpgateway_local_fresh.url
    ) as gw:
        assert list(gw.servers.list()) == []
        gw.servers.import_from_catalog("builtin", "calculator", "calc")  # the same name each round
        assert [s.name for s in gw.servers.list()] == ["calc"]
