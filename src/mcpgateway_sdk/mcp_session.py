"""Talk MCP to the gateway's aggregated endpoint with the official `mcp` client (extra `[mcp]`).

    async with gw.mcp_session(session_id=session.id) as mcp:   # an initialised `mcp.Client`
        tools = await mcp.list_tools()
        result = await mcp.call_tool("weather__get_weather", {"city": "Oslo"})

`gw.mcp_session()` and `gw.mcp_headers()` on both clients call into this module. The `mcp` package
(2.x) brings its own HTTP client (`httpx2`); it is imported only when a session is opened, so the
SDK itself never needs it. Without it, opening a session raises `MCPExtraMissingError`, which names
`pip install "mcpgateway-sdk[mcp]"`.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcp import Client

__all__ = [
    "INSTALL_HINT",
    "SESSION_HEADER",
    "MCPExtraMissingError",
    "build_mcp_headers",
    "open_mcp_session",
]

INSTALL_HINT = 'pip install "mcpgateway-sdk[mcp]"'
SESSION_HEADER = "X-MCP-Session-ID"
"""The header the gateway scopes MCP tools by (`Mcp-Session-Id` is the MCP transport's own)."""


class MCPExtraMissingError(ImportError):
    """The `mcp` package (the `[mcp]` extra) is not installed."""


def build_mcp_headers(auth_headers: dict[str, str], session_id: object | None) -> dict[str, str]:
    """The bearer header plus, when `session_id` is given, the session-scoping header."""
    headers = dict(auth_headers)
    if session_id is not None:
        text = str(session_id)
        if not text or any(ch in text for ch in "\r\n"):
            raise ValueError("session_id must be a non-empty string without line breaks")
        headers[SESSION_HEADER] = text
    return headers


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise MCPExtraMissingError(
            f"gw.mcp_session() needs the [mcp] extra ({exc.name or name} missing): {INSTALL_HINT}"
        ) from None


def open_mcp_session(
    url: str, headers: dict[str, str], *, timeout: float = 30.0
) -> AbstractAsyncContextManager[Client]:
    """An async context manager yielding a connected, initialised `mcp.Client` on `url`.

    Raises `MCPExtraMissingError` at once (not on entry) when `mcp` is not installed.
    """
    mcp = _import("mcp")
    transport = _import("mcp.client.streamable_http")
    httpx2 = _import("httpx2")

    @asynccontextmanager
    async def session() -> AsyncIterator[Client]:
        async with (
            httpx2.AsyncClient(headers=headers, timeout=timeout) as http,
            # cache=None: a tool list always reflects the gateway (and the session's scope) now.
            mcp.Client(
                transport.streamable_http_client(url, http_client=http), cache=None
            ) as client,
        ):
            yield client

    return session()
