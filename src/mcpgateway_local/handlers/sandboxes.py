"""Sandboxes: lifecycle (create, get, update, stop, resume, destroy), activity, and what the
local runtime offers (images, templates, packages). Thin: the services are `sandbox_lifecycle`
(what a local sandbox is and enforces), `sandbox_records`, `sandbox_egress`.

Files and skills are in `sandbox_files.py`; commands and the call log in `sandbox_calls.py`.

Documents (kinds owned by `sandbox_records`): `sandbox` (the `Sandbox` wire fields plus internal
`_env_vars`, given to every command and never returned, and `_extra`, unknown fields kept as
sent) and `sandbox_activity` ({id, sandbox_id, action, timestamp, detail}; actions `created`,
`updated`, `exec`, `upload`, `download`, `stopped`, `resumed`, `skills_installed`; oldest first).

Lifecycle: `running` -> `stopped` (stop, or lazily when read after `idle_timeout_seconds` without
a command or file operation; 0 = never) -> `running` (resume). Stopping kills the commands in
flight (they answer exit code 137); exec on a stopped sandbox is 409, and so is an egress policy
change on a running one. A create with the `session_key` of an existing sandbox answers
with that sandbox.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from ..sandbox_host import python_packages, python_version, system_tools
from ..sandbox_lifecycle import (
    DEFAULT_IMAGE,
    HOST_RUNTIME_NOTE,
    create_sandbox,
    destroy_sandbox,
    resume_sandbox,
    stop_sandbox,
    update_sandbox,
)
from ..sandbox_records import ACTIVITY, SANDBOX, idle_check, load_sandbox, render_sandbox
from ..sandbox_runtime import SandboxRuntime
from . import ApiRequest, ApiResult, operation

__all__ = ["HOST_RUNTIME_NOTE"]


@operation("list_sandboxes")
async def list_sandboxes(req: ApiRequest) -> ApiResult:
    items = [render_sandbox(idle_check(req.gw, doc)) for doc in req.gw.store.list(SANDBOX)]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("create_sandbox")
async def create_sandbox_op(req: ApiRequest) -> ApiResult:
    body: dict[str, Any] = dict(req.body or {})
    doc, _ = create_sandbox(req.gw, body, req.caller.name)
    return ApiResult.json(render_sandbox(doc), status=201)


@operation("get_sandbox")
async def get_sandbox(req: ApiRequest) -> ApiResult:
    return ApiResult.json(render_sandbox(load_sandbox(req.gw, req.path["sandbox_id"])))


@operation("update_sandbox")
async def update_sandbox_op(req: ApiRequest) -> ApiResult:
    body: dict[str, Any] = dict(req.body or {})
    sent = [k for k in body if k in req.raw_body_keys]
    doc = update_sandbox(req.gw, req.path["sandbox_id"], body, sent)
    return ApiResult.json(render_sandbox(doc))


@operation("destroy_sandbox")
async def destroy_sandbox_op(req: ApiRequest) -> ApiResult:
    await destroy_sandbox(req.gw, req.path["sandbox_id"])
    return ApiResult.no_content()


@operation("stop_sandbox")
async def stop_sandbox_op(req: ApiRequest) -> ApiResult:
    await stop_sandbox(req.gw, req.path["sandbox_id"])
    return ApiResult.no_content()


@operation("resume_sandbox")
async def resume_sandbox_op(req: ApiRequest) -> ApiResult:
    return ApiResult.json(render_sandbox(resume_sandbox(req.gw, req.path["sandbox_id"])))


@operation("list_sandbox_activity")
async def list_sandbox_activity(req: ApiRequest) -> ApiResult:
    doc = load_sandbox(req.gw, req.path["sandbox_id"])
    entries = req.gw.store.list(ACTIVITY, lambda a: a.get("sandbox_id") == doc["id"])
    items = [
        {"action": e["action"], "timestamp": e["timestamp"], "detail": e.get("detail")}
        for e in entries
    ]
    return ApiResult.json({"items": items, "total": len(items)})


# --- what the local runtime offers ---------------------------------------------------------


@operation("list_sandbox_images")
async def list_sandbox_images(req: ApiRequest) -> ApiResult:
    version = python_version()
    items = [
        {
            "name": "local/host-python",
            "tag": version,
            "description": f"The only runtime of the local gateway: host processes with Python "
            f"{version} (the gateway's interpreter) and the host's tools. {HOST_RUNTIME_NOTE}",
        },
        {
            "name": DEFAULT_IMAGE.split(":", 1)[0],
            "tag": DEFAULT_IMAGE.split(":", 1)[1],
            "description": "The SDK's default image name; accepted and recorded, runs as "
            "local/host-python. Any other image name is accepted the same way.",
        },
    ]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("list_sandbox_image_templates")
async def list_sandbox_image_templates(req: ApiRequest) -> ApiResult:
    base = f"local/host-python:{python_version()}"
    items = [
        {
            "name": "python",
            "base_image": base,
            "description": "Run Python code: `python`/`python3` are the gateway's interpreter, "
            "with the packages installed next to it.",
        },
        {
            "name": "shell",
            "base_image": base,
            "description": "Run POSIX shell commands (`/bin/sh -c`) with the host's tools.",
        },
    ]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("get_sandbox_package_catalog")
async def get_sandbox_package_catalog(req: ApiRequest) -> ApiResult:
    runtime = req.gw.sandboxes
    search_path = "/usr/local/bin:/usr/bin:/bin"
    if isinstance(runtime, SandboxRuntime):
        search_path = f"{os.path.dirname(sys.executable)}:{search_path}"
    packages, tools = await asyncio.to_thread(
        lambda: (python_packages(), system_tools(search_path))
    )
    items = [
        {
            "name": "python",
            "description": f"Python distributions importable by `python` in a sandbox (Python "
            f"{python_version()}); already available: the local gateway builds no images.",
            "packages": packages,
        },
        {
            "name": "system",
            "description": "Host commands found on the sandbox PATH; already available.",
            "packages": tools,
        },
    ]
    return ApiResult.json({"items": items, "total": len(items)})
