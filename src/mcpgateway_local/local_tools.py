"""The hand-defined tools of `local` servers (a part of the toolbox).

:class:`LocalTools` is mixed into :class:`~mcpgateway_local.toolbox.Toolbox`. A `local` server
has no runtime: its tools are defined through the API, are searchable while the server is
``running`` and cannot be executed by the local gateway. No Starlette; errors are domain errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .domain_errors import Conflict, Invalid
from .kinds import SERVER, TOOL
from .records import now_iso
from .tool_values import SyncReport, apply_overrides, sync_hash, tool_record

if TYPE_CHECKING:
    from .store import Document, Store
    from .tool_values import ToolRecord

__all__ = ["LocalTools"]


class LocalTools:
    """Creating, editing, deleting and syncing local tools; mixed into the toolbox."""

    if TYPE_CHECKING:  # provided by Toolbox
        store: Store

        def tool_docs(self, server_id: str) -> list[Document]: ...

        def records(self, server_id: str | None = None) -> list[ToolRecord]: ...

        def save_tool(self, doc: Document) -> Document: ...

        def save_server(self, server: Document) -> Document: ...

        @staticmethod
        def is_local(server: Mapping[str, Any]) -> bool: ...

        def _new_tool_doc(
            self, server: Mapping[str, Any], original: dict[str, Any], *, local: bool, now: str
        ) -> Document: ...

        def _name_clash(self, server_id: str, name: str, except_id: str | None) -> bool: ...

        def _cache(self, record: ToolRecord) -> None: ...

        def _uncache(self, tool_id: str) -> None: ...

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

    def _update_tool_count(self, server_id: str) -> None:
        server = self.store.get(SERVER, server_id)
        if server is not None:
            server["tool_count"] = len(self.records(server_id))
            self.save_server(server)
