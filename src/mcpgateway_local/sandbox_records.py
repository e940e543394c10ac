"""Sandbox records: loading (with the lazy idle stop), wire rendering, the activity log, and
the bookkeeping of commands in flight (no Starlette).

Documents: `sandbox` (the `Sandbox` wire fields plus internal `_env_vars` and `_extra`) and
`sandbox_activity` ({id, sandbox_id, action, timestamp, detail}).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .domain_errors import missing
from .records import canonical_uuid, new_id, now_iso, parse_time, public
from .sandbox_egress import egress_fields
from .sandbox_runtime import ExecOutcome
from .state import GatewayState
from .store import Document

__all__ = [
    "ACTIVITY",
    "SANDBOX",
    "WIRE_FIELDS",
    "busy",
    "exec_tasks",
    "idle_check",
    "kill_commands",
    "load_sandbox",
    "log_activity",
    "render_sandbox",
    "touch",
]

SANDBOX = "sandbox"
"""Kind of the sandbox documents."""
ACTIVITY = "sandbox_activity"
"""Kind of the activity entries."""
WIRE_FIELDS = (
    "id",
    "user_id",
    "user_name",
    "status",
    "image",
    "container_id",
    "workspace_path",
    "created_at",
    "last_activity_at",
    "stopped_at",
    "memory_mb",
    "cpu_cores",
    "disk_mb",
    "idle_timeout_seconds",
    "network_enabled",
    "requested_egress_policy",
    "effective_egress_policy",
    "egress_policy_source",
    "egress_policy_revision",
    "gateway_egress_policy_revision",
    "egress_enforcement_status",
    "workload_class",
    "exec_count",
    "session_key",
    "metadata",
    "mounts",
)
"""The `Sandbox` wire fields, in order."""


def exec_tasks(gw: GatewayState) -> dict[str, set[asyncio.Task[ExecOutcome]]]:
    """The commands in flight, by sandbox id."""
    return gw.exec_tasks


def busy(gw: GatewayState, sandbox_id: str) -> bool:
    """Whether a command of the sandbox is running."""
    return bool(exec_tasks(gw).get(sandbox_id))


async def kill_commands(gw: GatewayState, sandbox_id: str) -> None:
    """Cancel the commands in flight (the runtime kills their process groups) and wait."""
    tasks = exec_tasks(gw).pop(sandbox_id, set())
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=10)


def log_activity(
    gw: GatewayState,
    sandbox_id: str,
    action: str,
    detail: Mapping[str, Any] | None = None,
    when: str | None = None,
) -> None:
    gw.store.insert(
        ACTIVITY,
        {
            "id": new_id(),
            "sandbox_id": sandbox_id,
            "action": action,
            "timestamp": when or now_iso(),
            "detail": dict(detail) if detail is not None else None,
        },
    )


def idle_check(gw: GatewayState, doc: Document) -> Document:
    """Stop a running sandbox idle for longer than its `idle_timeout_seconds` (lazily)."""
    timeout = doc.get("idle_timeout_seconds") or 0
    if doc.get("status") != "running" or timeout <= 0 or busy(gw, doc["id"]):
        return doc
    last = parse_time(doc.get("last_activity_at")) or parse_time(doc.get("created_at"))
    if last is None:
        return doc
    deadline = last + timedelta(seconds=timeout)
    if datetime.now(UTC) < deadline:
        return doc
    when = deadline.isoformat()
    doc["status"] = "stopped"
    doc["stopped_at"] = when
    with gw.store.transaction():
        gw.store.update(SANDBOX, doc["id"], doc)
        log_activity(
            gw, doc["id"], "stopped", {"reason": "idle_timeout", "idle_timeout_seconds": timeout}
        )
    return doc


def load_sandbox(gw: GatewayState, sandbox_id: str) -> Document:
    canonical = canonical_uuid(sandbox_id)
    doc = gw.store.get(SANDBOX, canonical) if canonical else None
    if doc is None:
        raise missing("Sandbox")
    return idle_check(gw, doc)


def render_sandbox(doc: Mapping[str, Any]) -> Document:
    out = public(doc)
    rendered = {name: out.get(name) for name in WIRE_FIELDS}
    rendered["metadata"] = dict(out.get("metadata") or {})
    rendered["mounts"] = [dict(m) for m in out.get("mounts") or []]
    if rendered["effective_egress_policy"] is None:  # stored before egress fields existed
        rendered.update(egress_fields(None, can_block=False))
    rendered["workload_class"] = rendered["workload_class"] or "interactive"
    return rendered


def touch(gw: GatewayState, sandbox_id: str, action: str | None, **detail: Any) -> None:
    """Record a file operation: `last_activity_at`, and an activity entry when `action`."""
    with gw.store.transaction():
        doc = gw.store.get(SANDBOX, sandbox_id)
        if doc is None:
            return
        now = now_iso()
        doc["last_activity_at"] = now
        gw.store.update(SANDBOX, sandbox_id, doc)
        if action is not None:
            log_activity(gw, sandbox_id, action, detail, when=now)
