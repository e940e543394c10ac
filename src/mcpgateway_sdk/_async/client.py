"""`MCPGateway`: the async client. Its sync twin `MCPGatewaySync` is generated from this file."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._config import ClientConfig, resolve_config
from .._logging import configure_from_env, logger
from .._options import RequestOptions
from .._version_check import warn_on_version_mismatch
from ..mcp_session import build_mcp_headers, open_mcp_session
from ._http import AsyncHTTPCore

if TYPE_CHECKING:
    from mcp import Client as MCPClient

    from ._views import AsyncRawClient, AsyncStreamingClient
    from .resources.auth import AsyncAuth
    from .resources.bundles import AsyncBundles
    from .resources.cache import AsyncCache
    from .resources.connections import AsyncConnections
    from .resources.generation import AsyncGeneration
    from .resources.oauth_apps import AsyncOAuthApps, AsyncOAuthTemplates
    from .resources.sandboxes import AsyncSandboxes
    from .resources.servers import AsyncServers
    from .resources.sessions import AsyncSessions
    from .resources.skills import AsyncSkills
    from .resources.tools import AsyncTools

__all__ = ["MCPGateway"]


class MCPGateway:
    """Async client for MCP Gateway.

    Configuration comes from the arguments, else `MCPGATEWAY_TOKEN` / `MCPGATEWAY_URL`, else
    defaults (`http://localhost:8000`, 30 s timeout, 2 retries); `MCPGateway(key, url, 60)` sets
    the timeout, as in the published SDKs. Use it as `async with` (which also checks the gateway's
    version) or call `aclose()` when done. One client holds one connection pool, opened on the
    first request: create the client once and share it.
    """

    def __init__(
        self,
        api_key: str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        *,
        max_retries: int | None = None,
        check_version: bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        configure_from_env()
        config = resolve_config(
            api_key=api_key,
            url=url,
            timeout=timeout,
            max_retries=max_retries,
            check_version=check_version,
        )
        self._core = AsyncHTTPCore(config, http_client)

    @classmethod
    def _from_core(cls, core: AsyncHTTPCore) -> MCPGateway:
        client = cls.__new__(cls)
        client._core = core
        return client

    @property
    def config(self) -> ClientConfig:
        """The resolved settings (the key is hidden in its repr)."""
        return self._core.config

    @property
    def url(self) -> str:
        """The gateway's base URL, without a trailing slash."""
        return self._core.config.base_url

    @property
    def mcp_url(self) -> str:
        """The aggregated MCP endpoint (`{url}/mcp/gateway`) for MCP clients."""
        return self._core.config.mcp_url

    @property
    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate an MCP connection with this client's key."""
        return self._core.config.auth_headers

    @property
    def connection_data(self) -> dict[str, Any]:
        """`MCPGATEWAY_CONNECTION_DATA` as a dict (read once, at construction; `{}` if unusable)."""
        return dict(self._core.config.connection_data)

    def mcp_headers(self, session_id: object | None = None) -> dict[str, str]:
        """Headers for your own MCP transport on `mcp_url`: the key, plus `X-MCP-Session-ID`
        when `session_id` is given (the gateway then lists and runs only that session's tools)."""
        return build_mcp_headers(self.auth_headers, session_id)

    def mcp_session(
        self, session_id: object | None = None
    ) -> AbstractAsyncContextManager[MCPClient]:
        """An async context manager yielding a connected, initialised official `mcp.Client` on
        `mcp_url` (tools, resources, prompts), scoped to `session_id` when given.

        Needs the `[mcp]` extra (else `MCPExtraMissingError`). It opens its own MCP connection, so
        it works the same on both clients: from synchronous code, enter it inside a coroutine run
        by `asyncio.run`.
        """
        timeout = self._core.config.timeout.read or 30.0
        return open_mcp_session(self.mcp_url, self.mcp_headers(session_id), timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        api_key: str | None = None,
        url: str | None = None,
    ) -> MCPGateway:
        """A client with other settings that shares this one's connection pool.

        Arguments left out keep this client's values; `default_headers` are added to (and win
        over) this client's. Closing the new client does not close the shared pool.
        """
        config = self._core.config.with_changes(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            api_key=api_key,
            url=url,
        )
        return type(self)._from_core(self._core.derive(config))

    @cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """Every method, returning a `RawResponse`: `await gw.with_raw_response.servers.get(id)`.

        It has `status_code`, `headers`, `http_request`, `elapsed`, `content` and `parse()` (the
        result the plain call returns, typed as that call's result).
        """
        from ._views import AsyncRawClient

        return AsyncRawClient(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStreamingClient:
        """The downloads as context managers over a streamed response, for large files.

        `async with gw.with_streaming_response.sandboxes.download(sid, path) as response:` then
        `async for chunk in response.aiter_bytes()` or `await response.write_to_file(dest)`.
        """
        from ._views import AsyncStreamingClient

        return AsyncStreamingClient(self)

    @cached_property
    def servers(self) -> AsyncServers:
        """MCP servers: CRUD, lifecycle, tools, credentials and the server catalog."""
        from .resources.servers import AsyncServers

        return AsyncServers(self._core)

    @cached_property
    def tools(self) -> AsyncTools:
        """Tool search and execution across servers."""
        from .resources.tools import AsyncTools

        return AsyncTools(self._core)

    @cached_property
    def skills(self) -> AsyncSkills:
        """Skills: create, upload, templates, catalog, attach/detach."""
        from .resources.skills import AsyncSkills

        return AsyncSkills(self._core)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """Sessions with per-session tool scoping."""
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self._core)

    @cached_property
    def sandboxes(self) -> AsyncSandboxes:
        """Sandboxes: exec, files, lifecycle, images."""
        from .resources.sandboxes import AsyncSandboxes

        return AsyncSandboxes(self._core)

    @cached_property
    def auth(self) -> AsyncAuth:
        """API keys of the calling user."""
        from .resources.auth import AsyncAuth

        return AsyncAuth(self._core)

    @cached_property
    def cache(self) -> AsyncCache:
        """Key/value cache with TTL."""
        from .resources.cache import AsyncCache

        return AsyncCache(self._core)

    @cached_property
    def bundles(self) -> AsyncBundles:
        """Bundles: curated tool sets."""
        from .resources.bundles import AsyncBundles

        return AsyncBundles(self._core)

    @cached_property
    def connections(self) -> AsyncConnections:
        """Per-user connections (credentials) to servers."""
        from .resources.connections import AsyncConnections

        return AsyncConnections(self._core)

    @cached_property
    def oauth_apps(self) -> AsyncOAuthApps:
        """OAuth apps (clients registered with providers) and `probe_auth`."""
        from .resources.oauth_apps import AsyncOAuthApps

        return AsyncOAuthApps(self._core)

    @cached_property
    def oauth_templates(self) -> AsyncOAuthTemplates:
        """OAuth provider templates."""
        from .resources.oauth_apps import AsyncOAuthTemplates

        return AsyncOAuthTemplates(self._core)

    @cached_property
    def generation(self) -> AsyncGeneration:
        """Generation jobs: servers made from an API description (start, review, approve)."""
        from .resources.generation import AsyncGeneration

        return AsyncGeneration(self._core)

    async def health(self, **options: Unpack[RequestOptions]) -> dict[str, Any]:
        """The gateway's `/health` body (`status`, `version`, ...); not retried unless asked."""
        from .._generated.api.health import get_health

        data = await self._core.request_json(
            get_health._get_kwargs(), {"max_retries": 0, **options}
        )
        return data if isinstance(data, dict) else {"status": str(data)}

    async def check_version(self) -> None:
        """Warn (`UserWarning`) if the gateway's major.minor version differs from the SDK's.

        Never raises: an unreachable gateway or an odd `/health` body only logs at DEBUG.
        """
        from .._generated.api.health import get_health

        try:
            data = await self._core.request_json(get_health._get_kwargs(), {"max_retries": 0})
        except Exception as exc:  # the check must never break the caller
            logger.debug("version check skipped: %s", type(exc).__name__)
            return
        warn_on_version_mismatch(data)

    async def aclose(self) -> None:
        """Close the connection pool (not a pool passed in as `http_client`)."""
        await self._core.aclose()

    close = aclose  # `await gw.close()`: the name both published SDKs use

    async def __aenter__(self) -> MCPGateway:
        if self._core.config.check_version:
            await self.check_version()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, api_key=<{'set' if self.config.api_key else 'unset'}>)"
