"""Sandbox lifecycle: create (or hand back the sandbox of a `session_key`), update, stop,
resume, destroy. No Starlette; domain errors only.

**The local gateway runs no containers.** A sandbox is a directory under
`<data_dir>/sandboxes/<id>/` (`workspace/` is `/workspace`, `tmp/` is `/tmp`, and
`attachments/`, made when first listed or written, is `/attachments`) and its commands run as `/bin/sh -c` processes on the host (see
`sandbox_runtime`: not a security boundary). Any `image` is accepted and recorded, never pulled.
`memory_mb` bounds each command's address space, `disk_mb` each written file and the uploads;
`cpu_cores` and `network_enabled` are recorded only. Egress: see `sandbox_egress` (`blocked` is
enforced with a network namespace where the host allows it, and the status says which).
Mounts are validated and recorded, never mounted; their credentials are dropped.

`session_key`: a create naming the key of an existing sandbox returns that sandbox (resumed if
it was stopped) and changes nothing else: its metadata stays as stored. The check and the
insert run without yielding to the event loop, so parallel creates with one key get one sandbox.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from .domain_errors import Conflict, NotFound
from .records import LOCAL_USER_ID, new_id, now_iso
from .sandbox_egress import egress_fields, record_mounts
from .sandbox_exec import require_runtime
from .sandbox_logs import delete_logs
from .sandbox_records import ACTIVITY, SANDBOX, kill_commands, load_sandbox, log_activity
from .sandbox_settings import CREATE_ONLY, SETTINGS, apply_settings
from .state import GatewayState
from .store import Document

__all__ = [
    "DEFAULT_IMAGE",
    "HOST_RUNTIME_NOTE",
    "ROOTS",
    "create_sandbox",
    "destroy_sandbox",
    "resume_sandbox",
    "stop_sandbox",
    "update_sandbox",
]

logger = logging.getLogger(__name__)
DEFAULT_IMAGE = "mcpgateway/sandbox-runtime:latest"
WORKSPACE = "/workspace"
ROOTS = ("workspace", "attachments", "tmp")
"""The sandbox's top-level directories."""
HOST_RUNTIME_NOTE = (
    "Local gateway: no container. Commands run as host processes in the sandbox's own directory, "
    "with the host Python; the image is recorded, not pulled. Process isolation for development: "
    "see `enforced` for what this host enforces; egress 'blocked' is enforced only where "
    "`egress_enforcement_status` says so, total disk use is not (disk_mb bounds each file a "
    "command writes). Mounts are recorded, not mounted."
)


def _can_block(gw: GatewayState) -> bool:
    return require_runtime(gw).containment.net_namespace


def make_dirs(gw: GatewayState, sandbox_id: str) -> None:
    """The sandbox's directories (idempotent)."""
    runtime = require_runtime(gw)
    try:
        runtime.create(sandbox_id)
    except OSError as exc:
        raise Conflict(f"Cannot create the sandbox directories: {exc}") from None


def _by_session_key(gw: GatewayState, key: Any) -> Document | None:
    if not isinstance(key, str) or not key:
        return None
    found = gw.store.list(
        SANDBOX, lambda d: d.get("session_key") == key and d.get("user_id") == LOCAL_USER_ID
    )
    return found[0] if found else None


def create_sandbox(
    gw: GatewayState,
    body: Mapping[str, Any],
    user_name: str,
    *,
    workload_class: str = "interactive",
) -> tuple[Document, bool]:
    """The new sandbox, or the existing one of `session_key`; and whether it is new."""
    existing = _by_session_key(gw, body.get("session_key"))
    if existing is not None:
        if existing.get("status") != "running":
            return resume_sandbox(gw, existing["id"]), False
        return existing, False
    runtime = require_runtime(gw)
    now = now_iso()
    image = body.get("image")
    doc: Document = {
        "id": new_id(),
        "user_id": LOCAL_USER_ID,
        "user_name": user_name,
        "status": "running",
        "image": image if isinstance(image, str) and image else DEFAULT_IMAGE,
        "container_id": None,
        "workspace_path": WORKSPACE,
        "created_at": now,
        "last_activity_at": now,
        "stopped_at": None,
        "memory_mb": 512,
        "cpu_cores": 1.0,
        "disk_mb": 1024,
        "idle_timeout_seconds": 1800,
        "network_enabled": False,
        **egress_fields(None, runtime.containment.net_namespace),
        "workload_class": workload_class,
        "exec_count": 0,
        "session_key": None,
        "metadata": {},
        "mounts": record_mounts(body.get("mounts")),
        "_env_vars": {},
        "_extra": {
            k: v
            for k, v in body.items()
            if k not in SETTINGS | CREATE_ONLY and not k.startswith("_")
        },
    }
    apply_settings(doc, body, body.keys(), can_block=runtime.containment.net_namespace)
    make_dirs(gw, doc["id"])
    with gw.store.transaction():
        gw.store.insert(SANDBOX, doc)
        detail = {
            "image": doc["image"],
            "runtime": "host-process",
            "python": sys.version.split()[0],
            "note": HOST_RUNTIME_NOTE,
            "enforced": runtime.containment.enforced,
        }
        log_activity(gw, doc["id"], "created", detail, when=now)
    return doc, True


def update_sandbox(
    gw: GatewayState, sandbox_id: str, body: Mapping[str, Any], sent: Iterable[str]
) -> Document:
    """Apply the sent settings; an egress change needs a stopped sandbox (`Conflict`)."""
    doc = load_sandbox(gw, sandbox_id)
    keys = list(sent)
    was = dict(doc)
    changed = apply_settings(doc, body, keys, can_block=_can_block(gw))
    if "requested_egress_policy" in changed and was.get("status") != "stopped":
        raise Conflict(
            "An egress policy change needs a stopped sandbox: stop it, update it, resume it"
        )
    extra = {k: body[k] for k in keys if k not in SETTINGS and not k.startswith("_")}
    if extra:
        doc["_extra"] = {**(doc.get("_extra") or {}), **extra}
    with gw.store.transaction():
        if gw.store.get(SANDBOX, doc["id"]) is None:
            raise NotFound("Sandbox not found")
        gw.store.update(SANDBOX, doc["id"], doc)
        if changed:
            log_activity(gw, doc["id"], "updated", {"fields": changed})
    return doc


async def destroy_sandbox(gw: GatewayState, sandbox_id: str) -> None:
    """Delete the sandbox, its activity, its log and its files (commands are killed)."""
    runtime = require_runtime(gw)
    doc = load_sandbox(gw, sandbox_id)
    sid = doc["id"]
    with gw.store.transaction():
        for entry in gw.store.list(ACTIVITY, lambda a: a.get("sandbox_id") == sid):
            gw.store.delete(ACTIVITY, entry["id"])
        delete_logs(gw, sid)
        gw.store.delete(SANDBOX, sid)
    await kill_commands(gw, sid)
    try:
        runtime.destroy(sid)
    except OSError as exc:  # the record is gone; leftover files are only logged
        logger.warning("sandbox %s deleted, but some files remain: %s", sid, exc)


async def stop_sandbox(gw: GatewayState, sandbox_id: str) -> None:
    """Stop a running sandbox (its commands are killed); stopping a stopped one is a no-op."""
    doc = load_sandbox(gw, sandbox_id)
    if doc.get("status") == "stopped":
        return
    await kill_commands(gw, doc["id"])
    now = now_iso()
    with gw.store.transaction():
        current = gw.store.get(SANDBOX, doc["id"])
        if current is None:
            raise NotFound("Sandbox not found")
        current["status"] = "stopped"
        current["stopped_at"] = now
        gw.store.update(SANDBOX, doc["id"], current)
        log_activity(gw, doc["id"], "stopped", {"reason": "requested"}, when=now)


def resume_sandbox(gw: GatewayState, sandbox_id: str) -> Document:
    """Start a stopped sandbox again (a running one is returned as it is)."""
    doc = load_sandbox(gw, sandbox_id)
    if doc.get("status") == "running":
        return doc
    make_dirs(gw, doc["id"])
    now = now_iso()
    doc["status"] = "running"
    doc["last_activity_at"] = now
    with gw.store.transaction():
        gw.store.update(SANDBOX, doc["id"], doc)
        log_activity(gw, doc["id"], "resumed", None, when=now)
    return doc
