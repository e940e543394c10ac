"""Bundle records: the `bundle`, `bundle_tool` and `bundle_connection` documents, their lookup,
rendering and checks (no Starlette; errors are domain errors).

The bundles API (`handlers/bundles.py`) documents the fields; `bundle_rules.py` holds the rules
other APIs need.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from .domain_errors import Conflict, NotFound, missing
from .records import canonical_uuid, new_id, now_iso, qualified_name
from .state import GatewayState
from .store import Document

__all__ = [
    "BUNDLE",
    "BUNDLE_CONNECTION",
    "BUNDLE_KEY_PREFIX",
    "BUNDLE_TOOL",
    "CONNECTION",
    "SERVER",
    "TOOL",
    "agent_taken",
    "bump",
    "bundle_by_key",
    "bundle_name_taken",
    "bundle_rows",
    "bundle_tools",
    "get_doc",
    "live_rows",
    "load_bundle",
    "new_bundle_row",
    "render_bundle",
    "render_bundle_tool",
    "resolve_tool_specs",
    "server_of",
    "text_or_none",
]

BUNDLE = "bundle"
BUNDLE_TOOL = "bundle_tool"
BUNDLE_CONNECTION = "bundle_connection"
TOOL = "tool"
SERVER = "server"
CONNECTION = "connection"
BUNDLE_KEY_PREFIX = "mgw_bundle_"
_BUNDLE_FIELDS = ("id", "name", "description", "agent_id", "created_at", "updated_at")


def bundle_by_key(gw: GatewayState, key: str) -> Document | None:
    """The bundle whose `bundle_key` is `key` (compared in constant time), or None."""
    for doc in gw.store.list(BUNDLE):
        stored = doc.get("bundle_key")
        if isinstance(stored, str) and secrets.compare_digest(stored, key):
            return doc
    return None


def bundle_tools(gw: GatewayState, bundle_id: str, *, enabled_only: bool = True) -> list[Document]:
    """The bundle's tools as `BundleTool` objects, in display order."""
    servers: dict[str, Document | None] = {}
    return [
        render_bundle_tool(gw, row, tool, servers)
        for row, tool in live_rows(gw, bundle_id)
        if not enabled_only or row.get("enabled", True)
    ]


def get_doc(gw: GatewayState, kind: str, doc_id: object) -> Document | None:
    """The document of `kind` with this id (any UUID spelling), or None."""
    canonical = canonical_uuid(doc_id)
    return gw.store.get(kind, canonical) if canonical else None


def load_bundle(gw: GatewayState, bundle_id: object) -> Document:
    """The bundle with this id, else `NotFound`."""
    doc = get_doc(gw, BUNDLE, bundle_id)
    if doc is None:
        raise missing("Bundle")
    return doc


def server_of(
    gw: GatewayState, server_id: str, cache: dict[str, Document | None]
) -> Document | None:
    """The server document (cached in `cache` for one rendering)."""
    if server_id not in cache:
        cache[server_id] = gw.store.get(SERVER, server_id)
    return cache[server_id]


def bundle_rows(gw: GatewayState, bundle_id: str) -> list[Document]:
    """The bundle's `bundle_tool` rows (including those whose tool is gone)."""
    return gw.store.list(BUNDLE_TOOL, lambda r: r.get("bundle_id") == bundle_id)


def live_rows(gw: GatewayState, bundle_id: str) -> list[tuple[Document, Document]]:
    """(row, tool) pairs whose tool still exists, by display_order then insertion."""
    pairs: list[tuple[Document, Document]] = []
    for row in bundle_rows(gw, bundle_id):
        tool = gw.store.get(TOOL, str(row.get("tool_id")))
        if tool is not None:
            pairs.append((row, tool))
    pairs.sort(key=lambda pair: int(pair[0].get("display_order") or 0))
    return pairs


def text_or_none(value: object) -> str | None:
    """`value` when it is a non-empty string, else None."""
    return value if isinstance(value, str) and value else None


def render_bundle_tool(
    gw: GatewayState,
    row: Mapping[str, Any],
    tool: Mapping[str, Any],
    servers: dict[str, Document | None],
) -> Document:
    """A `BundleTool` from the row and the live tool document."""
    server_id = str(tool.get("server_id") or row.get("server_id"))
    server = server_of(gw, server_id, servers)
    server_name = str((server or {}).get("name") or tool.get("server_name") or "")
    name = str(tool.get("name") or "")
    description = str(tool.get("description") or "")
    schema = tool.get("input_schema")
    override_name = text_or_none(row.get("override_name"))
    override_description = text_or_none(row.get("override_description"))
    return {
        "id": row["id"],
        "tool_id": tool["id"],
        "override_name": override_name,
        "override_description": override_description,
        "enabled": bool(row.get("enabled", True)),
        "display_order": int(row.get("display_order") or 0),
        "has_override_embedding": False,
        "original_name": name,
        "original_description": description,
        "server_id": server_id,
        "server_name": server_name,
        "display_name": override_name,
        "input_schema": dict(schema) if isinstance(schema, Mapping) else {},
        "tool_name": qualified_name(server_name, name),
        "effective_name": override_name or name,
        "effective_description": override_description or description,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def render_bundle(
    gw: GatewayState, doc: Mapping[str, Any], *, key: bool = False, tools: bool = False
) -> Document:
    """A `Bundle` (with `bundle_key` / `tools` when asked)."""
    out: Document = {name: doc.get(name) for name in _BUNDLE_FIELDS}
    live = live_rows(gw, doc["id"])
    out["tool_count"] = len(live)
    if key:
        out["bundle_key"] = doc["bundle_key"]
    if tools:
        servers: dict[str, Document | None] = {}
        out["tools"] = [render_bundle_tool(gw, row, tool, servers) for row, tool in live]
    return out


def bundle_name_taken(gw: GatewayState, name: str, except_id: str | None = None) -> bool:
    """Whether another bundle has this name (ignoring case)."""
    folded = name.casefold()
    return bool(
        gw.store.list(
            BUNDLE,
            lambda d: str(d.get("name", "")).casefold() == folded and d.get("id") != except_id,
        )
    )


def agent_taken(gw: GatewayState, agent_id: str, except_id: str | None = None) -> bool:
    """Whether another bundle is linked to this agent id."""
    return bool(
        gw.store.list(BUNDLE, lambda d: d.get("agent_id") == agent_id and d.get("id") != except_id)
    )


def new_bundle_row(bundle_id: str, tool: Mapping[str, Any], spec: Mapping[str, Any]) -> Document:
    """A new `bundle_tool` row for `tool` as `spec` asks."""
    now = now_iso()
    return {
        "id": new_id(),
        "bundle_id": bundle_id,
        "tool_id": tool["id"],
        "server_id": tool.get("server_id"),
        "override_name": text_or_none(spec.get("override_name")),
        "override_description": text_or_none(spec.get("override_description")),
        "enabled": bool(spec.get("enabled", True)),
        "display_order": int(spec.get("display_order") or 0),
        "created_at": now,
        "updated_at": now,
    }


def resolve_tool_specs(
    gw: GatewayState, bundle_id: str | None, specs: Iterable[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Document]]:
    """Each requested tool with its `tool` document: 404 unknown, 409 repeated or present."""
    present = (
        {str(r.get("tool_id")) for r in bundle_rows(gw, bundle_id)}
        if bundle_id is not None
        else set()
    )
    seen: set[str] = set()
    resolved: list[tuple[Mapping[str, Any], Document]] = []
    for spec in specs:
        raw = spec.get("tool_id")
        tool = get_doc(gw, TOOL, raw)
        if tool is None:
            raise NotFound(f"Tool {raw} not found")
        if tool["id"] in seen:
            raise Conflict(f"Tool {tool['id']} is listed more than once")
        if tool["id"] in present:
            raise Conflict(f"Tool {tool['id']} is already in the bundle")
        seen.add(tool["id"])
        resolved.append((spec, tool))
    return resolved


def bump(gw: GatewayState, bundle: Document) -> None:
    """Touch the bundle's `updated_at` and store it."""
    bundle["updated_at"] = now_iso()
    gw.store.update(BUNDLE, bundle["id"], bundle)
