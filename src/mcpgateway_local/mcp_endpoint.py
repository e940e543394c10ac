"""The gateway's aggregated MCP endpoint (``/mcp/gateway``) over streamable HTTP.

Built on the low-level :class:`mcp.server.Server` and its streamable-HTTP session manager; the
tools come from a :class:`McpToolProvider` (names already qualified ``server__tool``). Mount it
with a plain route so ``POST /mcp/gateway`` is served without a redirect, and run its lifespan
from the parent app (Starlette does not run a mounted app's lifespan)::

    endpoint = build_mcp_endpoint(provider)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with endpoint.lifespan():
            yield

    app = Starlette(routes=[*endpoint.routes(), ...], lifespan=lifespan)

``Mount("/mcp/gateway", endpoint.asgi_app)`` also works, but Starlette then answers
``POST /mcp/gateway`` (no trailing slash) with a 307 redirect; ``endpoint.routes()`` avoids it.

Every request must carry ``Authorization: Bearer <key>`` accepted by ``provider.authenticate``
(else 401 ``{"detail": ...}`` before MCP sees it). The scoping session id is read from
``X-MCP-Session-ID``, else ``Mcp-Session-Id``. An ``X-MCP-Session-ID`` that names no usable
session is refused with 404 before MCP sees the request (fail closed, as REST does); an
``Mcp-Session-Id`` alone may be the transport's own id, which the session manager checks.
Host/Origin are checked against loopback names (DNS-rebinding protection; other hosts get 421).
Growth is bounded: idle sessions close after ``session_idle_seconds`` and one key may hold
``sessions_per_key`` open sessions (429 beyond; counted from the endpoint's own traffic by
``mcp_session_ledger.SessionLedger``).

In the gateway app, ``mcp_wiring.runtime`` builds the endpoint over the gateway's one provider,
publishes it as ``gw.mcp_app`` and runs its session manager.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol

from mcp.server import Server
from mcp.server.context import ServerRequestContext
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INVALID_PARAMS,
    CallToolRequestParams,
    CallToolResult,
    ContentBlock,
    ListToolsResult,
    PaginatedRequestParams,
    TextContent,
    Tool,
)
from pydantic import TypeAdapter, ValidationError
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from mcpgateway_local.mcp_session_ledger import SessionLedger
from mcpgateway_local.server_runtime import ServerRuntimeError, ToolOutcome, ToolSpec

__all__ = [
    "DEFAULT_ALLOWED_HOSTS",
    "DEFAULT_ALLOWED_ORIGINS",
    "MCP_GATEWAY_PATH",
    "SESSION_ID_HEADERS",
    "McpEndpoint",
    "McpToolProvider",
    "ToolNotAllowed",
    "ToolNotFound",
    "build_mcp_endpoint",
    "outcome_to_result",
    "session_id_from",
]

logger = logging.getLogger(__name__)

MCP_GATEWAY_PATH = "/mcp/gateway"
SESSION_ID_HEADERS = ("x-mcp-session-id", "mcp-session-id")
"""Headers carrying the scoping session id, in order of precedence."""

DEFAULT_ALLOWED_HOSTS = (
    "127.0.0.1:*",
    "localhost:*",
    "[::1]:*",
    "127.0.0.1",
    "localhost",
    "[::1]",
)
DEFAULT_ALLOWED_ORIGINS = tuple(
    f"{scheme}://{host}" for scheme in ("http", "https") for host in DEFAULT_ALLOWED_HOSTS
)

_CONTENT_TYPES = frozenset({"text", "image", "audio", "resource", "resource_link"})
_CONTENT_BLOCK: TypeAdapter[ContentBlock] = TypeAdapter(ContentBlock)


class ToolNotFound(LookupError):
    """No tool of that name exists (raised by providers)."""


class ToolNotAllowed(Exception):
    """The tool exists but the caller's session may not use it (raised by providers)."""


class McpToolProvider(Protocol):
    """What the endpoint needs from the gateway."""

    def authenticate(self, authorization: str | None) -> bool:
        """Whether the raw ``Authorization`` header value is a valid bearer key."""
        ...

    def session_problem(self, session_id: str) -> str | None:
        """Why an explicit ``X-MCP-Session-ID`` cannot be used (None when it can): fail closed."""
        ...

    async def list_tools(self, session_id: str | None) -> list[ToolSpec]:
        """Tools visible to ``session_id`` (names already qualified ``server__tool``)."""
        ...

    async def call_tool(
        self, session_id: str | None, name: str, arguments: dict[str, Any]
    ) -> ToolOutcome:
        """Call a qualified tool; raise :class:`ToolNotFound` / :class:`ToolNotAllowed`."""
        ...


def session_id_from(request: Request | None) -> str | None:
    """The scoping session id of ``request`` (``X-MCP-Session-ID``, else ``Mcp-Session-Id``)."""
    if request is None:
        return None
    for header in SESSION_ID_HEADERS:
        value = request.headers.get(header)
        if value:
            return value.strip()
    return None


class McpEndpoint:
    """The aggregated MCP endpoint: an ASGI app plus the lifespan that runs its sessions."""

    def __init__(
        self,
        provider: McpToolProvider,
        *,
        path: str = MCP_GATEWAY_PATH,
        allowed_hosts: Sequence[str] = (),
        allowed_origins: Sequence[str] = (),
        json_response: bool = True,
        stateless: bool = False,
        server_name: str = "mcpgateway",
        session_idle_seconds: float | None = 300.0,
        sessions_per_key: int | None = 100,
    ) -> None:
        self.provider = provider
        self.session_idle_seconds = session_idle_seconds
        self.sessions_per_key = sessions_per_key
        self.sessions = SessionLedger(session_idle_seconds)
        """The open sessions of each key (for ``sessions_per_key``)."""
        self.path = path
        self.json_response = json_response
        self.stateless = stateless
        self.security = TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=[*DEFAULT_ALLOWED_HOSTS, *allowed_hosts],
            allowed_origins=[*DEFAULT_ALLOWED_ORIGINS, *allowed_origins],
        )
        self.server: Server[Any] = Server(
            server_name,
            version="1.0",
            instructions=(
                "Tools of all servers running in the local MCP Gateway. "
                "Tool names are qualified as <server>__<tool>."
            ),
            on_list_tools=self._on_list_tools,
            on_call_tool=self._on_call_tool,
        )
        self._manager: StreamableHTTPSessionManager | None = None
        self._asgi = _ASGIEntry(self)

    # -- ASGI ----------------------------------------------------------------------------------

    @property
    def asgi_app(self) -> ASGIApp:
        """The ASGI app to mount (path-agnostic: any path it receives is the endpoint)."""
        return self._asgi

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: auth check, then the MCP session manager."""
        if scope["type"] == "lifespan":
            await self._lifespan_protocol(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = Headers(scope=scope)
        if not self.provider.authenticate(headers.get("authorization")):
            await JSONResponse(
                {"detail": "Invalid or missing API key"},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )(scope, receive, send)
            return
        explicit = headers.get(SESSION_ID_HEADERS[0])
        if explicit is not None:
            problem = self.provider.session_problem(explicit.strip())
            if problem is not None:
                await JSONResponse({"detail": problem}, status_code=404)(scope, receive, send)
                return
        manager = self._manager
        if manager is None:
            await JSONResponse(
                {"detail": "The MCP endpoint is not running (its lifespan was not started)."},
                status_code=503,
            )(scope, receive, send)
            return
        if self.sessions_per_key and not self.stateless:
            session_id = headers.get("mcp-session-id")
            if session_id is not None:
                method = str(scope.get("method", ""))

                async def handle(watched: Send) -> None:
                    await manager.handle_request(scope, receive, watched)

                await self.sessions.serving(session_id, method, send, handle)
                return
            owner = hashlib.sha256(str(headers.get("authorization")).encode()).hexdigest()
            if self.sessions.open_sessions(owner) >= self.sessions_per_key:
                await JSONResponse(
                    {
                        "detail": f"Too many open MCP sessions for this key "
                        f"({self.sessions_per_key}); close one (DELETE with its "
                        "Mcp-Session-Id) or wait until an idle one expires"
                    },
                    status_code=429,
                    headers={"Retry-After": str(int(self.session_idle_seconds or 60))},
                )(scope, receive, send)
                return
            send = self.sessions.opening(send, owner)
        await manager.handle_request(scope, receive, send)

    def routes(self, path: str | None = None) -> list[BaseRoute]:
        """Starlette routes for ``path`` (default ``/mcp/gateway``) with and without a trailing
        slash, so neither form is answered with a 307 redirect."""
        base = (path or self.path).rstrip("/")
        methods = ["GET", "POST", "DELETE"]
        return [
            Route(base, endpoint=self.asgi_app, methods=methods),
            Route(f"{base}/", endpoint=self.asgi_app, methods=methods),
        ]

    @asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        """Run the streamable-HTTP session manager; enter from the parent app's lifespan.

        A fresh session manager is created each time, so the endpoint can be run again
        after a previous lifespan ended (e.g. one test app after another).
        """
        if self._manager is not None:
            raise RuntimeError("the MCP endpoint lifespan is already running")
        manager = StreamableHTTPSessionManager(
            app=self.server,
            json_response=self.json_response,
            stateless=self.stateless,
            security_settings=self.security,
            session_idle_timeout=self.session_idle_seconds,
        )
        async with manager.run():
            self._manager = manager
            try:
                yield
            finally:
                self._manager = None

    async def _lifespan_protocol(self, receive: Receive, send: Send) -> None:
        """Serve ASGI lifespan events when the app is run on its own (e.g. ``uvicorn``)."""
        await receive()  # lifespan.startup
        started = False
        try:
            async with self.lifespan():
                started = True
                await send({"type": "lifespan.startup.complete"})
                await receive()  # lifespan.shutdown
        except Exception as exc:
            if started:
                await send({"type": "lifespan.shutdown.failed", "message": str(exc)})
            else:
                await send({"type": "lifespan.startup.failed", "message": str(exc)})
            return
        await send({"type": "lifespan.shutdown.complete"})

    # -- MCP handlers --------------------------------------------------------------------------

    async def _on_list_tools(
        self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None
    ) -> ListToolsResult:
        specs = await self.provider.list_tools(_session_id(ctx))
        return ListToolsResult(tools=[_tool(spec) for spec in specs])

    async def _on_call_tool(
        self, ctx: ServerRequestContext[Any, Any], params: CallToolRequestParams
    ) -> CallToolResult:
        name = params.name
        try:
            outcome = await self.provider.call_tool(
                _session_id(ctx), name, dict(params.arguments or {})
            )
        except ToolNotFound as exc:
            raise MCPError(
                code=INVALID_PARAMS, message=str(exc) or f"Unknown tool: {name}"
            ) from exc
        except ToolNotAllowed as exc:
            message = str(exc) or f"Tool {name!r} is not available in this session"
            raise MCPError(code=INVALID_PARAMS, message=message) from exc
        except ServerRuntimeError as exc:
            return _error_result(str(exc))
        except MCPError:
            raise
        except Exception:
            logger.exception("MCP gateway tool %r failed", name)
            return _error_result(f"Tool {name!r} failed with an internal error")
        return outcome_to_result(outcome)


class _ASGIEntry:
    """A plain ASGI callable (not a function), so Starlette's ``Route`` passes it raw ASGI."""

    __slots__ = ("_endpoint",)

    def __init__(self, endpoint: McpEndpoint) -> None:
        self._endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._endpoint._handle(scope, receive, send)


def build_mcp_endpoint(
    provider: McpToolProvider,
    *,
    path: str = MCP_GATEWAY_PATH,
    allowed_hosts: Sequence[str] = (),
    allowed_origins: Sequence[str] = (),
    json_response: bool = True,
    stateless: bool = False,
    session_idle_seconds: float | None = 300.0,
    sessions_per_key: int | None = 100,
) -> McpEndpoint:
    """Build the aggregated endpoint for ``provider``.

    ``allowed_hosts`` / ``allowed_origins`` extend the loopback defaults (``"host:*"`` patterns
    allowed). ``json_response`` answers POSTs with JSON instead of an SSE stream; ``stateless``
    stops the legacy (2025) protocol from keeping per-client sessions. Sessions idle for
    ``session_idle_seconds`` are closed; one key may hold ``sessions_per_key`` open sessions
    (a new one beyond that is answered 429).
    """
    return McpEndpoint(
        provider,
        path=path,
        allowed_hosts=allowed_hosts,
        allowed_origins=allowed_origins,
        json_response=json_response,
        stateless=stateless,
        session_idle_seconds=session_idle_seconds,
        sessions_per_key=sessions_per_key,
    )


def outcome_to_result(outcome: ToolOutcome) -> CallToolResult:
    """Convert a :class:`ToolOutcome` back to an MCP tool result."""
    if outcome.is_error:
        return _error_result(outcome.error or "Tool call failed")
    value = outcome.result
    if value is None:
        return CallToolResult(content=[])
    if isinstance(value, str):
        return CallToolResult(content=[TextContent(type="text", text=value)])
    if isinstance(value, list):
        blocks = [_block(item) for item in value]
        if all(block is not None for block in blocks):
            return CallToolResult(content=[block for block in blocks if block is not None])
    text = TextContent(
        type="text", text=json.dumps(value, ensure_ascii=False, indent=2, default=str)
    )
    if isinstance(value, dict):
        return CallToolResult(content=[text], structured_content=value)
    return CallToolResult(content=[text])


def _block(item: Any) -> ContentBlock | None:
    """A content block for a list item (text or a JSON content block), else ``None``."""
    if isinstance(item, str):
        return TextContent(type="text", text=item)
    if isinstance(item, dict) and item.get("type") in _CONTENT_TYPES:
        try:
            return _CONTENT_BLOCK.validate_python(item)
        except ValidationError:
            return None
    return None


def _error_result(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


def _tool(spec: ToolSpec) -> Tool:
    """An MCP ``Tool`` for ``spec`` (an input schema always has ``"type": "object"``)."""
    schema = dict(spec.input_schema) if spec.input_schema else {}
    schema.setdefault("type", "object")
    return Tool(name=spec.name, description=spec.description or None, input_schema=schema)


def _session_id(ctx: ServerRequestContext[Any, Any]) -> str | None:
    request = ctx.request
    return session_id_from(request if isinstance(request, Request) else None)
