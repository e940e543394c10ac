"""The access side of the tools service: session scopes, bundles, search, resolution, execution.

:class:`ToolAccess` is the part of :class:`~mcpgateway_local.toolbox.Toolbox` that REST and the
MCP endpoint both call to find and run a tool (one ``execute``); the toolbox provides the
servers, the tool records and the index it reads. No Starlette; errors are domain errors.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .domain_errors import Invalid, missing
from .json_limits import JsonRefused, check_json_value
from .kinds import BUNDLE, BUNDLE_TOOL, SERVER, SESSION
from .records import canonical_uuid
from .scoping import SEPARATOR, ToolScope
from .server_runtime import ServerDown, ToolCallTimeout
from .session_rules import record_session_access, session_usable
from .store import Document
from .tool_values import (
    Execution,
    ServerNotRunning,
    SessionUnavailable,
    ToolForbidden,
    ToolNotInBundle,
    ToolRecord,
    ToolUnavailable,
)

if TYPE_CHECKING:
    from .search import ToolIndex
    from .server_runtime import ServerRuntime
    from .state import GatewayState
    from .store import Store

__all__ = ["DEFAULT_CALL_TIMEOUT", "LOCAL_TOOL_ERROR", "ToolAccess"]

DEFAULT_CALL_TIMEOUT = 60.0
"""Seconds a tool call may take when its server sets no `tool_timeout`."""
LOCAL_TOOL_ERROR = (
    "Tool {name} is a local tool: local tools are defined through the API and have no runtime "
    "in the local gateway, so it cannot be executed here (run it in the client that defined it)."
)
"""The error of executing a local tool (`{name}`: its qualified name)."""


class ToolAccess:
    """Finding, checking and running tools; mixed into :class:`~mcpgateway_local.toolbox.Toolbox`."""

    if TYPE_CHECKING:  # provided by Toolbox
        gw: GatewayState
        store: Store
        index: ToolIndex
        _tools: dict[str, ToolRecord]
        _names: dict[str, dict[str, str]]

        def runtime_for(self, server: Mapping[str, Any]) -> ServerRuntime | None: ...

        def available(self, server: Mapping[str, Any]) -> bool: ...

        def observe(self, server: Document) -> Document: ...

        def find_server_by_name(self, name: str) -> Document | None: ...

        def _set_status(
            self,
            server_id: str,
            status: str,
            error: str | None = None,
            *,
            clear_error: bool = False,
        ) -> Document | None: ...

    # -- sessions ----------------------------------------------------------------------------

    def scope(self, session_id: str | None, *, strict: bool = True) -> ToolScope | None:
        """The tool scope of a session id (None = unrestricted).

        ``strict``: an unknown or inactive id raises :class:`SessionUnavailable` (REST). Not
        strict (MCP, where ``Mcp-Session-Id`` may be the transport's own id): an unknown id is
        unrestricted and an inactive session allows nothing.
        """
        if not session_id:
            return None
        canonical = canonical_uuid(session_id)
        doc = self.store.get(SESSION, canonical) if canonical else None
        if doc is None:
            if strict:
                raise SessionUnavailable(session_id)
            return None
        if not session_usable(doc):
            if strict:
                raise SessionUnavailable(session_id)
            return ToolScope([], None)
        record_session_access(self.gw, str(canonical))  # using a session keeps it alive
        allowed = doc.get("allowed_tool_names")
        denied = doc.get("denied_tool_names")
        return ToolScope(
            list(allowed) if isinstance(allowed, list) else None,
            list(denied) if isinstance(denied, list) else None,
        )

    def bundle_tool_ids(
        self, bundle_id: str | None, agent_id: str | None = None
    ) -> frozenset[str] | None:
        """Ids of the enabled tools of the bundle named by id or agent (None: no bundle named).

        404 when the bundle does not exist; 422 when both name different bundles.
        """
        if bundle_id is None and agent_id is None:
            return None
        bundle: Document | None = None
        if bundle_id is not None:
            canonical = canonical_uuid(bundle_id)
            bundle = self.store.get(BUNDLE, canonical) if canonical else None
            if bundle is None:
                raise missing("Bundle")
        if agent_id is not None:
            by_agent = next(
                (b for b in self.store.list(BUNDLE) if b.get("agent_id") == agent_id), None
            )
            if by_agent is None:
                raise missing("Bundle")
            if bundle is not None and bundle["id"] != by_agent["id"]:
                raise Invalid(["body", "agent_id"], "bundle_id and agent_id name different bundles")
            bundle = by_agent
        assert bundle is not None
        bundle_key = bundle["id"]
        return frozenset(
            str(row.get("tool_id"))
            for row in self.store.list(BUNDLE_TOOL, lambda d: d.get("bundle_id") == bundle_key)
            if row.get("enabled", True)
        )

    # -- search ------------------------------------------------------------------------------

    def _available_ids(self) -> set[str]:
        return {str(s["id"]) for s in self.store.list(SERVER) if self.available(s)}

    def search(
        self,
        query: str,
        limit: int,
        *,
        server_ids: Iterable[str] | None = None,
        scope: ToolScope | None = None,
        tool_ids: frozenset[str] | None = None,
    ) -> list[tuple[ToolRecord, float]]:
        """Best matches among enabled tools of available servers (scores in [0, 1])."""
        servers = self._available_ids()
        if server_ids is not None:
            servers &= {c for c in (canonical_uuid(s) for s in server_ids) if c}
        if not servers:
            return []
        tools = self._tools

        def allowed(key: str) -> bool:
            record = tools.get(key)
            return (
                record is not None
                and record.enabled
                and record.server_id in servers
                and (tool_ids is None or record.id in tool_ids)
                and (scope is None or scope.permits_tool(record.server_name, record.name))
            )

        hits = self.index.search(query, limit, allowed=allowed)
        return [(tools[key], max(0.0, min(1.0, score))) for key, score in hits]

    def visible_tools(self, scope: ToolScope | None, *, include_local: bool) -> list[ToolRecord]:
        """Enabled tools of available servers in scope, by server then creation order."""
        servers = self._available_ids()
        return [
            r
            for r in self._tools.values()
            if r.enabled
            and r.server_id in servers
            and (include_local or not r.local)
            and (scope is None or scope.permits_tool(r.server_name, r.name))
        ]

    # -- resolution and execution ------------------------------------------------------------

    def _tool_on(self, server: Mapping[str, Any], name: str) -> ToolRecord | None:
        tool_id = self._names.get(str(server["id"]), {}).get(name)
        return self._tools.get(tool_id) if tool_id else None

    def resolve(
        self,
        tool_name: str,
        *,
        server_id: str | None = None,
        server_name: str | None = None,
    ) -> tuple[Document, ToolRecord]:
        """Find the tool per the selector rules (CONTRACT §1.8).

        A qualified ``server__tool`` alone; a bare name with ``server_id`` or ``server_name``
        (both may be sent; they must name the same server); a qualified name with a selector
        for the same server. A bare name alone is accepted when exactly one available server
        has an enabled tool of that name. 404 when nothing matches, 422 when the selectors
        disagree or a bare name is ambiguous.
        """
        selected: Document | None = None
        if server_id is not None:
            canonical = canonical_uuid(server_id)
            selected = self.store.get(SERVER, canonical) if canonical else None
            if selected is None:
                raise ToolUnavailable(f"Server {server_id} not found")
        if server_name is not None:
            named = self.find_server_by_name(server_name)
            if named is None:
                raise ToolUnavailable(f"Server '{server_name}' not found")
            if selected is not None and selected["id"] != named["id"]:
                raise Invalid(
                    ["body", "server_name"],
                    f"server_id and server_name name different servers "
                    f"('{selected['name']}' and '{named['name']}')",
                )
            selected = named
        if selected is not None:
            prefix = f"{selected['name']}{SEPARATOR}"
            candidates = [tool_name]
            if tool_name.casefold().startswith(prefix.casefold()):
                candidates.insert(0, tool_name[len(prefix) :])
            for candidate in candidates:
                record = self._tool_on(selected, candidate)
                if record is not None:
                    return self.observe(selected), record
            raise ToolUnavailable(f"Tool '{tool_name}' not found on server '{selected['name']}'")
        server_part, sep, bare = tool_name.partition(SEPARATOR)
        if sep and server_part and bare:
            server = self.find_server_by_name(server_part)
            if server is not None:
                record = self._tool_on(server, bare)
                if record is not None:
                    return self.observe(server), record
                raise ToolUnavailable(f"Tool '{bare}' not found on server '{server['name']}'")
        same_name = [r for r in self._tools.values() if r.name == tool_name and r.enabled]
        available = self._available_ids() if same_name else set()
        matches = [r for r in same_name if r.server_id in available]
        if len(matches) == 1:
            server = self.store.get(SERVER, matches[0].server_id)
            if server is not None:
                return self.observe(server), matches[0]
        if len(matches) > 1:
            names = sorted(m.qualified_name for m in matches)
            raise Invalid(
                ["body", "tool_name"],
                f"Tool name '{tool_name}' is ambiguous ({', '.join(names)}); use the "
                "qualified name or give server_id / server_name",
            )
        raise ToolUnavailable(
            f"Tool '{tool_name}' not found (use the qualified name <server>__<tool>, or give "
            "server_id / server_name)"
        )

    def check_callable(
        self,
        server: Mapping[str, Any],
        record: ToolRecord,
        scope: ToolScope | None,
        tool_ids: frozenset[str] | None = None,
    ) -> None:
        """403 outside the scope or bundle, 404 when disabled, 409 when the server is down."""
        if scope is not None and not scope.permits_tool(record.server_name, record.name):
            raise ToolForbidden(record.qualified_name)
        if tool_ids is not None and record.id not in tool_ids:
            raise ToolNotInBundle(record.qualified_name)
        if not record.enabled:
            raise ToolUnavailable(f"Tool {record.qualified_name} is disabled")
        if not record.local and not self.available(server):
            raise ServerNotRunning(
                str(server["name"]), str(server.get("status")), server.get("last_error")
            )

    async def call(
        self,
        server: Mapping[str, Any],
        record: ToolRecord,
        arguments: Mapping[str, Any],
        timeout: float | None = None,
    ) -> Execution:
        """Run the tool on its server; tool failures come back in ``error``.

        Raises :class:`ServerNotRunning` when the server is down (its status turns `error`).
        """
        began = time.perf_counter()

        def done(result: Any, error: str | None) -> Execution:
            return Execution(
                server_id=record.server_id,
                tool_name=record.name,
                qualified_name=record.qualified_name,
                result=result if error is None else None,
                error=error,
                duration_ms=round((time.perf_counter() - began) * 1000),
            )

        if record.local:
            return done(None, LOCAL_TOOL_ERROR.format(name=record.qualified_name))
        try:
            check_json_value(arguments)
        except JsonRefused as refused:
            raise Invalid(["body", "arguments"], refused.reason) from None
        runtime = self.runtime_for(server)
        if runtime is None:
            raise ServerNotRunning(
                record.server_name,
                "stopped",
                f"no runtime runs servers of type '{server.get('type')}'",
            )
        config = server.get("config") or {}
        if timeout is None:
            configured = config.get("tool_timeout")
            timeout = (
                float(configured)
                if isinstance(configured, int | float) and configured > 0
                else DEFAULT_CALL_TIMEOUT
            )
        try:
            outcome = await runtime.call_tool(
                record.server_id, record.original_name, dict(arguments), timeout
            )
        except ToolCallTimeout:
            return done(None, f"Tool {record.qualified_name} did not answer within {timeout:g}s")
        except ServerDown as exc:
            if not runtime.restarting(record.server_id):
                self._set_status(record.server_id, "error", f"{runtime.down_label}: {exc}")
            raise ServerNotRunning(record.server_name, "error", str(exc)) from exc
        if outcome.is_error:
            return done(None, outcome.error or "Tool call failed")
        return done(outcome.result, None)

    async def execute(
        self,
        tool_name: str,
        arguments: Mapping[str, Any],
        *,
        server_id: str | None = None,
        server_name: str | None = None,
        scope: ToolScope | None = None,
        tool_ids: frozenset[str] | None = None,
    ) -> Execution:
        """Resolve, check and call (the REST `execute_tool`)."""
        server, record = self.resolve(tool_name, server_id=server_id, server_name=server_name)
        self.check_callable(server, record, scope, tool_ids)
        return await self.call(server, record, arguments)
