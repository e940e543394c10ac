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
from collections.abc import Mapping
from typing import Any

from ..bundle_records import (
    BUNDLE,
    BUNDLE_CONNECTION,
    BUNDLE_KEY_PREFIX,
    BUNDLE_TOOL,
    CONNECTION,
    SERVER,
    TOOL,
    agent_taken,
    bump,
    bundle_by_key,
    bundle_name_taken,
    bundle_rows,
    bundle_tools,
    get_doc,
    load_bundle,
    new_bundle_row,
    render_bundle,
    render_bundle_tool,
    resolve_tool_specs,
    text_or_none,
)
from ..bundle_state import set_tool_state
from ..records import canonical_uuid, new_id, now_iso
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
    items = [render_bundle(gw, doc) for doc in _page(docs, page, size)]
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
        if bundle_name_taken(gw, doc["name"]):
            raise conflict(f"A bundle named {doc['name']!r} already exists")
        if doc["agent_id"] is not None and agent_taken(gw, doc["agent_id"]):
            raise conflict(f"Agent {doc['agent_id']!r} is already linked to another bundle")
        resolved = resolve_tool_specs(gw, None, body.get("tools") or [])
        gw.store.insert(BUNDLE, doc)
        for spec, tool in resolved:
            gw.store.insert(BUNDLE_TOOL, new_bundle_row(doc["id"], tool, spec))
    return ApiResult.json(render_bundle(gw, doc, key=True), status=201)


@operation("get_bundle")
async def get_bundle(req: ApiRequest) -> ApiResult:
    doc = load_bundle(req.gw, req.path["bundle_id"])
    return ApiResult.json(render_bundle(req.gw, doc, key=True, tools=True))


@operation("get_bundle_by_agent")
async def get_bundle_by_agent(req: ApiRequest) -> ApiResult:
    agent_id = str(req.path["agent_id"])
    found = req.gw.store.list(BUNDLE, lambda d: d.get("agent_id") == agent_id)
    if not found:
        raise HTTPProblem(404, f"No bundle is linked to agent {agent_id!r}")
    return ApiResult.json(render_bundle(req.gw, found[0], key=True, tools=True))


@operation("update_bundle")
async def update_bundle(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body or {}
    sent = req.raw_body_keys
    doc = load_bundle(gw, req.path["bundle_id"])
    if "name" in sent and body.get("name") is not None:
        doc["name"] = body["name"]
    if "description" in sent:
        doc["description"] = body.get("description")
    if "agent_id" in sent:
        doc["agent_id"] = body.get("agent_id")
    with gw.store.transaction():
        if gw.store.get(BUNDLE, doc["id"]) is None:
            raise not_found("Bundle")
        if bundle_name_taken(gw, doc["name"], except_id=doc["id"]):
            raise conflict(f"A bundle named {doc['name']!r} already exists")
        if doc["agent_id"] is not None and agent_taken(gw, doc["agent_id"], except_id=doc["id"]):
            raise conflict(f"Agent {doc['agent_id']!r} is already linked to another bundle")
        bump(gw, doc)
    return ApiResult.json(render_bundle(gw, doc, key=True))


@operation("delete_bundle")
async def delete_bundle(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = load_bundle(gw, req.path["bundle_id"])
    with gw.store.transaction():
        for row in bundle_rows(gw, doc["id"]):
            gw.store.delete(BUNDLE_TOOL, row["id"])
        for row in gw.store.list(BUNDLE_CONNECTION, lambda a: a.get("bundle_id") == doc["id"]):
            gw.store.delete(BUNDLE_CONNECTION, row["id"])
        gw.store.delete(BUNDLE, doc["id"])
    return ApiResult.no_content()


# --- servers and tools ---------------------------------------------------------------------


@operation("assign_bundle_server")
async def assign_bundle_server(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
    server = get_doc(gw, SERVER, req.path["server_id"])
    if server is None:
        raise not_found("Server")
    added = existing = 0
    with gw.store.transaction():
        present = {str(r.get("tool_id")) for r in bundle_rows(gw, bundle["id"])}
        for tool in gw.store.list(TOOL, lambda t: t.get("server_id") == server["id"]):
            if tool["id"] in present:
                existing += 1
                continue
            gw.store.insert(BUNDLE_TOOL, new_bundle_row(bundle["id"], tool, {}))
            present.add(tool["id"])
            added += 1
        if added:
            bump(gw, bundle)
    return ApiResult.json({"tools_added": added, "tools_existing": existing})


@operation("remove_bundle_server")
async def remove_bundle_server(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
    server_id = canonical_uuid(req.path["server_id"])
    rows: list[Document] = []
    if server_id is not None:
        for row in bundle_rows(gw, bundle["id"]):
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
            bump(gw, bundle)
    return ApiResult.no_content()


@operation("list_bundle_tools")
async def list_bundle_tools(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
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
    bundle = load_bundle(gw, req.path["bundle_id"])
    added: list[tuple[Document, Document]] = []
    with gw.store.transaction():
        for spec, tool in resolve_tool_specs(gw, bundle["id"], req.body["tools"]):
            row = new_bundle_row(bundle["id"], tool, spec)
            gw.store.insert(BUNDLE_TOOL, row)
            added.append((row, tool))
        if added:
            bump(gw, bundle)
    servers: dict[str, Document | None] = {}
    return ApiResult.json([render_bundle_tool(gw, row, tool, servers) for row, tool in added])


def _row_or_404(gw: GatewayState, bundle_id: str, tool_id: object) -> Document:
    canonical = canonical_uuid(tool_id)
    rows = [r for r in bundle_rows(gw, bundle_id) if canonical and r.get("tool_id") == canonical]
    if not rows:
        raise HTTPProblem(404, "Tool not found in this bundle")
    return rows[0]


@operation("update_bundle_tool")
async def update_bundle_tool(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
    row = _row_or_404(gw, bundle["id"], req.path["tool_id"])
    tool = gw.store.get(TOOL, str(row["tool_id"]))
    if tool is None:
        raise HTTPProblem(404, "Tool not found: it was removed from its server")
    body: dict[str, Any] = req.body or {}
    sent = req.raw_body_keys
    for key in ("override_name", "override_description"):
        if key in sent:
            row[key] = text_or_none(body.get(key))
    if "enabled" in sent and body.get("enabled") is not None:
        row["enabled"] = bool(body["enabled"])
    if "display_order" in sent and body.get("display_order") is not None:
        row["display_order"] = int(body["display_order"])
    row["updated_at"] = now_iso()
    with gw.store.transaction():
        if gw.store.get(BUNDLE_TOOL, row["id"]) is None:
            raise HTTPProblem(404, "Tool not found in this bundle")
        gw.store.update(BUNDLE_TOOL, row["id"], row)
        bump(gw, bundle)
    return ApiResult.json(render_bundle_tool(gw, row, tool, {}))


@operation("set_bundle_tool_state")
async def set_bundle_tool_state(req: ApiRequest) -> ApiResult:
    body = req.body
    state = set_tool_state(
        req.gw, req.path["bundle_id"], body["disabled_tool_ids"], body.get("server_id")
    )
    return ApiResult.json(state)


@operation("remove_bundle_tool")
async def remove_bundle_tool(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
    row = _row_or_404(gw, bundle["id"], req.path["tool_id"])
    with gw.store.transaction():
        gw.store.delete(BUNDLE_TOOL, row["id"])
        bump(gw, bundle)
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
    bundle = load_bundle(gw, req.path["bundle_id"])
    items = [_render_assignment(gw, row, conn) for row, conn in _assignments(gw, bundle["id"])]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("assign_bundle_connection")
async def assign_bundle_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
    connection = get_doc(gw, CONNECTION, req.path["connection_id"])
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
        bump(gw, bundle)
    return ApiResult.json(_render_assignment(gw, row, connection), status=201)


@operation("remove_bundle_connection")
async def remove_bundle_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    bundle = load_bundle(gw, req.path["bundle_id"])
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
        bump(gw, bundle)
    return ApiResult.no_content()
