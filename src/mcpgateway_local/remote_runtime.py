"""The :class:`~mcpgateway_local.server_runtime.ServerRuntime` of `remote` servers: MCP over
streamable HTTP at `config.url`, with the server's declared authentication (`server_auth.py`).

Each operation opens a short MCP connection (`mcp` client, `httpx2`) carrying the credentials as
headers (bearer, API-key header or query parameter, basic, composite static); the streamable-HTTP
transport of current MCP is stateless per request, so nothing is held between calls. A 401/403
from the remote server, or credentials not yet set, leave the server `pending` with a
`pending_reason` (:class:`RemoteCredentialsProblem`): `awaiting_credentials` when a value is
missing, `credentials_rejected` when the remote refused them. Set the secret, then start (or
sync) again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from .mcp_session import describe, list_all_tools, outcome
from .server_auth import RemoteAuthProblem, upstream_request_auth
from .server_runtime import (
    ServerConfigError,
    ServerDown,
    ServerLaunch,
    ServerRuntime,
    ServerStartError,
    ToolCallTimeout,
    ToolOutcome,
    ToolSpec,
)

if TYPE_CHECKING:
    from .state import GatewayState
    from .store import Store

__all__ = [
    "CREDENTIALS_REJECTED",
    "REMOTE_TYPE",
    "RemoteCredentialsProblem",
    "RemoteCredentialsRefused",
    "RemoteRuntime",
    "runtime",
]

REMOTE_TYPE = "remote"
CREDENTIALS_REJECTED = "credentials_rejected"
CONNECT_TIMEOUT = 30.0


class RemoteCredentialsProblem(ServerStartError):
    """The remote server cannot be used until its credentials are fixed; `pending_reason` says
    why (the server stays `pending`, not `error`)."""

    def __init__(self, message: str, pending_reason: str) -> None:
        super().__init__(message)
        self.pending_reason = pending_reason


class RemoteCredentialsRefused(ServerDown):
    """A call found the credentials refused: the server turns `pending` (`pending_reason`)."""

    def __init__(self, message: str, pending_reason: str) -> None:
        super().__init__(message)
        self.pending_reason = pending_reason


@dataclass
class _Remote:
    url: str
    running: bool = False
    reason: str = "the remote server was not started"
    statuses: list[int] = field(default_factory=list)


def _with_query(url: str, query: Mapping[str, str]) -> str:
    if not query:
        return url
    parts = urlsplit(url)
    extra = urlencode(dict(query))
    return urlunsplit(parts._replace(query=f"{parts.query}&{extra}" if parts.query else extra))


def remote_url(config: Mapping[str, Any]) -> str:
    """`config.url`, an absolute http(s) URL (:class:`ServerConfigError` otherwise)."""
    url = config.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ServerConfigError("a remote server needs config.url (its streamable-HTTP endpoint)")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerConfigError("config.url must be an absolute http or https URL")
    return url.strip()


class RemoteRuntime(ServerRuntime):
    """Remote (streamable HTTP) MCP servers, authenticated from their declaration."""

    down_label = "Remote server unavailable"

    def __init__(self, store: Store) -> None:
        self.store = store
        self._remotes: dict[str, _Remote] = {}

    @asynccontextmanager
    async def _client(self, server_id: str, remote: _Remote) -> AsyncIterator[Client]:
        try:
            headers, query = await upstream_request_auth(self.store, server_id)
        except RemoteAuthProblem as exc:
            if exc.reason is None:
                raise ServerConfigError(str(exc)) from None
            raise RemoteCredentialsProblem(str(exc), exc.reason) from None
        remote.statuses.clear()

        async def note(response: httpx2.Response) -> None:
            remote.statuses.append(response.status_code)

        async with (
            httpx2.AsyncClient(
                headers=headers,
                timeout=httpx2.Timeout(CONNECT_TIMEOUT, read=300.0),
                event_hooks={"response": [note]},
            ) as http,
            Client(streamable_http_client(_with_query(remote.url, query), http_client=http)) as c,
        ):
            yield c

    def _refused(self, remote: _Remote) -> int | None:
        return next((s for s in remote.statuses if s in (401, 403)), None)

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        """Connect, list the tools; credentials missing or refused -> `pending` with a reason."""
        url = remote_url(launch.config)
        remote = self._remotes.setdefault(launch.server_id, _Remote(url))
        remote.url, remote.running = url, False
        try:
            async with asyncio.timeout(launch.start_timeout or CONNECT_TIMEOUT):
                async with self._client(launch.server_id, remote) as client:
                    tools = await list_all_tools(client)
        except (ServerConfigError, RemoteCredentialsProblem) as exc:
            remote.reason = str(exc)
            raise
        except Exception as exc:  # the transport raises exception groups and httpx2 errors
            status = self._refused(remote)
            if status is not None:
                remote.reason = (
                    f"the remote server refused the credentials (HTTP {status}); set the right "
                    "secret with servers.authentication(id).set_secret, then start again"
                )
                raise RemoteCredentialsProblem(remote.reason, CREDENTIALS_REJECTED) from None
            remote.reason = f"cannot reach {url}: {describe(exc)}"
            raise ServerStartError(f"Remote server failed to start: {remote.reason}") from None
        remote.running = True
        return tools

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        """List the tools again (:class:`ServerDown` when not started or unreachable)."""
        remote = self._running(server_id)
        try:
            async with self._client(server_id, remote) as client:
                return await list_all_tools(client)
        except Exception as exc:
            raise self._down(remote, exc) from None

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        """Call one tool on the remote server."""
        remote = self._running(server_id)
        try:
            async with asyncio.timeout(timeout):
                async with self._client(server_id, remote) as client:
                    result = await client.call_tool(name, dict(arguments))
        except TimeoutError:
            raise ToolCallTimeout(f"no answer within {timeout:g}s") from None
        except Exception as exc:
            raise self._down(remote, exc) from None
        return outcome(result)

    def _running(self, server_id: str) -> _Remote:
        remote = self._remotes.get(server_id)
        if remote is None or not remote.running:
            raise ServerDown(remote.reason if remote else "the remote server was not started")
        return remote

    def _down(self, remote: _Remote, exc: BaseException) -> ServerDown:
        """The error for a server found unusable (credentials refused: a pending reason)."""
        status = self._refused(remote)
        remote.running = False
        if status is not None:
            remote.reason = (
                f"the remote server refused the credentials (HTTP {status}); set the right "
                "secret with servers.authentication(id).set_secret, then start again"
            )
            return RemoteCredentialsRefused(remote.reason, CREDENTIALS_REJECTED)
        if isinstance(exc, RemoteCredentialsProblem):
            remote.reason = str(exc)
            return RemoteCredentialsRefused(remote.reason, exc.pending_reason)
        if isinstance(exc, ServerConfigError):
            remote.reason = str(exc)
        else:
            remote.reason = f"cannot reach {remote.url}: {describe(exc)}"
        return ServerDown(remote.reason)

    async def stop(self, server_id: str) -> None:
        """Forget the server (there is no connection to close)."""
        remote = self._remotes.get(server_id)
        if remote is not None:
            remote.running = False
            remote.reason = "the remote server was stopped"

    def is_running(self, server_id: str) -> bool:
        """Whether the last start succeeded and no call found it gone since."""
        remote = self._remotes.get(server_id)
        return remote is not None and remote.running

    async def ping(self, server_id: str, timeout: float) -> bool:
        """Whether the remote server lists its tools within `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                await self.list_tools(server_id)
        except (ServerDown, TimeoutError):
            return False
        return True

    def down_reason(self, server_id: str) -> str:
        """Why the remote server is not usable."""
        remote = self._remotes.get(server_id)
        return remote.reason if remote is not None else "the remote server was not started"


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[RemoteRuntime]:
    """App hook: run `remote` servers with a :class:`RemoteRuntime`."""
    remote = RemoteRuntime(gw.store)
    gw.runtimes.register(REMOTE_TYPE, remote)
    try:
        yield remote
    finally:
        gw.runtimes.unregister(REMOTE_TYPE, remote)
