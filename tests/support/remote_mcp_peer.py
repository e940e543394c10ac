"""A real streamable-HTTP MCP server on 127.0.0.1 that requires credentials: the remote peer.

`with RemoteMcpPeer(token="t-1") as peer:` starts it in a thread (uvicorn, a free port) and gives
`peer.url` (the MCP endpoint, `http://127.0.0.1:<port>/mcp`). Every request must carry the
credentials the peer currently requires, else it answers 401 with `WWW-Authenticate: Bearer`
(set `peer.www_authenticate` for another challenge, e.g. one naming `resource_metadata`):

- `RemoteMcpPeer(token=...)` / `peer.require_bearer(token)`: `Authorization: Bearer <token>`;
- `peer.require_header(name, value)`: any header with exactly that value (an API-key header);
- `peer.require_basic(username, password)`: HTTP basic authentication;
- `peer.require_nothing()`: open.

Changing the requirement while running rotates the credentials: the next request is checked
against the new one. Two tools: `echo(text)` returns the text, `add(a, b)` returns the sum.
`peer.seen` records the headers of every request (lower-cased names), `peer.refused` counts 401s.

`remote_mcp_peer` is a module-scoped pytest fixture; import it into a test module to use it.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from mcp.server.mcpserver import MCPServer
from starlette.types import Receive, Scope, Send

__all__ = ["PEER_TOOLS", "RemoteMcpPeer", "remote_mcp_peer"]

PEER_TOOLS = ("add", "echo")


def _build_server() -> MCPServer:
    server = MCPServer("remote-peer")

    @server.tool(description="Return the text unchanged.")
    def echo(text: str) -> str:
        return text

    @server.tool(description="Add two integers.")
    def add(a: int, b: int) -> int:
        return a + b

    return server


class RemoteMcpPeer:
    """A bearer-protected (or header/basic-protected) MCP server on a loopback port."""

    def __init__(self, token: str | None = "peer-token") -> None:
        self.required: dict[str, str] = {}
        if token is not None:
            self.require_bearer(token)
        self.www_authenticate = "Bearer"
        self.seen: list[dict[str, str]] = []
        self.refused = 0
        self._lock = threading.Lock()
        mcp_app = _build_server().streamable_http_app(streamable_http_path="/mcp")
        self._inner = mcp_app
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- requirements -------------------------------------------------------------------------

    def require_bearer(self, token: str) -> None:
        """Accept only `Authorization: Bearer <token>` from now on."""
        self.required = {"authorization": f"Bearer {token}"}

    def require_header(self, name: str, value: str) -> None:
        """Accept only requests carrying header `name` with exactly `value`."""
        self.required = {name.lower(): value}

    def require_basic(self, username: str, password: str) -> None:
        """Accept only HTTP basic authentication with these credentials."""
        pair = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.required = {"authorization": f"Basic {pair}"}

    def require_nothing(self) -> None:
        """Accept every request."""
        self.required = {}

    # -- serving ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The MCP endpoint."""
        return f"http://127.0.0.1:{self.port}/mcp"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {
                k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]
            }
            with self._lock:
                self.seen.append(headers)
                ok = all(headers.get(name) == value for name, value in self.required.items())
                if not ok:
                    self.refused += 1
            if not ok:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"www-authenticate", self.www_authenticate.encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"detail":"unauthorized"}'})
                return
        await self._inner(scope, receive, send)

    def start(self) -> RemoteMcpPeer:
        """Serve on a free port; returns once the port accepts connections."""
        config = uvicorn.Config(
            self, host="127.0.0.1", port=0, log_level="warning", lifespan="on", access_log=False
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=server.run, name="remote-mcp-peer", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the remote MCP peer did not start")
            time.sleep(0.02)
        self.port = server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> RemoteMcpPeer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


@pytest.fixture(scope="module")
def remote_mcp_peer() -> Iterator[RemoteMcpPeer]:
    """A running peer for the module; each test sets the requirement it needs."""
    with RemoteMcpPeer() as peer:
        yield peer
