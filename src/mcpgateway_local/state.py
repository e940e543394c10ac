"""The gateway's application state, shared by handlers and runtimes (`request.app.state.gw`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .key_policy import RateLimiter
from .server_runtime import RuntimeRegistry
from .settings import Settings
from .spec import Spec
from .store import Store

if TYPE_CHECKING:
    from .mcp_endpoint import McpToolProvider
    from .mcp_supervisor import McpSupervisor
    from .sandbox_runtime import ExecOutcome, SandboxRuntime
    from .search import ToolIndex
    from .toolbox import Toolbox

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]],
    Awaitable[None],
]
"""An ASGI application (as `starlette.types.ASGIApp`, without importing Starlette here)."""


@dataclass
class GatewayState:
    """Store, settings and the typed runtime slots.

    Runtime modules (see `app.RUNTIME_MODULES`) fill their slot in their `runtime(gw)` hook.
    """

    settings: Settings
    spec: Spec
    store: Store
    data_dir: Path
    bootstrap_key_hash: str
    rate_limiter: RateLimiter = field(default_factory=RateLimiter)
    """Per-key request log for `rate_limit_rpm`."""
    runtimes: RuntimeRegistry = field(default_factory=RuntimeRegistry)
    """The runtime of each server type that runs tools (server_runtime.py); runtime modules
    register theirs in their app hook."""
    mcp: McpSupervisor | None = None
    """MCP server supervisor (mcp_supervisor.py; its `ProcessRuntime` is in `runtimes`)."""
    mcp_app: ASGIApp | None = None
    """ASGI app answering `/mcp/gateway` and `/mcp/gateway/...`; it gets the unmodified scope,
    so build it with `streamable_http_path="/mcp/gateway"` (mcp_endpoint.py)."""
    sandboxes: SandboxRuntime | None = None
    """Sandbox runtime (sandbox_runtime.py)."""
    search: ToolIndex | None = None
    """Tool search index (search.py)."""
    toolbox: Toolbox | None = None
    """Servers, tools and execution (toolbox.py; created on first use by `Toolbox.of`)."""
    mcp_provider: McpToolProvider | None = None
    """What the MCP endpoint serves (mcp_wiring.py registers the toolbox-backed one)."""
    exec_tasks: dict[str, set[asyncio.Task[ExecOutcome]]] = field(default_factory=dict)
    """Sandbox commands in flight, by sandbox id (handlers/sandboxes.py)."""
