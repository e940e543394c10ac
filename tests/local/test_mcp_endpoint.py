"""Growth limits of the HTTP side (mcp_endpoint.py, http_limits.py): MCP sessions per key and
connections that never finish their headers. A real gateway with small limits.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.conftest import GatewayFactory

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "probe", "version": "0"},
    },
}
MCP_HEADERS = {"Accept": "application/json, text/event-stream"}


@pytest.fixture(scope="module")
def small(gateway_factory: GatewayFactory) -> Iterator[LocalGateway]:
    limits = ("--mcp-sessions-per-key", "3", "--header-timeout", "1")
    with gateway_factory(extra_args=("--validate-responses", *limits)) as gw:
        yield gw


def open_session(client: httpx.Client, gateway: LocalGateway) -> httpx.Response:
    return client.post(gateway.mcp_url, json=INITIALIZE, headers=MCP_HEADERS)


def test_abandoned_mcp_sessions_are_capped_per_key(small: LocalGateway) -> None:
    with httpx.Client(headers=small.headers, timeout=30) as client:
        ids = []
        for _ in range(3):
            opened = open_session(client, small)
            assert opened.status_code == 200, opened.text
            ids.append(opened.headers["mcp-session-id"])
        refused = open_session(client, small)
        assert refused.status_code == 429, refused.text
        assert "sessions" in refused.json()["detail"] and refused.headers["retry-after"]
        closed = client.delete(small.mcp_url, headers={"Mcp-Session-Id": ids[0]})
        assert closed.status_code in (200, 204)
        assert open_session(client, small).status_code == 200


def test_a_connection_that_never_finishes_its_headers_is_closed(small: LocalGateway) -> None:
    where = urlsplit(small.url)
    with socket.create_connection((where.hostname, where.port), timeout=30) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        answer = sock.recv(1024)  # before the fix: blocks until the socket timeout
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer
