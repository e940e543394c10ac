"""Runtime hook: the aggregated MCP endpoint (``/mcp/gateway``) and its one provider.

:class:`ToolboxProvider` is the gateway's only ``mcp_endpoint.McpToolProvider``, over the
tool-access service (:class:`~mcpgateway_local.toolbox.Toolbox`, looked up per request): keys
are checked once, with ``auth.authenticate``; it lists the enabled tools of running servers under
their qualified names (local tools, which cannot run here, are left out), filtered by the scope
of the session named in ``X-MCP-Session-ID`` / ``Mcp-Session-Id``, and calls them through the
same ``execute`` as REST. Its ``Execution`` becomes a ``ToolOutcome`` here and an MCP result in
the endpoint (``outcome_to_result``), once each. The services' domain errors are translated for
MCP in one place, :func:`mcp_failure`.

An ``X-MCP-Session-ID`` must name a usable session (the endpoint answers 404 otherwise, as
REST does). ``Mcp-Session-Id`` is also the MCP transport's own session header (which the
session manager validates), so an id there that names no gateway session means "no scoping";
an inactive or expired gateway session allows nothing.

:func:`runtime` (last of ``app.RUNTIME_MODULES``) registers the provider as ``gw.mcp_provider``,
builds the endpoint with the settings' session limits, publishes it as ``gw.mcp_app`` and runs
its lifespan. At shutdown it records every running server as stopped (the runtimes then stop
them).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from .auth import authenticate
from .domain_errors import DomainError, Forbidden, NotFound
from .mcp_endpoint import ToolNotAllowed, ToolNotFound, build_mcp_endpoint
from .mcp_supervisor import McpServerDown
from .server_runtime import ToolOutcome, ToolSpec
from .state import GatewayState
from .tool_values import SessionUnavailable
from .toolbox import Toolbox

__all__ = ["ToolboxProvider", "mcp_failure", "runtime"]

logger = logging.getLogger(__name__)


def mcp_failure(error: DomainError) -> Exception:
    """The MCP answer to a service's domain error (the one place MCP translates them).

    Unknown tools and tools outside the scope are protocol errors the endpoint raises
    (:class:`ToolNotFound`, :class:`ToolNotAllowed`); anything else (a server that is down,
    refused arguments) is a tool error result (:class:`McpServerDown`).
    """
    if isinstance(error, NotFound):
        return ToolNotFound(error.message)
    if isinstance(error, Forbidden):
        return ToolNotAllowed(error.message)
    return McpServerDown(error.message)


class ToolboxProvider:
    """The gateway's MCP tool provider (see the module docstring)."""

    def __init__(self, gw: GatewayState) -> None:
        self.gw = gw

    @property
    def box(self) -> Toolbox:
        """The gateway's toolbox (created on first use)."""
        return Toolbox.of(self.gw)

    def authenticate(self, authorization: str | None) -> bool:
        """Whether the ``Authorization`` header carries a valid key."""
        return authenticate(self.gw, authorization) is not None

    def session_problem(self, session_id: str) -> str | None:
        """Why ``session_id`` (sent as ``X-MCP-Session-ID``) names no usable session, or None."""
        try:
            self.box.scope(session_id, strict=True)
        except SessionUnavailable as exc:
            return exc.message
        return None

    async def list_tools(self, session_id: str | None) -> list[ToolSpec]:
        """Enabled, runnable tools of running servers in the session's scope."""
        scope = self.box.scope(session_id, strict=False)
        return [
            ToolSpec(r.qualified_name, r.description, r.input_schema)
            for r in self.box.visible_tools(scope, include_local=False)
        ]

    async def call_tool(
        self, session_id: str | None, name: str, arguments: dict[str, Any]
    ) -> ToolOutcome:
        """Call a qualified tool; tool failures come back as an error outcome."""
        scope = self.box.scope(session_id, strict=False)
        try:
            execution = await self.box.execute(name, arguments, scope=scope)
        except DomainError as exc:
            raise mcp_failure(exc) from exc
        if execution.error is not None:
            return ToolOutcome(result=None, is_error=True, error=execution.error)
        return ToolOutcome(result=execution.result)


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[ToolboxProvider]:
    """App hook: the provider (``gw.mcp_provider``) and the endpoint serving it (``gw.mcp_app``)."""
    box = Toolbox.of(gw)
    provider = ToolboxProvider(gw)
    endpoint = build_mcp_endpoint(
        provider,
        session_idle_seconds=gw.settings.mcp_session_idle_seconds,
        sessions_per_key=gw.settings.mcp_sessions_per_key,
    )
    gw.mcp_provider = provider
    try:
        async with endpoint.lifespan():
            gw.mcp_app = endpoint.asgi_app
            try:
                yield provider
            finally:
                gw.mcp_app = None
    finally:
        if gw.mcp_provider is provider:
            gw.mcp_provider = None
        try:
            box.mark_all_stopped()
        except Exception:  # the store may already be unusable; statuses are reset at load
            logger.exception("could not record servers as stopped at shutdown")
