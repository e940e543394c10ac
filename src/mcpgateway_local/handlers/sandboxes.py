"""Sandboxes: lifecycle, commands, files, skills, activity, and what the local runtime offers.

**The local gateway runs no containers.** A sandbox is a directory under
`<data_dir>/sandboxes/<id>/` (`workspace/` is `/workspace`, `tmp/` is `/tmp`) and its commands run
as `/bin/sh -c` processes of the gateway's own user on the host, with the Python that runs the
gateway first on `PATH` (see `sandbox_runtime`: this is **not a security boundary**). Any `image`
is accepted and recorded, never pulled; `container_id` is always null. `memory_mb` is enforced as
the address-space limit of each command, `disk_mb` as the largest file a command may write and as
the quota uploads are checked against; `cpu_cores` and `network_enabled` are recorded only. The
`created` activity entry and `GET /sandbox-images` say the same.

Documents (kinds owned by `sandbox_records`):

* `sandbox`: the `Sandbox` wire fields (`metadata` included) plus internal `_env_vars` (given to
  every command; never returned), `_egress_policy` and `_extra` (unknown create/update fields,
  kept as sent).
* `sandbox_activity`: {id, sandbox_id, action, timestamp, detail}; actions `created`, `updated`,
  `exec`, `upload`, `download`, `stopped`, `resumed`, `skills_installed`. Listed oldest first
  (newest last). Destroying a sandbox deletes its entries.

Lifecycle: `running` -> `stopped` (stop, or lazily when read after `idle_timeout_seconds` without
a command or file operation; 0 = never) -> `running` (resume). Stopping kills the commands in
flight (they answer exit code 137); exec on a stopped sandbox is 409. Files stay readable and
writable while stopped.

File paths: `/workspace/...` and `/tmp/...` are sandbox paths, relative paths live under
`/workspace`; `GET /files` may also list `/`. Anything else, `..` segments, NUL bytes and symlinks
that resolve outside the sandbox are refused with 422 (a detail says why), before any file is
touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import sys
import time
from collections.abc import Mapping
from typing import Any

from ..records import LOCAL_USER_ID, canonical_uuid, new_id, now_iso
from ..sandbox_host import (
    disk_usage,
    python_packages,
    python_version,
    regular_file_size,
    system_tools,
)
from ..sandbox_paths import host_path
from ..sandbox_records import (
    ACTIVITY,
    SANDBOX,
    exec_tasks,
    idle_check,
    kill_commands,
    load_sandbox,
    log_activity,
    render_sandbox,
    touch,
)
from ..sandbox_runtime import (
    ExecOutcome,
    FileEntry,
    SandboxError,
    SandboxFileTooLargeError,
    SandboxNotFoundError,
    SandboxPathError,
    SandboxRuntime,
)
from ..sandbox_settings import CREATE_ONLY, SETTINGS, apply_settings
from ..skill_docs import skill_package_files
from ..skill_frontmatter import SKILL_MD, SkillPackageError
from ..store import Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    HTTPProblem,
    RequestValidationError,
    conflict,
    not_found,
    operation,
    unprocessable,
)

__all__ = ["HOST_RUNTIME_NOTE", "STOPPED_DETAIL"]

SKILL = "skill"
DEFAULT_IMAGE = "mcpgateway/sandbox-runtime:latest"
WORKSPACE = "/workspace"
STOPPED_DETAIL = "Sandbox is stopped; resume it first"
KILLED_EXIT_CODE = 137
HOST_RUNTIME_NOTE = (
    "Local gateway: no container. Commands run as host processes in the sandbox's own directory, "
    "with the host Python; the image is recorded, not pulled. Process isolation for development: "
    "see `enforced` for what this host enforces; network egress and total disk use are not "
    "enforced (disk_mb bounds each file a command writes)."
)
MIB = 1024 * 1024
logger = logging.getLogger(__name__)
_COMMAND_LOG_CHARS = 1000
MAX_COMMAND_BYTES = 64 * 1024
"""Longest `command` accepted (Linux refuses one argument over 128 KiB with E2BIG)."""

# --- helpers -------------------------------------------------------------------------------


def _runtime(gw: GatewayState) -> SandboxRuntime:
    runtime = gw.sandboxes
    if not isinstance(runtime, SandboxRuntime):
        raise HTTPProblem(503, "The sandbox runtime is not running in this gateway")
    return runtime


def _path_problem(loc: list[str | int], message: str) -> RequestValidationError:
    return unprocessable(loc, message, "value_error")


def _ensure_dirs(runtime: SandboxRuntime, sandbox_id: str) -> None:
    try:
        runtime.create(sandbox_id)
    except OSError as exc:
        raise HTTPProblem(500, f"Cannot create the sandbox directories: {exc}") from None


def _file_entry(entry: FileEntry) -> Document:
    return {
        "name": entry.name,
        "path": entry.path,
        "size": entry.size,
        "is_directory": entry.is_directory,
        "modified_at": entry.modified_at.isoformat(),
    }


def _os_error_detail(exc: OSError, path: str) -> str:
    reason = exc.strerror or exc.__class__.__name__
    return f"{path!r}: {reason}"


# --- sandboxes -----------------------------------------------------------------------------


@operation("list_sandboxes")
async def list_sandboxes(req: ApiRequest) -> ApiResult:
    items = [render_sandbox(idle_check(req.gw, doc)) for doc in req.gw.store.list(SANDBOX)]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("create_sandbox")
async def create_sandbox(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    body: dict[str, Any] = dict(req.body or {})
    now = now_iso()
    image = body.get("image")
    doc: Document = {
        "id": new_id(),
        "user_id": LOCAL_USER_ID,
        "user_name": req.caller.name,
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
        "exec_count": 0,
        "session_key": None,
        "metadata": {},
        "_env_vars": {},
        "_egress_policy": None,
        "_extra": {k: v for k, v in body.items() if k not in SETTINGS | CREATE_ONLY},
    }
    apply_settings(doc, body, body.keys())
    _ensure_dirs(runtime, doc["id"])
    with gw.store.transaction():
        gw.store.insert(SANDBOX, doc)
        log_activity(
            gw,
            doc["id"],
            "created",
            {
                "image": doc["image"],
                "runtime": "host-process",
                "python": sys.version.split()[0],
                "note": HOST_RUNTIME_NOTE,
                "enforced": runtime.containment.enforced,
            },
            when=now,
        )
    return ApiResult.json(render_sandbox(doc), status=201)


@operation("get_sandbox")
async def get_sandbox(req: ApiRequest) -> ApiResult:
    return ApiResult.json(render_sandbox(load_sandbox(req.gw, req.path["sandbox_id"])))


@operation("update_sandbox")
async def update_sandbox(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = load_sandbox(gw, req.path["sandbox_id"])
    body: dict[str, Any] = dict(req.body or {})
    sent = [k for k in body if k in req.raw_body_keys]
    changed = apply_settings(doc, body, sent)
    extra = {k: body[k] for k in sent if k not in SETTINGS}
    if extra:
        doc["_extra"] = {**(doc.get("_extra") or {}), **extra}
    with gw.store.transaction():
        if gw.store.get(SANDBOX, doc["id"]) is None:
            raise not_found("Sandbox")
        gw.store.update(SANDBOX, doc["id"], doc)
        if changed:
            log_activity(gw, doc["id"], "updated", {"fields": changed})
    return ApiResult.json(render_sandbox(doc))


@operation("destroy_sandbox")
async def destroy_sandbox(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    sandbox_id = doc["id"]
    with gw.store.transaction():
        for entry in gw.store.list(ACTIVITY, lambda a: a.get("sandbox_id") == sandbox_id):
            gw.store.delete(ACTIVITY, entry["id"])
        gw.store.delete(SANDBOX, sandbox_id)
    await kill_commands(gw, sandbox_id)
    try:
        runtime.destroy(sandbox_id)
    except OSError as exc:
        raise HTTPProblem(
            500, f"Sandbox deleted, but some of its files could not be removed: {exc}"
        ) from None
    return ApiResult.no_content()


@operation("exec_sandbox_command", cancel_on_disconnect=True)
async def exec_sandbox_command(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    sandbox_id = doc["id"]
    if doc.get("status") == "stopped":
        raise conflict(STOPPED_DETAIL)
    if doc.get("status") != "running":
        raise conflict(f"Sandbox is {doc.get('status')}; it must be running to run commands")
    body: dict[str, Any] = req.body
    command: str = body["command"]
    if "\0" in command:
        raise unprocessable(["body", "command"], "The command contains a NUL character")
    if len(command.encode("utf-8")) > MAX_COMMAND_BYTES:
        raise unprocessable(
            ["body", "command"],
            f"The command is longer than {MAX_COMMAND_BYTES} bytes; put long scripts in a file "
            "(upload it) and run that",
        )
    timeout = int(body.get("timeout_seconds") or 30)
    _ensure_dirs(runtime, sandbox_id)
    touch(gw, sandbox_id, None)
    started = time.monotonic()
    task = asyncio.ensure_future(
        runtime.exec(
            sandbox_id,
            command,
            timeout,
            env=dict(doc.get("_env_vars") or {}),
            memory_mb=int(doc.get("memory_mb") or 512),
            max_file_mb=int(doc.get("disk_mb") or 1024),
        )
    )
    tasks = exec_tasks(gw).setdefault(sandbox_id, set())
    tasks.add(task)
    killed = False
    try:
        outcome = await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            # The client went away (the dispatcher cancels this handler): the command was
            # killed with its task; record that.
            task.cancel()
            gone = {"command": command[:_COMMAND_LOG_CHARS], "reason": "client disconnected"}
            with contextlib.suppress(Exception):
                log_activity(gw, sandbox_id, "exec_cancelled", gone, when=now_iso())
            logger.info("sandbox %s: exec cancelled (client disconnected)", sandbox_id)
            raise
        killed = True  # stopped or destroyed meanwhile
        outcome = ExecOutcome(
            exit_code=KILLED_EXIT_CODE,
            stdout="",
            stderr="The sandbox was stopped while the command was running; it was killed",
            duration_ms=int((time.monotonic() - started) * 1000),
        )
    except SandboxNotFoundError:
        raise not_found("Sandbox") from None
    except ValueError as exc:
        raise unprocessable(["body", "command"], str(exc)) from None
    except OSError as exc:
        if exc.errno == errno.E2BIG:
            raise unprocessable(
                ["body"], "The command and its environment are too large to start"
            ) from None
        raise HTTPProblem(500, f"Could not start the command: {exc}") from None
    finally:
        tasks.discard(task)
        registry = exec_tasks(gw)
        if not tasks and registry.get(sandbox_id) is tasks:
            del registry[sandbox_id]
    now = now_iso()
    with gw.store.transaction():
        current_doc = gw.store.get(SANDBOX, sandbox_id)
        if current_doc is not None:
            current_doc["exec_count"] = int(current_doc.get("exec_count") or 0) + 1
            current_doc["last_activity_at"] = now
            gw.store.update(SANDBOX, sandbox_id, current_doc)
            detail: dict[str, Any] = {
                "command": command[:_COMMAND_LOG_CHARS],
                "exit_code": outcome.exit_code,
                "duration_ms": outcome.duration_ms,
                "timed_out": outcome.timed_out,
                "killed": killed,
            }
            if body.get("metadata"):
                detail["metadata"] = body["metadata"]
            log_activity(gw, sandbox_id, "exec", detail, when=now)
    return ApiResult.json(
        {
            "exit_code": outcome.exit_code,
            "stdout": outcome.stdout,
            "stderr": outcome.stderr,
            "duration_ms": outcome.duration_ms,
        }
    )


@operation("stop_sandbox")
async def stop_sandbox(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = load_sandbox(gw, req.path["sandbox_id"])
    if doc.get("status") == "stopped":
        return ApiResult.no_content()
    await kill_commands(gw, doc["id"])
    now = now_iso()
    with gw.store.transaction():
        current = gw.store.get(SANDBOX, doc["id"])
        if current is None:
            raise not_found("Sandbox")
        current["status"] = "stopped"
        current["stopped_at"] = now
        gw.store.update(SANDBOX, doc["id"], current)
        log_activity(gw, doc["id"], "stopped", {"reason": "requested"}, when=now)
    return ApiResult.no_content()


@operation("resume_sandbox")
async def resume_sandbox(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    if doc.get("status") == "running":
        return ApiResult.json(render_sandbox(doc))
    _ensure_dirs(runtime, doc["id"])
    now = now_iso()
    doc["status"] = "running"
    doc["last_activity_at"] = now
    with gw.store.transaction():
        gw.store.update(SANDBOX, doc["id"], doc)
        log_activity(gw, doc["id"], "resumed", None, when=now)
    return ApiResult.json(render_sandbox(doc))


@operation("list_sandbox_activity")
async def list_sandbox_activity(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = load_sandbox(gw, req.path["sandbox_id"])
    entries = gw.store.list(ACTIVITY, lambda a: a.get("sandbox_id") == doc["id"])
    items = [
        {"action": e["action"], "timestamp": e["timestamp"], "detail": e.get("detail")}
        for e in entries
    ]
    return ApiResult.json({"items": items, "total": len(items)})


# --- files ---------------------------------------------------------------------------------


@operation("list_sandbox_files")
async def list_sandbox_files(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    _ensure_dirs(runtime, doc["id"])
    path = req.query.get("path")
    path = WORKSPACE if path is None else str(path)
    loc: list[str | int] = ["query", "path"]
    _, listed = host_path(runtime, doc["id"], path, loc, allow_root=True)
    try:
        entries = runtime.list_files(doc["id"], path)
    except SandboxPathError as exc:
        raise _path_problem(loc, f"Path refused: {exc}") from None
    except FileNotFoundError:
        raise HTTPProblem(404, f"Directory not found in the sandbox: {listed}") from None
    except NotADirectoryError:
        raise _path_problem(loc, f"{listed} is a file, not a directory") from None
    except OSError as exc:
        raise _path_problem(loc, f"Cannot list {_os_error_detail(exc, listed)}") from None
    touch(gw, doc["id"], None)
    return ApiResult.json({"items": [_file_entry(e) for e in entries], "path": listed})


@operation("download_sandbox_file")
async def download_sandbox_file(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    _ensure_dirs(runtime, doc["id"])
    path = str(req.path["file_path"])
    loc: list[str | int] = ["path", "file_path"]
    _, sandbox_path = host_path(runtime, doc["id"], path, loc)
    try:
        data = await asyncio.to_thread(runtime.read_file, doc["id"], path)
    except SandboxPathError as exc:
        raise _path_problem(loc, f"Path refused: {exc}") from None
    except SandboxFileTooLargeError as exc:
        raise _path_problem(loc, f"File too large to download: {exc}") from None
    except FileNotFoundError:
        raise HTTPProblem(404, f"File not found in the sandbox: {sandbox_path}") from None
    except IsADirectoryError:
        raise _path_problem(
            loc, f"{sandbox_path} is a directory; list it with GET .../files?path=..."
        ) from None
    except OSError as exc:
        raise _path_problem(loc, f"Cannot read {_os_error_detail(exc, sandbox_path)}") from None
    touch(gw, doc["id"], "download", path=sandbox_path, size=len(data))
    return ApiResult.binary(data, filename=sandbox_path.rsplit("/", 1)[-1])


@operation("upload_sandbox_file")
async def upload_sandbox_file(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    sandbox_id = doc["id"]
    _ensure_dirs(runtime, sandbox_id)
    path = str(req.path["file_path"])
    data = req.body if isinstance(req.body, bytes) else b""
    loc: list[str | int] = ["path", "file_path"]
    host, sandbox_path = host_path(runtime, sandbox_id, path, loc)
    quota = int(doc.get("disk_mb") or 1024) * MIB
    limit = min(runtime.max_file_bytes, quota)
    if len(data) > limit:
        raise HTTPProblem(
            413, f"File too large: {len(data)} bytes; this sandbox accepts at most {limit} bytes"
        )
    sandbox_root = runtime.sandbox_root(sandbox_id)
    used = await asyncio.to_thread(disk_usage, sandbox_root)
    replaced = regular_file_size(host)
    if used - replaced + len(data) > quota:
        raise HTTPProblem(
            413,
            f"Sandbox disk limit reached: {used} bytes used, the upload adds {len(data)}, "
            f"disk_mb allows {quota} bytes",
        )
    try:
        entry = await asyncio.to_thread(runtime.write_file, sandbox_id, path, data, max_bytes=limit)
    except SandboxPathError as exc:
        raise _path_problem(loc, f"Path refused: {exc}") from None
    except SandboxFileTooLargeError as exc:
        raise HTTPProblem(413, f"File too large: {exc}") from None
    except IsADirectoryError:
        raise _path_problem(loc, f"{sandbox_path} is a directory, not a file") from None
    except (NotADirectoryError, FileExistsError):
        raise _path_problem(
            loc, f"Cannot write {sandbox_path}: a parent of it is a file, not a directory"
        ) from None
    except OSError as exc:
        raise _path_problem(loc, f"Cannot write {_os_error_detail(exc, sandbox_path)}") from None
    touch(gw, sandbox_id, "upload", path=entry.path, size=len(data))
    return ApiResult.no_content()


# --- skills --------------------------------------------------------------------------------


def _install_skill(runtime: SandboxRuntime, sandbox_id: str, skill: Mapping[str, Any]) -> str:
    """Write the skill's SKILL.md and package files to /workspace/skills/<name>/."""
    name = str(skill["name"])
    files: dict[str, bytes] = {SKILL_MD: str(skill.get("skill_md_content") or "").encode()}
    files.update(skill_package_files(skill))
    for relative, content in files.items():
        entry = runtime.write_file(sandbox_id, f"{WORKSPACE}/skills/{name}/{relative}", content)
        if content.startswith(b"#!"):
            host = runtime.resolve(sandbox_id, entry.path)
            host.chmod(0o755)
    return f"{WORKSPACE}/skills/{name}"


@operation("install_sandbox_skills")
async def install_sandbox_skills(req: ApiRequest) -> ApiResult:
    gw = req.gw
    runtime = _runtime(gw)
    doc = load_sandbox(gw, req.path["sandbox_id"])
    _ensure_dirs(runtime, doc["id"])
    installed: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()
    for raw in req.body["skill_ids"]:
        canonical = canonical_uuid(raw)
        key = canonical or str(raw)
        if key in seen:
            continue
        seen.add(key)
        skill = gw.store.get(SKILL, canonical) if canonical else None
        if skill is None:
            errors.append(f"Skill {raw} not found")
            continue
        try:
            installed.append(await asyncio.to_thread(_install_skill, runtime, doc["id"], skill))
        except (SandboxError, SkillPackageError, OSError, ValueError) as exc:
            errors.append(f"Skill {skill.get('name')} ({canonical}) could not be installed: {exc}")
    touch(gw, doc["id"], "skills_installed", installed=installed, errors=len(errors))
    return ApiResult.json({"installed": len(installed), "errors": errors})


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
