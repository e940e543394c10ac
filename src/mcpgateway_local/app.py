"""The Starlette application: health, the spec, `/api/v1` through the dispatcher, `/mcp/gateway`.

Runtime hook: each module of `RUNTIME_MODULES` that exists and defines
`runtime(gw: GatewayState) -> AbstractAsyncContextManager[object]` (e.g. an
`@asynccontextmanager`) is entered at startup in that order, after the store is open, and exited
in reverse order at shutdown (stop children there). It fills its slot of `GatewayState`; the MCP
endpoint sets `gw.mcp_app` and runs its session manager inside its `runtime`.
"""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import cast

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from . import __version__
from .auth import AuthMiddleware, hash_api_key
from .capabilities import CAPABILITIES
from .dispatch import ApiDispatcher
from .errors import error_response
from .handlers import HandlerRegistry, load_handlers
from .settings import Settings
from .spec import Spec, load_spec
from .state import GatewayState
from .store import Store

logger = logging.getLogger("mcpgateway_local")

RuntimeFactory = Callable[[GatewayState], AbstractAsyncContextManager[object]]
RUNTIME_MODULES: tuple[str, ...] = (
    "mcpgateway_local.mcp_supervisor",
    "mcpgateway_local.remote_runtime",
    "mcpgateway_local.script_runtime",
    "mcpgateway_local.sandbox_runtime",
    "mcpgateway_local.skill_packages",
    "mcpgateway_local.search",
    "mcpgateway_local.scoping",
    "mcpgateway_local.mcp_endpoint",
    "mcpgateway_local.mcp_wiring",
    "mcpgateway_local.discovery_refresher",
    "mcpgateway_local.generated_runtime",
    "mcpgateway_local.generation_jobs",
)
MCP_PATH = "/mcp/gateway"


def discover_runtimes(modules: Sequence[str] = RUNTIME_MODULES) -> list[RuntimeFactory]:
    """The `runtime` hooks of the runtime modules present (missing modules are skipped)."""
    factories: list[RuntimeFactory] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        hook = getattr(module, "runtime", None)
        if hook is not None:
            factories.append(cast(RuntimeFactory, hook))
    return factories


def create_app(
    settings: Settings,
    *,
    spec: Spec | None = None,
    registry: HandlerRegistry | None = None,
    runtimes: Sequence[RuntimeFactory] | None = None,
) -> Starlette:
    """Build the app; `spec`, `registry`, `runtimes` default to the packaged ones (tests override)."""
    if not settings.api_key:
        raise ValueError("Settings.api_key (the bootstrap admin key) is required")
    spec = spec if spec is not None else load_spec(settings.spec_path)
    registry = registry if registry is not None else load_handlers()
    factories = discover_runtimes() if runtimes is None else list(runtimes)
    dispatcher = ApiDispatcher(spec, registry)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            data_dir = settings.data_dir
            if data_dir is None:
                temp = tempfile.TemporaryDirectory(prefix="mcpgateway-local-")
                data_dir = Path(stack.enter_context(temp))
            store = Store.open(data_dir)
            stack.callback(store.close)
            gw = GatewayState(settings, spec, store, data_dir, hash_api_key(settings.api_key))
            app.state.gw = gw
            for factory in factories:
                await stack.enter_async_context(factory(gw))
            yield
            logger.info("shutting down")

    async def openapi(_: Request) -> Response:
        return Response(spec.source, media_type="application/json")

    app = Starlette(
        routes=[
            Route("/health", health, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
            Route(MCP_PATH, McpMount()),
            Route(MCP_PATH + "/{rest:path}", McpMount()),
            ApiMount("/api/v1", app=dispatcher),
        ],
        middleware=[Middleware(AuthMiddleware)],
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    return app


async def health(_: Request) -> Response:
    """`GET /health`: liveness, the version (= the SDK's, so its version check passes) and the
    optional features this gateway honours (`capabilities.py`)."""
    return JSONResponse(
        {"status": "healthy", "version": __version__, "capabilities": list(CAPABILITIES)}
    )


class ApiMount(Mount):
    """A `Mount` whose pattern also matches decoded newlines (a key or file name with `%0A`).

    Starlette's `{path:path}` pattern is `.*` without DOTALL, so such paths missed the mount
    and got a bare 404 before the dispatcher could route them.
    """

    def __init__(self, path: str, app: ASGIApp) -> None:
        super().__init__(path, app=app)
        self.path_regex = re.compile(self.path_regex.pattern, re.DOTALL)


class McpMount:
    """Forwards `/mcp/gateway[/...]` (scope unchanged) to `gw.mcp_app`, or 404 while there is none."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gw = cast(GatewayState, scope["app"].state.gw)
        if gw.mcp_app is None:
            await error_response(404, "MCP endpoint not available")(scope, receive, send)
            return
        await gw.mcp_app(scope, receive, send)


async def _http_error(_: Request, exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        return error_response(exc.status_code, exc.detail, exc.headers)
    return await _internal_error(_, exc)


async def _internal_error(_: Request, exc: Exception) -> Response:
    """500 body; Starlette then re-raises, and the server logs the traceback."""
    return error_response(500, "Internal error")
