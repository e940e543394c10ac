"""Servers: CRUD, lifecycle, health, bulk actions, tools, credentials, OAuth settings.

Documents (`server`, `tool`, `credential`, `oauth_config`) are owned here and written through
:class:`~mcpgateway_local.toolbox.Toolbox`, which also keeps the search index in step.

* `server`: the `Server` wire schema at top level plus `_auth_method`; fields the caller sent
  that the schema does not know are kept and returned as they are.
* `credential`: `ServerCredential` fields + `server_id` + `_value` (the secret, never returned).
* `oauth_config`: id = server id; `ServerOAuthConfig` fields + `_client_secret`. Created from an
  `oauth_config` object sent with `create_server` / `update_server` (the spec has no POST).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ..bundle_state import bundle_usage
from ..domain_errors import DomainError
from ..kinds import CREDENTIAL, OAUTH_CONFIG, SERVER
from ..records import canonical_uuid, public
from ..server_records import (
    COMPUTED_FIELDS,
    CREATE_FIELDS,
    OPTIONAL_STR,
    build_server,
    check_server_extras,
    check_server_name,
    config_problem,
    new_credential,
    oauth_public,
    render_server,
    store_new_server,
    store_oauth,
)
from ..store import Document
from ..tool_values import (
    HealthReport,
    normalize_schema,
    render_tool,
    session_id_of,
    status_counts,
)
from ..toolbox import Toolbox
from . import (
    ApiRequest,
    ApiResult,
    HTTPProblem,
    conflict,
    not_found,
    operation,
    unprocessable,
)

__all__: list[str] = []

SORT_KEYS = frozenset({"name", "status", "type", "tool_count", "updated_at", "created_at"})
BULK_ACTIONS = ("start", "stop", "delete", "sync")


def _box(req: ApiRequest) -> Toolbox:
    return Toolbox.of(req.gw)


def _sort_value(doc: Mapping[str, Any], key: str) -> tuple[int, Any]:
    value = doc.get(key)
    if value is None:
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold() if key == "name" else value)
    return (0, value)


def _csv(value: Any) -> set[str] | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return {part.strip().casefold() for part in value.split(",") if part.strip()}


@operation("list_servers")
async def list_servers(req: ApiRequest) -> ApiResult:
    """One page of servers, filtered and sorted, with status counts."""
    box = _box(req)
    q = req.query
    sort_by = q.get("sort_by") or "updated_at"
    if sort_by not in SORT_KEYS:
        raise unprocessable(
            ["query", "sort_by"], f"sort_by must be one of: {', '.join(sorted(SORT_KEYS))}"
        )
    search = (q.get("search") or "").strip().casefold()
    statuses = _csv(q.get("status"))
    types = _csv(q.get("type"))
    source = (q.get("source") or "").strip().casefold()
    mode = (q.get("credential_mode") or "").strip().casefold()

    def keep(doc: Mapping[str, Any]) -> bool:
        if search and not (
            search in str(doc.get("name", "")).casefold()
            or search in str(doc.get("display_name", "")).casefold()
        ):
            return False
        if types is not None and str(doc.get("type", "")).casefold() not in types:
            return False
        if source and str(doc.get("source", "")).casefold() != source:
            return False
        return not (mode and str(doc.get("credential_mode", "")).casefold() != mode)

    matching = [doc for doc in box.servers() if keep(doc)]
    counts = status_counts(matching)
    if statuses is not None:
        matching = [d for d in matching if str(d.get("status", "")).casefold() in statuses]
    reverse = (q.get("sort_order") or "desc") == "desc"
    present = [d for d in matching if d.get(sort_by) is not None]
    absent = [d for d in matching if d.get(sort_by) is None]
    present.sort(key=lambda d: _sort_value(d, sort_by), reverse=reverse)
    ordered = present + absent
    page = int(q.get("page") or 1)
    size = int(q.get("page_size") or 20)
    items = ordered[(page - 1) * size : page * size]
    return ApiResult.json(
        {
            "items": [render_server(d) for d in items],
            "total": len(ordered),
            "page": page,
            "page_size": size,
            "status_counts": counts,
        }
    )


@operation("create_server")
async def create_server(req: ApiRequest) -> ApiResult:
    """Register a server (`display_name` defaults to `name`); 409 when the name is taken."""
    box = _box(req)
    body = dict(req.body or {})
    doc = build_server(box, body, source="manual")
    store_new_server(box, doc, body)
    return ApiResult.json(render_server(doc), status=201)


@operation("get_server")
async def get_server(req: ApiRequest) -> ApiResult:
    """One server."""
    return ApiResult.json(render_server(_box(req).server(req.path["server_id"])))


@operation("update_server")
async def update_server(req: ApiRequest) -> ApiResult:
    """Change the fields sent (null leaves a required field unchanged, clears an optional one)."""
    box = _box(req)
    doc = box.server(req.path["server_id"])
    body: dict[str, Any] = dict(req.body or {})
    sent = {k: body[k] for k in req.raw_body_keys if k in body}
    check_server_extras(sent)
    sid = str(doc["id"])
    new_type = sent.get("type") or doc["type"]
    new_config = sent.get("config") if sent.get("config") is not None else doc.get("config")
    if "type" in sent or "config" in sent:
        problem = config_problem(str(new_type), new_config or {})
        if problem is not None:
            raise unprocessable(["body", "config"], problem)
    if sent.get("type") and sent["type"] != doc["type"]:
        if box.available(doc):
            raise conflict("Stop the server before changing its type")
        if (doc["type"] == "local") != (sent["type"] == "local") and box.records(sid):
            raise conflict(
                "Cannot switch between local and process types while the server has tools"
            )
    with box.store.transaction():
        new_name = sent.get("name")
        if new_name and new_name != doc["name"]:
            check_server_name(box, str(new_name), sid, ["body", "name"])
            box.rename_server(doc, str(new_name))
        for key in ("display_name", "type", "credential_mode", "exposure_mode"):
            if sent.get(key) is not None:
                doc[key] = sent[key]
        if sent.get("config") is not None:
            doc["config"] = dict(sent["config"])
        if sent.get("portal_visible") is not None:
            doc["portal_visible"] = bool(sent["portal_visible"])
        if "portal_tags" in sent:
            doc["portal_tags"] = [str(t) for t in sent["portal_tags"] or []]
        for key in (
            "sync_schedule",
            "portal_category",
            "description",
            "icon_url",
            "source_doc_url",
        ):
            if key in sent:
                doc[key] = sent[key]
        if "credential_requirements" in sent:
            doc["credential_requirements"] = list(sent["credential_requirements"] or [])
        if "oauth_config" in sent:
            store_oauth(box, doc, sent["oauth_config"])
        for key, value in sent.items():
            if (
                key not in CREATE_FIELDS
                and key not in COMPUTED_FIELDS
                and key not in OPTIONAL_STR
                and key not in ("exposure_mode", "credential_requirements")
                and not key.startswith("_")
            ):
                doc[key] = value
        if doc["type"] == "local" and doc.get("status") == "stopped" and "type" in sent:
            doc["status"] = "running"
        box.save_server(doc)
    return ApiResult.json(render_server(doc))


@operation("delete_server")
async def delete_server(req: ApiRequest) -> ApiResult:
    """Stop the server, then remove it with its tools, credentials and OAuth settings."""
    await _box(req).delete_server(req.path["server_id"])
    return ApiResult.no_content()


# -- lifecycle ---------------------------------------------------------------------------------


@operation("start_server")
async def start_server(req: ApiRequest) -> ApiResult:
    """Start the server and sync its tools (status `running`, or `error` with `last_error`)."""
    report = await _box(req).start(req.path["server_id"])
    return ApiResult.json(report.as_json())


@operation("stop_server")
async def stop_server(req: ApiRequest) -> ApiResult:
    """Stop the server."""
    report = await _box(req).stop(req.path["server_id"])
    return ApiResult.json(report.as_json())


@operation("check_server_health")
async def check_server_health(req: ApiRequest) -> ApiResult:
    """Ping the server and update its status."""
    report = await _box(req).health(req.path["server_id"])
    return ApiResult.json(report.as_json())


@operation("check_all_servers_health")
async def check_all_servers_health(req: ApiRequest) -> ApiResult:
    """Check every server concurrently."""
    box = _box(req)
    ids = [str(doc["id"]) for doc in box.store.list(SERVER)]
    outcomes = await asyncio.gather(*(box.health(sid) for sid in ids), return_exceptions=True)
    reports = [r for r in outcomes if isinstance(r, HealthReport)]
    counts = status_counts({"status": r.current_status} for r in reports)
    return ApiResult.json(
        {
            "results": [r.as_json() for r in reports],
            "total_checked": len(reports),
            "running": counts["running"],
            "stopped": counts["stopped"],
            "error": counts["error"],
        }
    )


async def _bulk_one(box: Toolbox, action: str, server_id: str) -> dict[str, Any]:
    try:
        if action == "start":
            report = await box.start(server_id)
            if report.current_status != "running":
                return {"server_id": server_id, "status": "failed", "error": report.message}
        elif action == "stop":
            await box.stop(server_id)
        elif action == "delete":
            await box.delete_server(server_id)
        else:
            await box.sync(server_id)
    except (HTTPProblem, DomainError) as problem:
        return {"server_id": server_id, "status": "failed", "error": str(problem.detail)}
    return {"server_id": server_id, "status": "success", "error": None}


@operation("bulk_server_action")
async def bulk_server_action(req: ApiRequest) -> ApiResult:
    """Run start/stop/delete/sync on each server; unknown ids are reported as failed."""
    box = _box(req)
    body = req.body or {}
    action = str(body["action"]).strip().lower()
    if action not in BULK_ACTIONS:
        raise unprocessable(["body", "action"], f"action must be one of: {', '.join(BULK_ACTIONS)}")
    ids: list[str] = []
    for index, raw in enumerate(body["server_ids"]):
        canonical = canonical_uuid(raw)
        if canonical is None:
            raise unprocessable(
                ["body", "server_ids", index], "Input should be a valid UUID", "uuid_parsing"
            )
        ids.append(canonical)
    results = await asyncio.gather(*(_bulk_one(box, action, sid) for sid in ids))
    succeeded = sum(1 for r in results if r["status"] == "success")
    return ApiResult.json(
        {
            "results": list(results),
            "total": len(results),
            "succeeded": succeeded,
            "failed": len(results) - succeeded,
        }
    )


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


# -- credentials and OAuth ---------------------------------------------------------------------


def _render_credential(doc: Mapping[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out.pop("server_id", None)
    return out


@operation("list_server_credentials")
async def list_server_credentials(req: ApiRequest) -> ApiResult:
    """The server's credentials, values masked."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    docs = box.store.list(CREDENTIAL, lambda d: d.get("server_id") == sid)
    return ApiResult.json({"items": [_render_credential(d) for d in docs], "total": len(docs)})


@operation("create_server_credential")
async def create_server_credential(req: ApiRequest) -> ApiResult:
    """Store a credential (409 when the server already has one of that name)."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    body = req.body or {}
    name = str(body["name"])
    with box.store.transaction():
        taken = box.store.list(
            CREDENTIAL, lambda d: d.get("server_id") == sid and d.get("name") == name
        )
        if taken:
            raise conflict(f"The server already has a credential named '{name}'")
        doc = new_credential(sid, body)
        box.store.insert(CREDENTIAL, doc)
    return ApiResult.json(_render_credential(doc), status=201)


@operation("delete_server_credential")
async def delete_server_credential(req: ApiRequest) -> ApiResult:
    """Remove a credential of this server."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    canonical = canonical_uuid(req.path["credential_id"])
    doc = box.store.get(CREDENTIAL, canonical) if canonical else None
    if doc is None or doc.get("server_id") != sid:
        raise not_found("Credential")
    box.store.delete(CREDENTIAL, str(doc["id"]))
    return ApiResult.no_content()


@operation("get_server_oauth_config")
async def get_server_oauth_config(req: ApiRequest) -> ApiResult:
    """The server's OAuth settings (secret masked); 404 when it has none."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    doc = box.store.get(OAUTH_CONFIG, sid)
    if doc is None:
        raise not_found("OAuth config")
    return ApiResult.json(oauth_public(doc))


@operation("delete_server_oauth_config")
async def delete_server_oauth_config(req: ApiRequest) -> ApiResult:
    """Remove the server's OAuth settings; 404 when it has none."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    with box.store.transaction():
        if box.store.get(OAUTH_CONFIG, str(server["id"])) is None:
            raise not_found("OAuth config")
        store_oauth(box, server, None)
        box.save_server(server)
    return ApiResult.no_content()


def _connection_summary(doc: Mapping[str, Any]) -> dict[str, Any] | None:
    conn_id = canonical_uuid(doc.get("id"))
    created = doc.get("created_at")
    if conn_id is None or not isinstance(created, str):
        return None
    provider = doc.get("provider_name")
    return {
        "id": conn_id,
        "credential_type": str(doc.get("credential_type") or "unknown"),
        "provider_name": provider if isinstance(provider, str) else None,
        "is_valid": bool(doc.get("is_valid", True)),
        "created_at": created,
    }


@operation("get_server_connection_options")
async def get_server_connection_options(req: ApiRequest) -> ApiResult:
    """Credential mode, accepted credential types and existing connections of the server."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    sid = str(server["id"])
    mode = str(server.get("credential_mode") or "none")
    types: list[str] = [] if mode == "none" else ["api_key", "bearer", "basic"]
    if mode != "none" and box.store.get(OAUTH_CONFIG, sid) is not None:
        types.append("oauth2")
    user_id = req.query.get("user_id")
    connections = []
    for doc in box.store.list("connection", lambda d: d.get("server_id") == sid):
        if user_id and doc.get("user_id") not in (None, user_id):
            continue
        summary = _connection_summary(doc)
        if summary is not None:
            connections.append(summary)
    return ApiResult.json(
        {
            "server_id": sid,
            "server_name": server["name"],
            "credential_mode": mode,
            "oauth_apps": [],
            "allowed_credential_types": types,
            "existing_connections": connections,
        }
    )


@operation("get_server_bundle_usage")
async def get_server_bundle_usage(req: ApiRequest) -> ApiResult:
    return ApiResult.json(bundle_usage(req.gw, req.path["server_id"]))
