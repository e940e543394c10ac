"""Sandbox commands (`exec`) and the call log (`logs`, `logs/export` as a streamed JSON array or
CSV). Thin: the services are `sandbox_exec` and `sandbox_logs`."""

from __future__ import annotations

from typing import Any

from ..sandbox_exec import Call, run_command
from ..sandbox_logs import csv_chunks, filters_from_query, json_chunks, query_logs, wire
from ..sandbox_records import load_sandbox
from . import ApiRequest, ApiResult, operation


@operation("exec_sandbox_command", cancel_on_disconnect=True)
async def exec_sandbox_command(req: ApiRequest) -> ApiResult:
    doc = load_sandbox(req.gw, req.path["sandbox_id"])
    body: dict[str, Any] = req.body
    timeout = int(body.get("timeout_seconds") or 30)
    call = Call(metadata=body.get("metadata") or None)
    outcome = await run_command(req.gw, doc, str(body["command"]), timeout, call)
    return ApiResult.json(
        {
            "exit_code": outcome.exit_code,
            "stdout": outcome.stdout,
            "stderr": outcome.stderr,
            "duration_ms": outcome.duration_ms,
        }
    )


@operation("list_sandbox_logs")
async def list_sandbox_logs(req: ApiRequest) -> ApiResult:
    doc = load_sandbox(req.gw, req.path["sandbox_id"])
    rows = query_logs(req.gw, doc["id"], filters_from_query(req.query))
    limit = int(req.query.get("limit") or 100)
    offset = int(req.query.get("offset") or 0)
    page = [wire(row) for row in rows[offset : offset + limit]]
    return ApiResult.json({"items": page, "total": len(rows), "limit": limit, "offset": offset})


@operation("export_sandbox_logs")
async def export_sandbox_logs(req: ApiRequest) -> ApiResult:
    doc = load_sandbox(req.gw, req.path["sandbox_id"])
    rows = query_logs(req.gw, doc["id"], filters_from_query(req.query))
    name = f"sandbox-{doc['id']}-logs"
    if req.query.get("format") == "csv":
        return ApiResult.stream(csv_chunks(rows), "text/csv", f"{name}.csv")
    return ApiResult.stream(json_chunks(rows), "application/json", f"{name}.json")
