"""The lifecycle side of the toolbox: start, stop, health, sync and delete servers.

:class:`ServerLifecycle` is the part of :class:`~mcpgateway_local.toolbox.Toolbox` that runs
servers through the :class:`~mcpgateway_local.server_runtime.ServerRuntime` of their type
(``gw.runtimes``) and keeps their ``status`` in step with it:

* ``stopped`` -> ``pending`` (while starting) -> ``running`` | ``error`` (``last_error`` says
  why). A runtime that restarts a server on its own reports it (``pending`` while it waits,
  ``running`` again with ``last_error`` telling what happened, ``error`` after the last attempt).
* ``local`` servers have no runtime: starting one marks it ``running`` (its tools become
  searchable); servers of a type without a runtime cannot be started.

No Starlette; errors are domain errors.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .kinds import CREDENTIAL, OAUTH_CONFIG, SERVER, TOOL
from .records import now_iso
from .server_runtime import (
    Credential,
    RuntimeEvent,
    ServerConfigError,
    ServerDown,
    ServerLaunch,
    ServerRuntime,
    ServerStartError,
    ToolSpec,
)
from .tool_values import HealthReport, ServerNotRunning, SyncReport, enriched_error

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .state import GatewayState
    from .store import Document, Store
    from .tool_values import ToolRecord

__all__ = ["PING_TIMEOUT", "ServerLifecycle"]

logger = logging.getLogger("mcpgateway_local.toolbox")

PING_TIMEOUT = 5.0
"""Seconds a health check waits for a server's answer."""
LOCAL_TYPE = "local"


class ServerLifecycle:
    """Running servers through their runtimes; mixed into the toolbox."""

    if TYPE_CHECKING:  # provided by Toolbox
        gw: GatewayState
        store: Store
        _tools: dict[str, ToolRecord]
        _names: dict[str, dict[str, str]]
        _locks: dict[str, asyncio.Lock]

        def lock(self, server_id: str) -> asyncio.Lock: ...

        def server(self, server_id: str) -> Document: ...

        def stored_server(self, server_id: str) -> Document: ...

        def save_server(self, server: Document) -> Document: ...

        def apply_sync(self, server_id: str, specs: Sequence[ToolSpec]) -> SyncReport: ...

        def _uncache(self, tool_id: str) -> None: ...

        def _local_report(self, server_id: str) -> SyncReport: ...

    # -- runtimes ----------------------------------------------------------------------------

    @staticmethod
    def is_local(server: Mapping[str, Any]) -> bool:
        """A `local` server (no runtime; hand-defined tools)."""
        return server.get("type") == LOCAL_TYPE

    def runtime_for(self, server: Mapping[str, Any]) -> ServerRuntime | None:
        """The runtime of the server's type (None for `local` and types nobody runs)."""
        return None if self.is_local(server) else self.gw.runtimes.get(server.get("type"))

    def register_runtime(self, server_type: str, runtime: ServerRuntime) -> None:
        """Run servers of ``server_type`` with ``runtime`` (as ``gw.runtimes.register``)."""
        self.gw.runtimes.register(server_type, runtime)

    def _on_runtime_event(
        self, server_id: str, event: RuntimeEvent, reason: str | None, tools: list[ToolSpec]
    ) -> None:
        """Mirror a runtime's own restarts in the server's `status` / `last_error`."""
        server = self.store.get(SERVER, server_id)
        if server is None:
            return
        runtime = self.runtime_for(server)
        label = runtime.down_label if runtime is not None else "Server went down"
        if event == "restarting":
            self._set_status(server_id, "pending", f"{label}: {reason}")
        elif event == "running":
            self.apply_sync(server_id, tools)
            self._set_status(server_id, "running", f"{label}; {reason}")
        elif event == "failed":
            self._set_status(server_id, "error", f"{label}: {reason}")

    def restarting(self, server_id: str) -> bool:
        """Whether the server's runtime is bringing it back on its own."""
        server = self.store.get(SERVER, server_id)
        runtime = self.runtime_for(server) if server is not None else None
        return runtime is not None and runtime.restarting(server_id)

    def available(self, server: Mapping[str, Any]) -> bool:
        """Whether the server's tools can be used now (running runtime, or running local)."""
        if self.is_local(server):
            return server.get("status") == "running"
        runtime = self.runtime_for(server)
        return runtime is not None and runtime.is_running(str(server["id"]))

    def _down_message(self, server: Mapping[str, Any]) -> str:
        runtime = self.runtime_for(server)
        if runtime is None:
            return f"Server is not running: no runtime runs servers of type '{server.get('type')}'"
        return f"{runtime.down_label}: {runtime.down_reason(str(server['id']))}"

    def observe(self, server: Document) -> Document:
        """Mark a `running` server whose runtime lost it as `error` (and store that)."""
        if (
            not self.is_local(server)
            and server.get("status") == "running"
            and not self.available(server)
        ):
            server["status"] = "error"
            server["last_error"] = self._down_message(server)
            server["updated_at"] = now_iso()
            self.store.update(SERVER, server["id"], server)
        return server

    def _set_status(
        self, server_id: str, status: str, error: str | None = None, *, clear_error: bool = False
    ) -> Document | None:
        doc = self.store.get(SERVER, server_id)
        if doc is None:
            return None
        doc["status"] = status
        if error is not None:
            doc["last_error"] = error
            doc["enriched_error"] = enriched_error(error)
        elif clear_error:
            doc["last_error"] = None
            doc["enriched_error"] = None
        return self.save_server(doc)

    def _report(self, server: Mapping[str, Any], previous: str, message: str) -> HealthReport:
        return HealthReport(
            server_id=str(server["id"]),
            server_name=str(server["name"]),
            previous_status=previous,
            current_status=str(server.get("status") or "unknown"),
            message=message,
            checked_at=now_iso(),
        )

    def _launch(self, server: Mapping[str, Any]) -> ServerLaunch:
        """What the runtime needs to start the server (its credentials included)."""
        config = server.get("config") or {}
        timeout = config.get("start_timeout")
        limit = None
        if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0:
            limit = float(timeout)
        credentials = tuple(
            Credential(str(c.get("name", "")), str(c.get("_value", "")), str(c.get("prefix") or ""))
            for c in self.store.list(CREDENTIAL, lambda d: d.get("server_id") == server["id"])
        )
        return ServerLaunch(
            server_id=str(server["id"]),
            name=str(server["name"]),
            type=str(server.get("type")),
            config=config,
            credentials=credentials,
            start_timeout=limit,
        )

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, server_id: str) -> HealthReport:
        """Start the server (no-op when running) and sync its tools."""
        async with self.lock(server_id):
            server = self.stored_server(server_id)
            sid = str(server["id"])
            previous = str(server.get("status") or "unknown")
            if self.available(server):
                return self._report(server, previous, "Server is already running")
            if self.is_local(server):
                doc = self._set_status(sid, "running", clear_error=True) or server
                return self._report(
                    doc, previous, "Local server marked running (it has no process to start)"
                )
            runtime = self.runtime_for(server)
            if runtime is None:
                runs = ", ".join([*self.gw.runtimes.types(), LOCAL_TYPE])
                message = (
                    f"Server cannot be started: servers of type '{server.get('type')}' cannot be "
                    f"started by the local gateway (it runs {runs} servers)"
                )
                doc = self._set_status(sid, "error", message) or server
                return self._report(doc, previous, message)
            self._set_status(sid, "pending")
            try:
                specs = await runtime.start(self._launch(server))
            except ServerConfigError as exc:
                message = f"Server cannot be started: {exc}"
                doc = self._set_status(sid, "error", message) or server
                return self._report(doc, previous, message)
            except ServerStartError as exc:
                doc = self._set_status(sid, "error", str(exc)) or server
                return self._report(doc, previous, f"Server failed to start: {exc}")
            except Exception as exc:
                logger.exception("starting server %s failed", sid)
                message = f"Server failed to start: {type(exc).__name__}: {exc}"
                doc = self._set_status(sid, "error", message) or server
                return self._report(doc, previous, message)
            except BaseException:
                self._set_status(sid, "stopped")
                raise
            report = self.apply_sync(sid, specs)
            doc = self._set_status(sid, "running", clear_error=True) or server
            return self._report(doc, previous, f"Server started with {report.total_tools} tools")

    async def stop(self, server_id: str) -> HealthReport:
        """Stop the server (its tools stay registered)."""
        async with self.lock(server_id):
            server = self.stored_server(server_id)
            sid = str(server["id"])
            previous = str(server.get("status") or "unknown")
            runtime = self.runtime_for(server)
            if runtime is not None:
                await runtime.stop(sid)
            doc = self._set_status(sid, "stopped") or server
            message = (
                "Server stopped" if previous in ("running", "pending") else "Server was not running"
            )
            return self._report(doc, previous, message)

    async def health(self, server_id: str) -> HealthReport:
        """Check whether the server answers; a lost server turns the status to `error`."""
        server = self.stored_server(server_id)
        sid = str(server["id"])
        previous = str(server.get("status") or "unknown")
        if self.is_local(server):
            message = (
                "Local server: no process; its tools are served from their definitions"
                if previous == "running"
                else "Local server is stopped"
            )
            return self._report(server, previous, message)
        runtime = self.runtime_for(server)
        if runtime is None and previous not in ("running", "pending"):
            return self._report(
                server, previous, f"Servers of type '{server.get('type')}' are not run locally"
            )
        if previous == "pending" and self.lock(sid).locked():
            return self._report(server, previous, "Server is starting")
        if runtime is not None and runtime.restarting(sid):
            return self._report(server, previous, "Server is restarting after a crash")
        if runtime is not None and runtime.is_running(sid):
            if await runtime.ping(sid, PING_TIMEOUT):
                doc = self._set_status(sid, "running", clear_error=True) or server
                return self._report(doc, previous, "Server is healthy (answered a ping)")
            message = "Server did not answer a ping"
            if not runtime.is_running(sid):
                message = self._down_message(server)
            doc = self._set_status(sid, "error", message) or server
            return self._report(doc, previous, message)
        if previous in ("running", "pending"):
            message = self._down_message(server)
            doc = self._set_status(sid, "error", message) or server
            return self._report(doc, previous, message)
        if previous == "error":
            reason = server.get("last_error") or "unknown error"
            return self._report(server, previous, f"Server is not running: {reason}")
        return self._report(server, previous, "Server is not running")

    async def delete_server(self, server_id: str) -> None:
        """Stop the server, then remove it with its tools, credentials and OAuth settings."""
        async with self.lock(server_id):
            server = self.server(server_id)
            sid = str(server["id"])
            runtime = self.runtime_for(server)
            if runtime is not None:
                await runtime.stop(sid)
            tool_ids = [r.id for r in self._tools.values() if r.server_id == sid]
            with self.store.transaction():
                for tool_id in tool_ids:
                    self.store.delete(TOOL, tool_id)
                for cred in self.store.list(CREDENTIAL, lambda d: d.get("server_id") == sid):
                    self.store.delete(CREDENTIAL, cred["id"])
                self.store.delete(OAUTH_CONFIG, sid)
                self.store.delete(SERVER, sid)
            for tool_id in tool_ids:
                self._uncache(tool_id)
            self._names.pop(sid, None)
        self._locks.pop(sid, None)

    async def sync(self, server_id: str) -> SyncReport:
        """Re-list the tools of a running server and store the differences."""
        async with self.lock(server_id):
            server = self.server(server_id)
            sid = str(server["id"])
            if self.is_local(server):
                return self._local_report(sid)
            runtime = self.runtime_for(server)
            if runtime is None or not self.available(server):
                raise ServerNotRunning(
                    str(server["name"]), str(server.get("status")), server.get("last_error")
                )
            try:
                specs = await runtime.list_tools(sid)
            except ServerDown as exc:
                self._set_status(sid, "error", str(exc))
                raise ServerNotRunning(str(server["name"]), "error", str(exc)) from exc
            return self.apply_sync(sid, specs)

    def mark_all_stopped(self) -> None:
        """Record every server with a runtime as stopped (the runtimes stop them)."""
        with self.store.transaction():
            for server in self.store.list(SERVER):
                if not self.is_local(server) and server.get("status") in ("running", "pending"):
                    server["status"] = "stopped"
                    self.save_server(server)
