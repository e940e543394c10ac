"""Servers and their tools as one service: records, qualified names, resolution, search, execution.

One :class:`Toolbox` per gateway (``Toolbox.of(gw)``, kept in ``gw.toolbox``). It owns
the `server`, `tool`, `credential` and `oauth_config` documents (see ``records.py``) and keeps an
in-memory view of every tool (:class:`ToolRecord`) plus the BM25 index (``gw.search``) in step
with the store: every write to a tool goes through it. Its parts:

* here: server documents, tool records, overrides, tool sync;
* :class:`~mcpgateway_local.server_lifecycle.ServerLifecycle` (``server_lifecycle.py``): start,
  stop, health, sync through the :class:`~mcpgateway_local.server_runtime.ServerRuntime` of each
  server type (``gw.runtimes``; ``stdio`` / ``npx`` / ``uvx``: ``process_runtime.py``);
* :class:`~mcpgateway_local.local_tools.LocalTools` (``local_tools.py``): the hand-defined tools
  of ``local`` servers (no runtime; searchable while the server is ``running``, the default for a
  new local server; not executable here);
* :class:`~mcpgateway_local.tool_access.ToolAccess` (``tool_access.py``): sessions, search,
  resolution and the one ``execute`` (REST and MCP).

Also:

* A ``running`` or ``pending`` server with a runtime found at load time (the gateway was
  restarted) is reset to ``stopped``. Servers of a type without a runtime can be registered
  but not started.
* Secrets are stored in the gateway database (file mode 0600), never returned; runtimes get them
  as :class:`~mcpgateway_local.server_runtime.Credential` values.
* Tool names: ``<server name>__<tool name>`` (``records.qualified_name``); server names may not
  contain ``__`` nor start or end with ``_`` (``scoping.server_name_problem``), so the first
  ``__`` of a qualified name always ends the server part. Scope and bundle checks compare
  (server, tool) pairs and tool ids, never name prefixes. Server names are unique ignoring case.
* Tool arguments are checked with ``json_limits`` before they reach a runtime (REST and MCP).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .domain_errors import Conflict, missing
from .kinds import SERVER, TOOL
from .local_tools import LocalTools
from .records import canonical_uuid, new_id, now_iso
from .search import ToolIndex
from .server_lifecycle import ServerLifecycle
from .server_runtime import ToolSpec
from .state import GatewayState
from .store import Document
from .tool_access import DEFAULT_CALL_TIMEOUT, LOCAL_TOOL_ERROR, ToolAccess
from .tool_values import (
    SyncReport,
    ToolRecord,
    apply_overrides,
    clean_overrides,
    sync_hash,
    tool_record,
)

__all__ = ["DEFAULT_CALL_TIMEOUT", "LOCAL_TOOL_ERROR", "Toolbox"]


class Toolbox(ServerLifecycle, LocalTools, ToolAccess):
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
        gw.runtimes.listeners.append(self._on_runtime_event)

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
                if not self.is_local(server) and server.get("status") in ("running", "pending"):
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

    # -- servers -----------------------------------------------------------------------------

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
                if spec.hints:
                    original["meta"] = dict(spec.hints)
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
