"""Servers and their tools as one service: records, qualified names, resolution, search, execution.

Sessions, search, resolution and execution are the :class:`~mcpgateway_local.tool_access.ToolAccess`
part of the class (``tool_access.py``); server lifecycle, tool records and overrides live here.

One :class:`Toolbox` per gateway (``Toolbox.of(gw)``, kept in ``gw.toolbox``). It owns
the `server`, `tool`, `credential` and `oauth_config` documents (see ``records.py``) and keeps an
in-memory view of every tool (:class:`ToolRecord`) plus the BM25 index (``gw.search``) in step
with the store: every write to a tool goes through it.

* Server types: ``stdio`` (``config: {command, args, env, cwd}``), ``npx`` / ``uvx`` (``config:
  {package, args, env}`` or an explicit ``command``) run as MCP children of the supervisor
  (``gw.mcp``); ``local`` servers have no process: their tools are defined through the API, are
  searchable while the server is ``running`` (the default for a new local server) and cannot be
  executed here. ``remote`` / ``container`` servers can be registered but not started.
* Status: ``stopped`` -> ``pending`` (while starting) -> ``running`` | ``error`` (``last_error``
  says why). A child that dies is restarted by the supervisor with back-off (``pending`` while
  it waits, ``running`` again with ``last_error`` telling what happened), and after the last
  attempt the server is ``error`` with the reason. A ``running`` process server found at load
  time (the gateway was restarted) is reset to ``stopped``.
* Credentials of a process server whose names are environment variable names
  (``[A-Za-z_][A-Za-z0-9_]*``) are passed to the child as environment variables (``prefix`` +
  value); ``config.env`` wins on a clash. Secrets are stored in the gateway database (file mode
  0600), never returned.
* Tool names: ``<server name>__<tool name>`` (``records.qualified_name``); server names may not
  contain ``__`` nor start or end with ``_`` (``scoping.server_name_problem``), so the first
  ``__`` of a qualified name always ends the server part. Scope and bundle checks compare
  (server, tool) pairs and tool ids, never name prefixes. Server names are unique ignoring case.
* Tool arguments are checked with ``json_limits`` before they reach a child (REST and MCP).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .domain_errors import Conflict, Invalid, missing
from .kinds import CREDENTIAL, OAUTH_CONFIG, SERVER, TOOL
from .mcp_supervisor import (
    McpServerDown,
    McpStartError,
    McpSupervisor,
    ToolSpec,
)
from .records import canonical_uuid, new_id, now_iso
from .search import ToolIndex
from .state import GatewayState
from .store import Document
from .tool_access import DEFAULT_CALL_TIMEOUT, LOCAL_TOOL_ERROR, ToolAccess
from .tool_values import (
    HealthReport,
    ServerNotRunning,
    SyncReport,
    ToolRecord,
    apply_overrides,
    clean_overrides,
    enriched_error,
    sync_hash,
    tool_record,
)

__all__ = ["DEFAULT_CALL_TIMEOUT", "LOCAL_TOOL_ERROR", "Toolbox"]

logger = logging.getLogger(__name__)

PROCESS_TYPES = frozenset({"stdio", "npx", "uvx"})
LOCAL_TYPE = "local"
PING_TIMEOUT = 5.0
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# -- the service -------------------------------------------------------------------------------


class Toolbox(ToolAccess):
    """Servers, tools, index and execution for one gateway; see the module docstring."""

    def __init__(self, gw: GatewayState) -> None:
        self.gw = gw
        self.store = gw.store
        index = gw.search
        if not isinstance(index, ToolIndex):
            index = ToolIndex()
            if gw.search is None:
                gw.search = index
        self.index: ToolIndex = index
        self._tools: dict[str, ToolRecord] = {}
        self._names: dict[str, dict[str, str]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._load()
        sup = self.supervisor
        if sup is not None:
            sup.listeners.append(self._on_supervision)

    def _on_supervision(
        self, server_id: str, state: str, reason: str | None, tools: list[ToolSpec]
    ) -> None:
        """Mirror the supervisor's automatic restarts in the server's `status` / `last_error`."""
        if self.store.get(SERVER, server_id) is None:
            return
        if state == "restarting":
            self._set_status(server_id, "pending", f"Server process died: {reason}")
        elif state == "running":
            self.apply_sync(server_id, tools)
            self._set_status(server_id, "running", f"Server process died; {reason}")
        elif state == "failed":
            self._set_status(server_id, "error", f"Server process died: {reason}")

    def restarting(self, server_id: str) -> bool:
        """Whether the supervisor is restarting this server after a crash."""
        sup = self.supervisor
        info = sup.info(server_id) if sup is not None else None
        return info is not None and info.state == "restarting"

    @classmethod
    def of(cls, gw: GatewayState) -> Toolbox:
        """The gateway's toolbox (created and loaded from the store on first use)."""
        if gw.toolbox is not None:
            return gw.toolbox
        box = cls(gw)
        gw.toolbox = box
        return box

    # -- loading / cache ---------------------------------------------------------------------

    def _load(self) -> None:
        with self.store.transaction():
            for server in self.store.list(SERVER):
                if self.runs_process(server) and server.get("status") in ("running", "pending"):
                    server["status"] = "stopped"
                    server["updated_at"] = now_iso()
                    self.store.update(SERVER, server["id"], server)
        for doc in self.store.list(TOOL):
            self._cache(tool_record(doc))

    def _cache(self, record: ToolRecord) -> None:
        old = self._tools.get(record.id)
        if old is not None:
            names = self._names.get(old.server_id, {})
            if names.get(old.name) == old.id:
                del names[old.name]
        self._tools[record.id] = record
        self._names.setdefault(record.server_id, {})[record.name] = record.id
        self.index.replace(record.id, record.name, record.description)

    def _uncache(self, tool_id: str) -> None:
        old = self._tools.pop(tool_id, None)
        if old is not None:
            names = self._names.get(old.server_id, {})
            if names.get(old.name) == tool_id:
                del names[old.name]
        self.index.remove(tool_id)

    def lock(self, server_id: str) -> asyncio.Lock:
        """The lifecycle lock of a server (start/stop/sync/delete)."""
        return self._locks.setdefault(server_id, asyncio.Lock())

    @property
    def supervisor(self) -> McpSupervisor | None:
        """The MCP supervisor runtime, if present."""
        sup = self.gw.mcp
        return sup if isinstance(sup, McpSupervisor) else None

    # -- servers -----------------------------------------------------------------------------

    @staticmethod
    def runs_process(server: Mapping[str, Any]) -> bool:
        """Whether the server is run as a child process by the supervisor."""
        return server.get("type") in PROCESS_TYPES

    @staticmethod
    def is_local(server: Mapping[str, Any]) -> bool:
        """A `local` server (no process; hand-defined tools)."""
        return server.get("type") == LOCAL_TYPE

    def servers(self) -> list[Document]:
        """Every server document, statuses refreshed."""
        return [self.observe(doc) for doc in self.store.list(SERVER)]

    def server(self, server_id: str) -> Document:
        """The server (status refreshed) or 404."""
        return self.observe(self.stored_server(server_id))

    def stored_server(self, server_id: str) -> Document:
        """The server as stored (status not refreshed) or 404."""
        canonical = canonical_uuid(server_id)
        doc = self.store.get(SERVER, canonical) if canonical else None
        if doc is None:
            raise missing("Server")
        return doc

    def find_server_by_name(self, name: str) -> Document | None:
        """The server named ``name`` (exact match first, then ignoring case)."""
        servers = self.store.list(SERVER)
        for doc in servers:
            if doc.get("name") == name:
                return doc
        folded = name.casefold()
        for doc in servers:
            if str(doc.get("name", "")).casefold() == folded:
                return doc
        return None

    def name_taken(self, name: str, except_id: str | None = None) -> bool:
        """Whether another server already uses ``name`` (ignoring case)."""
        folded = name.casefold()
        return any(
            str(doc.get("name", "")).casefold() == folded and doc.get("id") != except_id
            for doc in self.store.list(SERVER)
        )

    def available(self, server: Mapping[str, Any]) -> bool:
        """Whether the server's tools can be used now (running process, or running local)."""
        if self.is_local(server):
            return server.get("status") == "running"
        if not self.runs_process(server):
            return False
        sup = self.supervisor
        return sup is not None and sup.is_running(str(server["id"]))

    def _death_reason(self, server_id: str) -> str:
        sup = self.supervisor
        info = sup.info(server_id) if sup is not None else None
        if info is not None and info.reason:
            return info.reason
        return "the server process is not running"

    def observe(self, server: Document) -> Document:
        """Mark a `running` process server whose child is gone as `error` (and store that)."""
        if (
            self.runs_process(server)
            and server.get("status") == "running"
            and not self.available(server)
        ):
            reason = self._death_reason(str(server["id"]))
            server["status"] = "error"
            server["last_error"] = f"Server process died: {reason}"
            server["updated_at"] = now_iso()
            self.store.update(SERVER, server["id"], server)
        return server

    def save_server(self, server: Document) -> Document:
        """Write a server document (``updated_at`` refreshed)."""
        server["updated_at"] = now_iso()
        self.store.update(SERVER, server["id"], server)
        return server

    def insert_server(self, server: Document) -> Document:
        """Store a new server document (the caller checked the name)."""
        self.store.insert(SERVER, server)
        return server

    def rename_server(self, server: Document, new_name: str) -> None:
        """Give the server a new name and re-qualify its tools (call inside a transaction)."""
        server["name"] = new_name
        for doc in self.store.list(TOOL, lambda d: d.get("server_id") == server["id"]):
            doc["server_name"] = new_name
            self.store.update(TOOL, doc["id"], doc)
        for record in list(self._tools.values()):
            if record.server_id == server["id"]:
                self._tools[record.id] = replace(record, server_name=new_name)

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

    def _launch_spec(
        self, server: Mapping[str, Any]
    ) -> tuple[str, list[str], dict[str, str], str | None]:
        """Command, args, env and cwd for a process server (ValueError when not usable)."""
        config = server.get("config") or {}
        command = config.get("command")
        raw_args = config.get("args") or []
        if not isinstance(raw_args, list):
            raise ValueError("config.args must be a list of strings")
        args = [str(a) for a in raw_args]
        kind = server.get("type")
        if not command and kind in ("npx", "uvx"):
            package = config.get("package")
            if not isinstance(package, str) or not package:
                raise ValueError(f"a {kind} server needs `config.package` or `config.command`")
            command = "npx" if kind == "npx" else "uvx"
            args = (["-y", package] if kind == "npx" else [package]) + args
        if not isinstance(command, str) or not command:
            raise ValueError("a stdio server needs `config.command`")
        env: dict[str, str] = {}
        for cred in self.store.list(CREDENTIAL, lambda d: d.get("server_id") == server["id"]):
            name = str(cred.get("name", ""))
            if _ENV_NAME.match(name):
                env[name] = str(cred.get("prefix") or "") + str(cred.get("_value", ""))
        raw_env = config.get("env") or {}
        if isinstance(raw_env, dict):
            env.update({str(k): str(v) for k, v in raw_env.items()})
        cwd = config.get("cwd")
        return command, args, env, cwd if isinstance(cwd, str) and cwd else None

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
            sup = self.supervisor
            try:
                if not self.runs_process(server):
                    raise ValueError(
                        f"servers of type '{server.get('type')}' cannot be started by the "
                        "local gateway (it runs stdio, npx, uvx and local servers)"
                    )
                if sup is None:
                    raise ValueError("the MCP supervisor is not running")
                command, args, env, cwd = self._launch_spec(server)
            except ValueError as exc:
                message = f"Server cannot be started: {exc}"
                doc = self._set_status(sid, "error", message) or server
                return self._report(doc, previous, message)
            self._set_status(sid, "pending")
            config = server.get("config") or {}
            timeout = config.get("start_timeout")
            limit = None
            if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0:
                limit = float(timeout)
            try:
                specs = await sup.start(sid, command, args, env, cwd, timeout=limit)
            except McpStartError as exc:
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
            sup = self.supervisor
            if sup is not None and self.runs_process(server):
                await sup.stop(sid)
            doc = self._set_status(sid, "stopped") or server
            message = (
                "Server stopped" if previous in ("running", "pending") else "Server was not running"
            )
            return self._report(doc, previous, message)

    async def health(self, server_id: str) -> HealthReport:
        """Check whether the server answers; a dead child turns the status to `error`."""
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
        if not self.runs_process(server):
            return self._report(
                server, previous, f"Servers of type '{server.get('type')}' are not run locally"
            )
        if previous == "pending" and self.lock(sid).locked():
            return self._report(server, previous, "Server is starting")
        if self.restarting(sid):
            return self._report(server, previous, "Server is restarting after a crash")
        sup = self.supervisor
        if sup is not None and sup.is_running(sid):
            if await sup.ping(sid, PING_TIMEOUT):
                doc = self._set_status(sid, "running", clear_error=True) or server
                return self._report(doc, previous, "Server is healthy (answered a ping)")
            message = "Server did not answer a ping"
            if not sup.is_running(sid):
                message = f"Server process died: {self._death_reason(sid)}"
            doc = self._set_status(sid, "error", message) or server
            return self._report(doc, previous, message)
        if previous in ("running", "pending"):
            message = f"Server process died: {self._death_reason(sid)}"
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
            sup = self.supervisor
            if sup is not None:
                await sup.stop(sid)
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
            sup = self.supervisor
            if sup is None or not self.available(server):
                raise ServerNotRunning(
                    str(server["name"]), str(server.get("status")), server.get("last_error")
                )
            try:
                specs = await sup.list_tools(sid, refresh=True)
            except McpServerDown as exc:
                self._set_status(sid, "error", str(exc))
                raise ServerNotRunning(str(server["name"]), "error", str(exc)) from exc
            return self.apply_sync(sid, specs)

    def _local_report(self, server_id: str) -> SyncReport:
        docs = self.tool_docs(server_id)
        digest = sync_hash(
            (
                d["_original"]["name"],
                d["_original"].get("description", ""),
                d["_original"].get("input_schema", {}),
            )
            for d in docs
        )
        return SyncReport([], [], [], len(docs), digest)

    def apply_sync(self, server_id: str, specs: Sequence[ToolSpec]) -> SyncReport:
        """Reconcile the server's (non-local) tool documents with ``specs``."""
        server = self.store.get(SERVER, server_id)
        if server is None:
            raise missing("Server")
        now = now_iso()
        existing = {
            d["_original"]["name"]: d for d in self.tool_docs(server_id) if not d.get("local")
        }
        seen: set[str] = set()
        added: list[str] = []
        modified: list[str] = []
        removed: list[str] = []
        changed: list[Document] = []
        with self.store.transaction():
            for spec in specs:
                if spec.name in seen:
                    continue
                seen.add(spec.name)
                original = {
                    "name": spec.name,
                    "description": spec.description,
                    "input_schema": dict(spec.input_schema),
                }
                doc = existing.get(spec.name)
                if doc is None:
                    doc = self._new_tool_doc(server, original, local=False, now=now)
                    self.store.insert(TOOL, doc)
                    added.append(doc["name"])
                    changed.append(doc)
                elif doc["_original"] != original or doc.get("server_name") != server["name"]:
                    if doc["_original"] != original:
                        modified.append(doc["name"])
                    doc["_original"] = original
                    doc["server_name"] = server["name"]
                    apply_overrides(doc)
                    doc["updated_at"] = now
                    self.store.update(TOOL, doc["id"], doc)
                    changed.append(doc)
            gone = [d for name, d in existing.items() if name not in seen]
            for doc in gone:
                self.store.delete(TOOL, doc["id"])
                removed.append(doc["name"])
            digest = sync_hash((s.name, s.description, s.input_schema) for s in specs)
            total = len(self.tool_docs(server_id))
            server["tool_count"] = total
            server["tool_sync_hash"] = digest
            server["last_synced_at"] = now
            self.save_server(server)
        for doc in changed:
            self._cache(tool_record(doc))
        for doc in gone:
            self._uncache(doc["id"])
        return SyncReport(added, removed, modified, total, digest)

    # -- tools -------------------------------------------------------------------------------

    def _new_tool_doc(
        self, server: Mapping[str, Any], original: dict[str, Any], *, local: bool, now: str
    ) -> Document:
        doc: Document = {
            "id": new_id(),
            "server_id": server["id"],
            "server_name": server["name"],
            "name": original["name"],
            "description": original.get("description") or "",
            "input_schema": original.get("input_schema") or {},
            "enabled": True,
            "has_embedding": True,
            "overrides": None,
            "local": local,
            "created_at": now,
            "updated_at": now,
            "_original": original,
        }
        apply_overrides(doc)
        return doc

    def tool_docs(self, server_id: str) -> list[Document]:
        """The server's tool documents, in creation order."""
        return self.store.list(TOOL, lambda d: d.get("server_id") == server_id)

    def tool_doc(self, server_id: str, tool_id: str) -> Document:
        """The tool of this server, or 404."""
        canonical = canonical_uuid(tool_id)
        doc = self.store.get(TOOL, canonical) if canonical else None
        if doc is None or doc.get("server_id") != server_id:
            raise missing("Tool")
        return doc

    def record(self, tool_id: str) -> ToolRecord | None:
        """The cached record of a tool."""
        return self._tools.get(tool_id)

    def records(self, server_id: str | None = None) -> list[ToolRecord]:
        """Cached tool records, optionally of one server."""
        return [r for r in self._tools.values() if server_id is None or r.server_id == server_id]

    def _name_clash(self, server_id: str, name: str, except_id: str | None) -> bool:
        owner = self._names.get(server_id, {}).get(name)
        return owner is not None and owner != except_id

    def save_tool(self, doc: Document) -> Document:
        """Recompute effective values, write the tool, update cache and index."""
        apply_overrides(doc)
        doc["updated_at"] = now_iso()
        self.store.update(TOOL, doc["id"], doc)
        self._cache(tool_record(doc))
        return doc

    def set_overrides(self, doc: Document, changes: Mapping[str, Any]) -> Document:
        """Merge override changes (a None value drops that override); 409 on a name clash."""
        overrides = dict(doc.get("overrides") or {})
        for key, value in changes.items():
            if key not in ("name", "description", "input_schema"):
                continue
            if value is None:
                overrides.pop(key, None)
            else:
                overrides[key] = value
        name = overrides.get("name") or doc["_original"]["name"]
        if self._name_clash(doc["server_id"], name, doc["id"]):
            raise Conflict(f"The server already has a tool named '{name}'")
        doc["overrides"] = clean_overrides(overrides)
        return self.save_tool(doc)

    def set_enabled(self, server_id: str, tool_ids: Iterable[str], enabled: bool) -> int:
        """Enable/disable tools of this server; returns how many matched."""
        wanted = {c for c in (canonical_uuid(t) for t in tool_ids) if c}
        count = 0
        docs: list[Document] = []
        with self.store.transaction():
            for doc in self.tool_docs(server_id):
                if doc["id"] in wanted:
                    count += 1
                    if bool(doc.get("enabled", True)) != enabled:
                        doc["enabled"] = enabled
                        doc["updated_at"] = now_iso()
                        self.store.update(TOOL, doc["id"], doc)
                        docs.append(doc)
        for doc in docs:
            self._cache(tool_record(doc))
        return count

    def _update_tool_count(self, server_id: str) -> None:
        server = self.store.get(SERVER, server_id)
        if server is not None:
            server["tool_count"] = len(self.records(server_id))
            self.save_server(server)

    def create_local_tool(self, server: Document, definition: Mapping[str, Any]) -> Document:
        """Add a hand-defined tool to a local server (409 on a name clash)."""
        self.require_local(server)
        name = str(definition["name"])
        if self._name_clash(server["id"], name, None):
            raise Conflict(f"The server already has a tool named '{name}'")
        original = {
            "name": name,
            "description": str(definition.get("description") or ""),
            "input_schema": dict(definition.get("input_schema") or {}),
        }
        doc = self._new_tool_doc(server, original, local=True, now=now_iso())
        with self.store.transaction():
            self.store.insert(TOOL, doc)
            self._cache(tool_record(doc))
            self._update_tool_count(server["id"])
        return doc

    def update_local_tool(self, doc: Document, changes: Mapping[str, Any]) -> Document:
        """Change the definition of a local tool (None values are ignored)."""
        if not doc.get("local"):
            raise Conflict(
                "Only local tools can be edited; use the overrides endpoint for server tools"
            )
        original = dict(doc["_original"])
        for key in ("name", "description", "input_schema"):
            value = changes.get(key)
            if value is not None:
                original[key] = value
        overrides = doc.get("overrides") or {}
        effective = overrides.get("name") or original["name"]
        if self._name_clash(doc["server_id"], effective, doc["id"]):
            raise Conflict(f"The server already has a tool named '{effective}'")
        doc["_original"] = original
        return self.save_tool(doc)

    def delete_tool(self, doc: Document) -> None:
        """Remove a local tool."""
        if not doc.get("local"):
            raise Conflict(
                "Only local tools can be deleted; server tools come from the server "
                "(disable them with the tool selection instead)"
            )
        with self.store.transaction():
            self.store.delete(TOOL, doc["id"])
            self._uncache(doc["id"])
            self._update_tool_count(doc["server_id"])

    def sync_local_tools(
        self, server: Document, definitions: Sequence[Mapping[str, Any]]
    ) -> tuple[int, int, int, int]:
        """Make the local tools exactly ``definitions``: (added, updated, removed, total)."""
        self.require_local(server)
        sid = str(server["id"])
        wanted: dict[str, dict[str, Any]] = {}
        for index, item in enumerate(definitions):
            name = str(item["name"])
            if name in wanted:
                raise Invalid(["body", "tools", index, "name"], f"Duplicate tool name {name!r}")
            wanted[name] = {
                "name": name,
                "description": str(item.get("description") or ""),
                "input_schema": dict(item.get("input_schema") or {}),
            }
        existing = {d["_original"]["name"]: d for d in self.tool_docs(sid)}
        now = now_iso()
        new_docs: list[Document] = []
        updated_docs: list[Document] = []
        final_docs: list[Document] = []
        removed_docs = [d for name, d in existing.items() if name not in wanted]
        for name, original in wanted.items():
            doc = existing.get(name)
            if doc is None:
                doc = self._new_tool_doc(server, original, local=True, now=now)
                new_docs.append(doc)
            elif doc["_original"] != original or not doc.get("local"):
                doc["_original"] = original
                doc["local"] = True
                apply_overrides(doc)
                doc["updated_at"] = now
                updated_docs.append(doc)
            final_docs.append(doc)
        final_names = [d["name"] for d in final_docs]
        if len(set(final_names)) != len(final_names):
            raise Conflict("The tool list would give two tools the same (overridden) name")
        with self.store.transaction():
            for doc in removed_docs:
                self.store.delete(TOOL, doc["id"])
            for doc in updated_docs:
                self.store.update(TOOL, doc["id"], doc)
            for doc in new_docs:
                self.store.insert(TOOL, doc)
            server = self.store.get(SERVER, sid) or server
            server["tool_count"] = len(wanted)
            server["tool_sync_hash"] = sync_hash(
                (o["name"], o["description"], o["input_schema"]) for o in wanted.values()
            )
            server["last_synced_at"] = now
            self.save_server(server)
        for doc in removed_docs:
            self._uncache(doc["id"])
        for doc in [*updated_docs, *new_docs]:
            self._cache(tool_record(doc))
        return len(new_docs), len(updated_docs), len(removed_docs), len(wanted)

    def require_local(self, server: Mapping[str, Any]) -> None:
        """409 unless the server is of type `local`."""
        if not self.is_local(server):
            raise Conflict(
                f"Server '{server.get('name')}' is of type '{server.get('type')}': only local "
                "servers have hand-defined tools (its tools come from the server itself)"
            )

    # -- shutdown ----------------------------------------------------------------------------

    def mark_all_stopped(self) -> None:
        """Record every process server as stopped (the supervisor stops the children)."""
        with self.store.transaction():
            for server in self.store.list(SERVER):
                if self.runs_process(server) and server.get("status") in ("running", "pending"):
                    server["status"] = "stopped"
                    self.save_server(server)
