"""The gateway's application state, shared by handlers and runtimes (`request.app.state.gw`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from starlette.types import ASGIApp

from .key_policy import RateLimiter
from .settings import Settings
from .spec import Spec
from .store import Store


@dataclass
class GatewayState:
    """Store, settings and the runtime slots.

    Runtime modules (see `app.RUNTIME_MODULES`) fill their slot in their `runtime(gw)` hook and
    refine the `object` placeholder to their own type (or a Protocol) when they land.
    """

    settings: Settings
    spec: Spec
    store: Store
    data_dir: Path
    bootstrap_key_hash: str
    rate_limiter: RateLimiter = field(default_factory=RateLimiter)
    """Per-key request log for `rate_limit_rpm`."""
    mcp: object | None = None
    """MCP server supervisor (mcp_supervisor.py)."""
    mcp_app: ASGIApp | None = None
    """ASGI app answering `/mcp/gateway` and `/mcp/gateway/...`; it gets the unmodified scope,
    so build it with `streamable_http_path="/mcp/gateway"` (mcp_endpoint.py)."""
    sandboxes: object | None = None
    """Sandbox runtime (sandbox_runtime.py)."""
    skills: object | None = None
    """Skill packages (skill_packages.py)."""
    search: object | None = None
    """Tool search index (search.py)."""
    scoping: object | None = None
    """Session / bundle tool scoping (scoping.py)."""
    extras: dict[str, object] = field(default_factory=dict)
    """Anything else a runtime needs to share."""
