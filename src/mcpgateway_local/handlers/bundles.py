"""Bundles: curated sets of tools with their own key, linked agent and connections.

Documents (kinds owned here; other modules may read them):

* `bundle`: {id, name, description, agent_id, bundle_key, created_at, updated_at}. Names are
  unique ignoring case, `agent_id` (a free string) is unique; `bundle_key` is `mgw_bundle_` + 43
  URL-safe characters, generated once. `tool_count` is computed.
* `bundle_tool`: {id, bundle_id, tool_id, server_id, override_name, override_description,
  enabled, display_order, created_at, updated_at}. `tool_id` is a `tool` document id (the servers
  module owns those); rows whose tool no longer exists are not shown nor counted.
* `bundle_connection`: {id, bundle_id, server_id, user_connection_id, created_at}: at most one
  connection per server and bundle (assigning another one for the same server replaces it).

A `BundleTool` is rendered from the live `tool` document: `original_name`/`original_description`
are the tool's current name and description (server-level overrides applied), `tool_name` its
qualified name `<server>__<tool>`, `effective_*` the bundle override if set, else the original.
Tools are ordered by `display_order`, then by when they were added. Search embeddings do not exist
locally, so `has_override_embedding` is always false.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from ..records import canonical_uuid, new_id, now_iso, qualified_name
from ..store import Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    HTTPProblem,
    conflict,
    not_found,
    operation,
)

__all__ = [
    "BUNDLE",
    "BUNDLE_CONNECTION",
    "BUNDLE_KEY_PREFIX",
    "BUNDLE_TOOL",
    "bundle_by_key",
    "bundle_tools",
]

BUNDLE = "bundle"
BUNDLE_TOOL = "bundle_tool"
BUNDLE_CONNECTION = "bundle_connection"
TOOL = "tool"
SERVER = "server"
CONNECTION = "connection"
BUNDLE_KEY_PREFIX = "mgw_bundle_"
_BUNDLE_FIELDS = ("id", "name", "description", "agent_id", "created_at", "updated_at")


# --- helpers other modules may use ---------------------------------------------------------


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
        _render_tool(gw, row, tool, servers)
        for row, tool in _live_rows(gw, bundle_id)
        if not enabled_only or row.get("enabled", True)
    ]


# --- internal helpers ----------------------------------------------------------------------


def _get(gw: GatewayState, kind: str, doc_id: object) -> Document | None:
    canonical = canonical_uuid(doc_id)
    return gw.store.get(kind, canonical) if canonical else None


def _bundle_or_404(gw: GatewayState, bundle_id: object) -> Document:
    doc = _get(gw, BUNDLE, bundle_id)
    if doc is None:
        raise not_found("Bundle")
    return doc


def _server_of(
    gw: GatewayState, server_id: str, cache: dict[str, Document | None]
) -> Document | None:
    if server_id not in cache:
        cache[server_id] = gw.store.get(SERVER, server_id)
    return cache[server_id]


def _rows(gw: GatewayState, bundle_id: str) -> list[Document]:
    return gw.store.list(BUNDLE_TOOL, lambda r: r.get("bundle_id") == bundle_id)


def _live_rows(gw: GatewayState, bundle_id: str) -> list[tuple[Document, Document]]:
    """(row, tool) pairs whose tool still exists, by display_order then insertion."""
    pairs: list[tuple[Document, Document]] = []
    for row in _rows(gw, bundle_id):
        tool = gw.store.get(TOOL, str(row.get("tool_id")))
        if tool is not None:
            pairs.append((row, tool))
    pairs.sort(key=lambda pair: int(pair[0].get("display_order") or 0))
    return pairs


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _render_tool(
    gw: GatewayState,
    row: Mapping[str, Any],
    tool: Mapping[str, Any],
    servers: dict[str, Document | None],
) -> Document:
    server_id = str(tool.get("server_id") or row.get("server_id"))
    server = _server_of(gw, server_id, servers)
    server_name = str((server or {}).get("name") or tool.get("server_name") or "")
    name = str(tool.get("name") or "")
    description = str(tool.get("description") or "")
    schema = tool.get("input_schema")
    override_name = _text(row.get("override_name"))
    override_description = _text(row.get("override_description"))
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


def _render_bundle(
    gw: GatewayState, doc: Mapping[str, Any], *, key: bool = False, tools: bool = False
) -> Document:
    out: Document = {name: doc.get(name) for name in _BUNDLE_FIELDS}
    live = _live_rows(gw, doc["id"])
    out["tool_count"] = len(live)
    if key:
        out["bundle_key"] = doc["bundle_key"]
    if tools:
        servers: dict[str, Document | None] = {}
        out["tools"] = [_render_tool(gw, row, tool, servers) for row, tool in live]
    return out


def _name_taken(gw: GatewayState, name: str, except_id: str | None = None) -> bool:
    folded = name.casefold()
    return bool(
        gw.store.list(
            BUNDLE,
            lambda d: str(d.get("name", "")).casefold() == folded and d.get("id") != except_id,
        )
    )


def _agent_taken(gw: GatewayState, agent_id: str, except_id: str | None = None) -> bool:
    return bool(
        gw.store.list(BUNDLE, lambda d: d.get("agent_id") == agent_id and d.get("id") != except_id)
    )


def _new_row(bundle_id: str, tool: Mapping[str, Any], spec: Mapping[str, Any]) -> Document:
    now = now_iso()
    return {
        "id": new_id(),
        "bundle_id": bundle_id,
        "tool_id": tool["id"],
        "server_id": tool.get("server_id"),
        "override_name": _text(spec.get("override_name")),
        "override_description": _text(spec.get("override_description")),
        "enabled": bool(spec.get("enabled", True)),
        "display_order": int(spec.get("display_order") or 0),
        "created_at": now,
        "updated_at": now,
    }


def _resolve_specs(
    gw: GatewayState, bundle_id: str | None, specs: Iterable[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Document]]:
    """Each requested tool with its `tool` document: 404 unknown, 409 repeated or present."""
    present = (
        {str(r.get("tool_id")) for r in _rows(gw, bundle_id)} if bundle_id is not None else set()
    )
    seen: set[str] = set()
    resolved: list[tuple[Mapping[str, Any], Document]] = []
    for spec in specs:
        raw = spec.get("tool_id")
        tool = _get(gw, TOOL, raw)
        if tool is None:
            raise HTTPProblem(404, f"Tool {raw} not found")
        if tool["id"] in seen:
            raise conflict(f"Tool {tool['id']} is listed more than once")
        if tool["id"] in present:
            raise conflict(f"Tool {tool['id']} is already in the bundle")
        seen.add(tool["id"])
        resolved.append((spec, tool))
    return resolved


def _bump(gw: GatewayState, bundle: Document) -> None:
    bundle["updated_at"] = now_iso()
    gw.store.update(BUNDLE, bundle["id"], bundle)


def _page(items: list[Document], page: int, size: int) -> list[Document]:
    start = (page - 1) * size
    return items[start : start + size]


# --- bundles CRUD --------------------------------------------------------------------------


@operation("list_bundles")
async def list_bundles(req: ApiRequest) -> ApiResult:
    gw = req.gw
    search = str(req.query.get("search") or "").casefold()
    page, size = int(req.query["page"]), int(req.query["page_size"])
    docs = [
        doc
        for doc in gw.store.list(BUNDLE)
        if not search
        or any(search in str(doc.get(f) or "").casefold() for f in ("name", "description"))
    ]
    items = [_render_bundle(gw, doc) for doc in _page(docs, page, size)]
    return ApiResult.json({"items": items, "total": len(docs), "page": page, "page_size": size})


@operation("create_bundle")
async def create_bundle(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body
    now = now_iso()
    doc: Document = {
        "id": new_id(),
        "name": body["name"],
        "description": body.get("description"),
        "agent_id": body.get("agent_id"),
        "bundle_key": BUNDLE_KEY_PREFIX + secrets.token_urlsafe(32),
        "created_at": now,
        "updated_at": now,
    }
    with gw.store.transaction():
        if _name_taken(gw, doc["name"]):
            raise conflict(f"A bundle named {doc['name']!r} already exists")
        if doc["agent_id"] is not None and _agent_taken(gw, doc["agent_id"]):
            raise conflict(f"Agent {doc['agent_id']!r} is already linked to another bundle")
        resolved = _resolve_specs(gw, None, body.get("tools") or [])
        gw.store.insert(BUNDLE, doc)
        for spec, tool in resolved:
            gw.store.insert(BUNDLE_TOOL, _new_row(doc["id"], tool, spec))
    return ApiResult.json(_render_bundle(gw, doc, key=True), status=201)


@operation("get_bundle")
async def get_bundle(req: ApiRequest) -> ApiResult:
    doc = _bundle_or_404(req.gw, req.path["bundle_id"])
    return ApiResult.json(_render_bundle(req.gw, doc, key=True, tools=True))


@operation("get_bundle_by_agent")
async def get_bundle_by_agent(req: ApiRequest) -> ApiResult:
    agent_id = str(req.path["agent_id"])
    found = req.gw.store.list(BUNDLE, lambda d: d.get("agent_id") == agent_id)
    if not found:
        raise HTTPProblem(404, f"No bundle is linked to agent {agent_id!r}")
    return ApiResult.json(_render_bundle(req.gw, found[0], key=True, tools=True))


@operation("update_bundle")
async def update_bundle(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body or {}
    sent = req.raw_body_keys
    doc = _bundle_or_404(gw, req.path["bundle_id"])
    if "name" in sent and body.get("name") is not None:
        doc["name"] = body["name"]
    if "description" in sent:
        doc["description"] = body.get("description")
    if "agent_id" in sent:
        doc["agent_id"] = body.get("agent_id")
    with gw.store.transaction():
        if gw.store.get(BUNDLE, doc["id"]) is None:
            raise not_found("Bundle")
        if _name_taken(gw, doc["name"], except_id=doc["id"]):
            raise conflict(f"A bundle named {doc['name']!r} already exists")
        if doc["agent_id"] is not None and _agent_taken(gw, doc["agent_id"], except_id=doc["id"]):
            raise conflict(f"Agent {doc['agent_id']!r} is already linked to another bundle")
        _bump(gw, doc)
    return ApiResult.json(_render_bundle(gw, doc, key=True))


@operation("delete_bundle")
async def delete_bundle(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = _bundle_or_404(gw, req.path["bundle_id"])
    with gw.store.transaction():
        for row in _rows(gw, doc["id"]):
            gw.store.delete(BUNDLE_TOOL, row["id"])
        for row in gw.store.list(BUNDLE_CONNECTION, lambda a: a.get("bundle_id") == doc["id"]):
            gw.store.delete(BUNDLE_CONNECTION, row["id"])
        gw.store.delete(BUNDLE, doc["id"])
    return ApiResult.no_content()


# --- servers and tools ---------------------------------------------------------------------


@operation("assign_bundle_server")
async def assign_bundle_server(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    server = _get(gw, SERVER, req.path["server_id"])
    if server is None:
        raise not_found("Server")
    added = existing = 0
    with gw.store.transaction():
        present = {str(r.get("tool_id")) for r in _rows(gw, bundle["id"])}
        for tool in gw.store.list(TOOL, lambda t: t.get("server_id") == server["id"]):
            if tool["id"] in present:
                existing += 1
                continue
            gw.store.insert(BUNDLE_TOOL, _new_row(bundle["id"], tool, {}))
            present.add(tool["id"])
            added += 1
        if added:
            _bump(gw, bundle)
    return ApiResult.json({"tools_added": added, "tools_existing": existing})


@operation("remove_bundle_server")
async def remove_bundle_server(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    server_id = canonical_uuid(req.path["server_id"])
    rows: list[Document] = []
    if server_id is not None:
        for row in _rows(gw, bundle["id"]):
            tool = gw.store.get(TOOL, str(row.get("tool_id")))
            owner = tool.get("server_id") if tool is not None else row.get("server_id")
            if owner == server_id:
                rows.append(row)
    if not rows and (server_id is None or gw.store.get(SERVER, server_id) is None):
        raise not_found("Server")
    with gw.store.transaction():
        for row in rows:
            gw.store.delete(BUNDLE_TOOL, row["id"])
        if rows:
            _bump(gw, bundle)
    return ApiResult.no_content()


@operation("list_bundle_tools")
async def list_bundle_tools(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    enabled_only = bool(req.query.get("enabled_only", True))
    page, size = int(req.query["page"]), int(req.query["page_size"])
    tools = bundle_tools(gw, bundle["id"], enabled_only=enabled_only)
    return ApiResult.json(
        {
            "items": _page(tools, page, size),
            "total": len(tools),
            "page": page,
            "page_size": size,
            "has_next": page * size < len(tools),
        }
    )


@operation("add_bundle_tools")
async def add_bundle_tools(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    added: list[tuple[Document, Document]] = []
    with gw.store.transaction():
        for spec, tool in _resolve_specs(gw, bundle["id"], req.body["tools"]):
            row = _new_row(bundle["id"], tool, spec)
            gw.store.insert(BUNDLE_TOOL, row)
            added.append((row, tool))
        if added:
            _bump(gw, bundle)
    servers: dict[str, Document | None] = {}
    return ApiResult.json([_render_tool(gw, row, tool, servers) for row, tool in added])


def _row_or_404(gw: GatewayState, bundle_id: str, tool_id: object) -> Document:
    canonical = canonical_uuid(tool_id)
    rows = [r for r in _rows(gw, bundle_id) if canonical and r.get("tool_id") == canonical]
    if not rows:
        raise HTTPProblem(404, "Tool not found in this bundle")
    return rows[0]


@operation("update_bundle_tool")
async def update_bundle_tool(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    row = _row_or_404(gw, bundle["id"], req.path["tool_id"])
    tool = gw.store.get(TOOL, str(row["tool_id"]))
    if tool is None:
        raise HTTPProblem(404, "Tool not found: it was removed from its server")
    body: dict[str, Any] = req.body or {}
    sent = req.raw_body_keys
    for key in ("override_name", "override_description"):
        if key in sent:
            row[key] = _text(body.get(key))
    if "enabled" in sent and body.get("enabled") is not None:
        row["enabled"] = bool(body["enabled"])
    if "display_order" in sent and body.get("display_order") is not None:
        row["display_order"] = int(body["display_order"])
    row["updated_at"] = now_iso()
    with gw.store.transaction():
        if gw.store.get(BUNDLE_TOOL, row["id"]) is None:
            raise HTTPProblem(404, "Tool not found in this bundle")
        gw.store.update(BUNDLE_TOOL, row["id"], row)
        _bump(gw, bundle)
    return ApiResult.json(_render_tool(gw, row, tool, {}))


@operation("remove_bundle_tool")
async def remove_bundle_tool(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    row = _row_or_404(gw, bundle["id"], req.path["tool_id"])
    with gw.store.transaction():
        gw.store.delete(BUNDLE_TOOL, row["id"])
        _bump(gw, bundle)
    return ApiResult.no_content()


# --- connections ---------------------------------------------------------------------------


def _render_assignment(
    gw: GatewayState, row: Mapping[str, Any], connection: Mapping[str, Any]
) -> Document:
    server_id = str(connection.get("server_id"))
    server = gw.store.get(SERVER, server_id)
    name = (server or {}).get("name") or connection.get("_server_name") or ""
    return {
        "id": row["id"],
        "bundle_id": row["bundle_id"],
        "server_id": server_id,
        "user_connection_id": connection["id"],
        "server_name": str(name),
        "provider_name": connection.get("provider_name"),
        "provider_email": connection.get("provider_email"),
        "is_valid": bool(connection.get("is_valid", True)) and server is not None,
        "created_at": row["created_at"],
    }


def _assignments(gw: GatewayState, bundle_id: str) -> list[tuple[Document, Document]]:
    pairs: list[tuple[Document, Document]] = []
    for row in gw.store.list(BUNDLE_CONNECTION, lambda a: a.get("bundle_id") == bundle_id):
        connection = gw.store.get(CONNECTION, str(row.get("user_connection_id")))
        if connection is not None:
            pairs.append((row, connection))
    return pairs


@operation("list_bundle_connections")
async def list_bundle_connections(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    items = [_render_assignment(gw, row, conn) for row, conn in _assignments(gw, bundle["id"])]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("assign_bundle_connection")
async def assign_bundle_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    connection = _get(gw, CONNECTION, req.path["connection_id"])
    if connection is None:
        raise not_found("Connection")
    row: Document = {
        "id": new_id(),
        "bundle_id": bundle["id"],
        "server_id": connection.get("server_id"),
        "user_connection_id": connection["id"],
        "created_at": now_iso(),
    }
    with gw.store.transaction():
        for old, old_connection in _assignments(gw, bundle["id"]):
            if old_connection["id"] == connection["id"]:
                raise conflict("The connection is already assigned to this bundle")
            if old_connection.get("server_id") == connection.get("server_id"):
                gw.store.delete(BUNDLE_CONNECTION, old["id"])  # one connection per server
        gw.store.insert(BUNDLE_CONNECTION, row)
        _bump(gw, bundle)
    return ApiResult.json(_render_assignment(gw, row, connection), status=201)


@operation("remove_bundle_connection")
async def remove_bundle_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = _bundle_or_404(gw, req.path["bundle_id"])
    canonical = canonical_uuid(req.path["connection_id"])
    rows = gw.store.list(
        BUNDLE_CONNECTION,
        lambda a: a.get("bundle_id") == bundle["id"] and a.get("user_connection_id") == canonical,
    )
    if not canonical or not rows:
        raise HTTPProblem(404, "Connection not assigned to this bundle")
    with gw.store.transaction():
        for row in rows:
            gw.store.delete(BUNDLE_CONNECTION, row["id"])
        _bump(gw, bundle)
    return ApiResult.no_content()
