"""Servers: their tools (list, sync, overrides, selection) and the tools of local servers.

Tool documents are written through :class:`~mcpgateway_local.toolbox.Toolbox`, which keeps the
search index in step.
"""

from __future__ import annotations

from typing import Any

from ..store import Document
from ..tool_values import (
    normalize_schema,
    render_tool,
    session_id_of,
)
from ..toolbox import Toolbox
from . import (
    ApiRequest,
    ApiResult,
    operation,
    unprocessable,
)

__all__: list[str] = []


def _box(req: ApiRequest) -> Toolbox:
    return Toolbox.of(req.gw)


# -- tools -------------------------------------------------------------------------------------


@operation("list_server_tools")
async def list_server_tools(req: ApiRequest) -> ApiResult:
    """Every tool of the server (overrides applied) as a bare array, within the session scope."""
    box = _box(req)
    scope = box.scope(session_id_of(req.headers))
    server = box.server(req.path["server_id"])
    docs = box.tool_docs(str(server["id"]))
    if scope is not None:
        records = [box.record(str(d["id"])) for d in docs]
        docs = [
            d
            for d, r in zip(docs, records, strict=True)
            if r is not None and scope.permits_tool(r.server_name, r.name)
        ]
    return ApiResult.json([render_tool(d) for d in docs])


@operation("sync_server_tools")
async def sync_server_tools(req: ApiRequest) -> ApiResult:
    """Re-list the tools of the running server; 409 when it is not running."""
    report = await _box(req).sync(req.path["server_id"])
    return ApiResult.json(
        {
            "added": report.added,
            "removed": report.removed,
            "modified": report.modified,
            "total_tools": report.total_tools,
            "sync_hash": report.sync_hash,
        }
    )


def _tool(req: ApiRequest) -> tuple[Toolbox, Document]:
    box = _box(req)
    server = box.server(req.path["server_id"])
    return box, box.tool_doc(str(server["id"]), req.path["tool_id"])


@operation("update_tool_overrides")
async def update_tool_overrides(req: ApiRequest) -> ApiResult:
    """Set overrides for the fields sent (null drops that override)."""
    box, doc = _tool(req)
    body: dict[str, Any] = dict(req.body or {})
    changes = {k: body.get(k) for k in req.raw_body_keys}
    if "name" in changes and changes["name"] is not None:
        name = changes["name"]
        if not isinstance(name, str) or not name.strip() or len(name) > 255:
            raise unprocessable(["body", "name"], "name must be a non-empty string")
    return ApiResult.json(render_tool(box.set_overrides(doc, changes)))


@operation("reset_tool_overrides")
async def reset_tool_overrides(req: ApiRequest) -> ApiResult:
    """Drop every override."""
    box, doc = _tool(req)
    box.set_overrides(doc, {"name": None, "description": None, "input_schema": None})
    return ApiResult.no_content()


@operation("correct_tool_schema")
async def correct_tool_schema(req: ApiRequest) -> ApiResult:
    """Normalise the input schema deterministically and keep the result as an override."""
    box, doc = _tool(req)
    fixed = normalize_schema(doc.get("input_schema"))
    original = doc["_original"].get("input_schema")
    override = None if fixed == original else fixed
    return ApiResult.json(render_tool(box.set_overrides(doc, {"input_schema": override})))


@operation("get_tool_selection")
async def get_tool_selection(req: ApiRequest) -> ApiResult:
    """Each tool of the server and whether it is exposed."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    items = [
        {
            "tool_id": d["id"],
            "tool_name": d["name"],
            "description": d.get("description"),
            "enabled": bool(d.get("enabled", True)),
        }
        for d in box.tool_docs(str(server["id"]))
    ]
    return ApiResult.json({"items": items})


@operation("update_tool_selection")
async def update_tool_selection(req: ApiRequest) -> ApiResult:
    """Enable or disable the listed tools of this server (ids of other servers are ignored)."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    body = req.body or {}
    updated = box.set_enabled(str(server["id"]), body["tool_ids"], bool(body["enabled"]))
    return ApiResult.json({"updated": updated})


@operation("create_local_tool")
async def create_local_tool(req: ApiRequest) -> ApiResult:
    """Add a tool to a local server."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    return ApiResult.json(render_tool(box.create_local_tool(server, req.body or {})), status=201)


@operation("update_local_tool")
async def update_local_tool(req: ApiRequest) -> ApiResult:
    """Change a local tool's definition."""
    box, doc = _tool(req)
    body: dict[str, Any] = dict(req.body or {})
    changes = {k: body.get(k) for k in req.raw_body_keys}
    return ApiResult.json(render_tool(box.update_local_tool(doc, changes)))


@operation("delete_local_tool")
async def delete_local_tool(req: ApiRequest) -> ApiResult:
    """Remove a local tool."""
    box, doc = _tool(req)
    box.delete_tool(doc)
    return ApiResult.no_content()


@operation("sync_local_tools")
async def sync_local_tools(req: ApiRequest) -> ApiResult:
    """Make the local server's tools exactly the list sent (atomic)."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    added, updated, removed, total = box.sync_local_tools(server, (req.body or {})["tools"])
    return ApiResult.json(
        {
            "tools_added": added,
            "tools_updated": updated,
            "tools_removed": removed,
            "total_tools": total,
        }
    )
