"""The remote MCP test peer itself: it serves its two tools only to a caller with the credentials."""

from __future__ import annotations

import asyncio
import base64

import httpx
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.support.remote_mcp_peer import PEER_TOOLS, RemoteMcpPeer, remote_mcp_peer

__all__ = ["remote_mcp_peer"]


async def _tools_and_sum(url: str, headers: dict[str, str]) -> tuple[list[str], str]:
    async with (
        httpx2.AsyncClient(headers=headers) as http,
        Client(streamable_http_client(url, http_client=http)) as client,
    ):
        names = sorted(t.name for t in (await client.list_tools()).tools)
        result = await client.call_tool("add", {"a": 2, "b": 3})
        text = result.content[0].text  # type: ignore[union-attr]
        return names, text


def test_peer_serves_tools_with_the_token_and_refuses_without(
    remote_mcp_peer: RemoteMcpPeer,
) -> None:
    remote_mcp_peer.require_bearer("tok-1")
    names, text = asyncio.run(
        _tools_and_sum(remote_mcp_peer.url, {"Authorization": "Bearer tok-1"})
    )
    assert names == list(PEER_TOOLS)
    assert text == "5"
    refused = httpx.post(remote_mcp_peer.url, json={}, headers={"Authorization": "Bearer nope"})
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"] == "Bearer"


def test_peer_rotates_and_accepts_header_and_basic(remote_mcp_peer: RemoteMcpPeer) -> None:
    remote_mcp_peer.require_header("X-Api-Key", "k-9")
    assert asyncio.run(_tools_and_sum(remote_mcp_peer.url, {"X-Api-Key": "k-9"}))[1] == "5"
    remote_mcp_peer.require_basic("ann", "pw")
    auth = "Basic " + base64.b64encode(b"ann:pw").decode()
    assert asyncio.run(_tools_and_sum(remote_mcp_peer.url, {"Authorization": auth}))[1] == "5"
    before = remote_mcp_peer.refused
    assert httpx.post(remote_mcp_peer.url, json={}, headers={"X-Api-Key": "k-9"}).status_code == 401
    assert remote_mcp_peer.refused == before + 1
