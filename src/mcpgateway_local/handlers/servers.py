"""Servers: CRUD, lifecycle, health, bulk actions (tools: `server_tools`; legacy credentials and
OAuth settings: `server_credentials`; authentication: `server_auth`).

Server documents are written through :class:`~mcpgateway_local.toolbox.Toolbox`, which also
keeps the search index in step: the `Server` wire schema at top level plus `_auth_method`; fields
the caller sent that the schema does not know are kept and returned as they are.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ..bundle_state import bundle_usage
from ..domain_errors import DomainError
from ..generation_errors import CodedConflict, coded_body
from ..kinds import SERVER
from ..records import canonical_uuid
from ..server_cleanup import delete_with_jobs
from ..server_records import (
    COMPUTED_FIELDS,
    CREATE_FIELDS,
    OPTIONAL_STR,
    build_server,
    check_server_extras,
    check_server_name,
    config_problem,
    render_server,
    store_new_server,
    store_oauth,
)
from ..server_settings import check_server_settings
from ..server_types import TOOLS_TYPES, canonical_type
from ..tool_values import (
    HealthReport,
    status_counts,
)
from ..toolbox import Toolbox
from . import (
    ApiRequest,
    ApiResult,
    HTTPProblem,
    conflict,
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
    types = None if types is None else {canonical_type(t) for t in types}
    source = (q.get("source") or "").strip().casefold()
    mode = (q.get("credential_mode") or "").strip().casefold()

    def keep(doc: Mapping[str, Any]) -> bool:
        if search and not (
            search in str(doc.get("name", "")).casefold()
            or search in str(doc.get("display_name", "")).casefold()
        ):
            return False
        if types is not None and canonical_type(str(doc.get("type", ""))).casefold() not in types:
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
    if sent.get("type"):
        sent["type"] = canonical_type(str(sent["type"]))
    check_server_settings(sent, update=True)
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
        if (doc["type"] in TOOLS_TYPES) != (sent["type"] in TOOLS_TYPES) and box.records(sid):
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
        if doc["type"] in TOOLS_TYPES and doc.get("status") == "stopped" and "type" in sent:
            doc["status"] = "running"
        box.save_server(doc)
    return ApiResult.json(render_server(doc))


@operation("delete_server")
async def delete_server(req: ApiRequest) -> ApiResult:
    """Stop the server, then remove it with its tools, credentials and OAuth settings.

    409 `GENERATION_JOB_BUSY` while a generation job is deploying it (`server_cleanup.py`).
    """
    try:
        await delete_with_jobs(_box(req), req.path["server_id"])
    except CodedConflict as exc:
        return ApiResult.json(coded_body(exc), status=409)
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
            await delete_with_jobs(box, server_id)
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


@operation("get_server_bundle_usage")
async def get_server_bundle_usage(req: ApiRequest) -> ApiResult:
    """How many bundles hold tools of the server (`{bundle_count}`)."""
    return ApiResult.json(bundle_usage(req.gw, req.path["server_id"]))
