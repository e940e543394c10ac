"""Tools across servers: search, execute, look up by qualified name.

Search, execute and by-name honour the session named by ``X-MCP-Session-ID`` (else
``Mcp-Session-Id``): its allow/deny lists hide tools from search and by-name (404) and make
execute answer 403; an unknown or inactive session id is a 404. ``bundle_id`` / ``agent_id``
restrict search, execute (403) and by-name (404) to the bundle's enabled tools.
"""

from __future__ import annotations

from typing import Any

from ..call_metadata import call_metadata
from ..call_records import check_metadata, record_call
from ..kinds import TOOL
from ..scoping import split_qualified
from ..server_settings import bundle_only_ids, reachable
from ..tool_hints import tool_hints
from ..tool_values import ToolUnavailable, session_id_of
from ..toolbox import Toolbox
from . import ApiRequest, ApiResult, operation

__all__: list[str] = []


@operation("search_tools")
async def search_tools(req: ApiRequest) -> ApiResult:
    """BM25 search over the enabled tools of running servers (name + description)."""
    box = Toolbox.of(req.gw)
    scope = box.scope(session_id_of(req.headers))
    body = req.body or {}
    server_ids = body.get("server_ids")
    hits = box.search(
        str(body["query"]),
        int(body.get("limit") or 5),
        server_ids=server_ids if isinstance(server_ids, list) else None,
        scope=scope,
        tool_ids=box.bundle_tool_ids(body.get("bundle_id"), body.get("agent_id")),
    )
    tools: list[dict[str, Any]] = [
        {
            "tool_id": record.id,
            "tool_name": record.name,
            "description": record.description,
            "server_id": record.server_id,
            "server_name": record.server_name,
            "display_name": None,
            "score": round(score, 6),
            "input_schema": record.input_schema,
            "qualified_name": record.qualified_name,
            **tool_hints(box.store.get(TOOL, record.id)),
        }
        for record, score in hits
    ]
    return ApiResult.json({"tools": tools, "total": len(tools)})


@operation("execute_tool")
async def execute_tool(req: ApiRequest) -> ApiResult:
    """Resolve (CONTRACT §1.8), check scope and state, call the tool on its server.

    A failure inside the tool is a 200 with `error` set and `result` null; unknown tool or
    server 404, outside the session scope 403, server not running 409. `server_id` and
    `server_name` together are accepted when they name the same server (SDK 0.28 sent both),
    422 otherwise. The call and its `metadata` are recorded (`call_records`).
    """
    box = Toolbox.of(req.gw)
    scope = box.scope(session_id_of(req.headers))
    body = req.body or {}
    server_id = body.get("server_id")
    server_name = body.get("server_name")
    metadata = check_metadata(body.get("metadata"))
    with call_metadata(metadata):
        execution = await box.execute(
            str(body["tool_name"]),
            body.get("arguments") or {},
            server_id=str(server_id) if server_id is not None else None,
            server_name=str(server_name) if server_name is not None else None,
            scope=scope,
            tool_ids=box.bundle_tool_ids(body.get("bundle_id"), body.get("agent_id")),
        )
    record_call(req.gw, execution, metadata)
    return ApiResult.json(execution.as_json())


@operation("get_tool_by_name")
async def get_tool_by_name(req: ApiRequest) -> ApiResult:
    """The tool with this qualified name `server__tool` (any state), within session and bundle."""
    box = Toolbox.of(req.gw)
    scope = box.scope(session_id_of(req.headers))
    tool_ids = box.bundle_tool_ids(req.query.get("bundle_id"), req.query.get("agent_id"))
    name = str(req.query["name"])
    parts = split_qualified(name)
    if parts is None:
        raise ToolUnavailable(f"Tool '{name}' not found: use the qualified name <server>__<tool>")
    server = box.find_server_by_name(parts[0])
    if server is None:
        raise ToolUnavailable(f"Tool '{name}' not found: no server named '{parts[0]}'")
    record = next(
        (r for r in box.records(str(server["id"])) if r.name == parts[1]),
        None,
    )
    if (
        record is None
        or not reachable(record.server_id, record.id, bundle_only_ids(box.store), tool_ids)
        or (scope is not None and not scope.permits_tool(record.server_name, record.name))
        or (tool_ids is not None and record.id not in tool_ids)
    ):
        raise ToolUnavailable(f"Tool '{parts[1]}' not found on server '{server['name']}'")
    return ApiResult.json(
        {
            "tool_id": record.id,
            "tool_name": record.name,
            "qualified_name": record.qualified_name,
            "description": record.description,
            "server_id": record.server_id,
            "server_name": record.server_name,
            "input_schema": record.input_schema,
            "enabled": record.enabled,
            **tool_hints(box.store.get(TOOL, record.id)),
        }
    )
