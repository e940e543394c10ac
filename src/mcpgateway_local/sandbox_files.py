"""Sandbox files for the API: list, read, write (with the disk quota), and skills copied in.
No Starlette; domain errors only (`TooLarge` is the one REST answers with 413).

Paths: see `sandbox_paths` (`/workspace`, `/attachments`, `/tmp`; both SDK path forms).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from .domain_errors import Invalid, NotFound, Refused
from .records import canonical_uuid
from .sandbox_exec import require_runtime
from .sandbox_host import disk_usage, regular_file_size
from .sandbox_lifecycle import make_dirs
from .sandbox_paths import host_path
from .sandbox_records import load_sandbox, touch
from .sandbox_runtime import (
    FileEntry,
    SandboxError,
    SandboxFileTooLargeError,
    SandboxPathError,
    SandboxRuntime,
)
from .skill_docs import skill_package_files
from .skill_frontmatter import SKILL_MD, SkillPackageError
from .state import GatewayState
from .store import Document

__all__ = ["TooLarge", "install_skills", "list_files", "read_file", "write_file"]

MIB = 1024 * 1024
ATTACHMENTS = "/attachments"
SKILL = "skill"


class TooLarge(Refused):
    """An upload or file over a size limit (REST: 413)."""


def _entry(entry: FileEntry) -> Document:
    return {
        "name": entry.name,
        "path": entry.path,
        "size": entry.size,
        "is_directory": entry.is_directory,
        "modified_at": entry.modified_at.isoformat(),
    }


def _reason(exc: OSError, path: str) -> str:
    return f"{path!r}: {exc.strerror or exc.__class__.__name__}"


def _ready(gw: GatewayState, sandbox_id: str) -> tuple[SandboxRuntime, Document]:
    runtime = require_runtime(gw)
    doc = load_sandbox(gw, sandbox_id)
    make_dirs(gw, doc["id"])
    return runtime, doc


def list_files(gw: GatewayState, sandbox_id: str, path: str) -> Document:
    """`{items, path}` for one directory."""
    runtime, doc = _ready(gw, sandbox_id)
    loc: list[str | int] = ["query", "path"]
    _, listed = host_path(runtime, doc["id"], path, loc, allow_root=True)
    if listed == ATTACHMENTS:  # the uploads directory of 0.61 clients: made on first use
        runtime.top_dir(doc["id"], ATTACHMENTS.lstrip("/"))
    try:
        entries = runtime.list_files(doc["id"], listed)
    except SandboxPathError as exc:
        raise Invalid(loc, f"Path refused: {exc}") from None
    except FileNotFoundError:
        raise NotFound(f"Directory not found in the sandbox: {listed}") from None
    except NotADirectoryError:
        raise Invalid(loc, f"{listed} is a file, not a directory") from None
    except OSError as exc:
        raise Invalid(loc, f"Cannot list {_reason(exc, listed)}") from None
    touch(gw, doc["id"], None)
    return {"items": [_entry(e) for e in entries], "path": listed}


async def read_file(gw: GatewayState, sandbox_id: str, path: str) -> tuple[bytes, str]:
    """The file's bytes and its sandbox path."""
    runtime, doc = _ready(gw, sandbox_id)
    loc: list[str | int] = ["path", "file_path"]
    _, sandbox_path = host_path(runtime, doc["id"], path, loc)
    try:
        data = await asyncio.to_thread(runtime.read_file, doc["id"], sandbox_path)
    except SandboxPathError as exc:
        raise Invalid(loc, f"Path refused: {exc}") from None
    except SandboxFileTooLargeError as exc:
        raise Invalid(loc, f"File too large to download: {exc}") from None
    except FileNotFoundError:
        raise NotFound(f"File not found in the sandbox: {sandbox_path}") from None
    except IsADirectoryError:
        raise Invalid(
            loc, f"{sandbox_path} is a directory; list it with GET .../files?path=..."
        ) from None
    except OSError as exc:
        raise Invalid(loc, f"Cannot read {_reason(exc, sandbox_path)}") from None
    touch(gw, doc["id"], "download", path=sandbox_path, size=len(data))
    return data, sandbox_path


async def write_file(gw: GatewayState, sandbox_id: str, path: str, data: bytes) -> str:
    """Create or replace a file; its sandbox path. `TooLarge` over the file or disk limit."""
    runtime, doc = _ready(gw, sandbox_id)
    sid = doc["id"]
    loc: list[str | int] = ["path", "file_path"]
    host, sandbox_path = host_path(runtime, sid, path, loc)
    quota = int(doc.get("disk_mb") or 1024) * MIB
    limit = min(runtime.max_file_bytes, quota)
    if len(data) > limit:
        raise TooLarge(f"File too large: {len(data)} bytes; this sandbox accepts at most {limit}")
    used = await asyncio.to_thread(disk_usage, runtime.sandbox_root(sid))
    if used - regular_file_size(host) + len(data) > quota:
        raise TooLarge(
            f"Sandbox disk limit reached: {used} bytes used, the upload adds {len(data)}, "
            f"disk_mb allows {quota} bytes"
        )
    if sandbox_path.startswith(f"{ATTACHMENTS}/"):
        runtime.top_dir(sid, ATTACHMENTS.lstrip("/"))
    try:
        entry = await asyncio.to_thread(
            runtime.write_file, sid, sandbox_path, data, max_bytes=limit
        )
    except SandboxPathError as exc:
        raise Invalid(loc, f"Path refused: {exc}") from None
    except SandboxFileTooLargeError as exc:
        raise TooLarge(f"File too large: {exc}") from None
    except IsADirectoryError:
        raise Invalid(loc, f"{sandbox_path} is a directory, not a file") from None
    except (NotADirectoryError, FileExistsError):
        raise Invalid(
            loc, f"Cannot write {sandbox_path}: a parent of it is a file, not a directory"
        ) from None
    except OSError as exc:
        raise Invalid(loc, f"Cannot write {_reason(exc, sandbox_path)}") from None
    touch(gw, sid, "upload", path=entry.path, size=len(data))
    return entry.path


def _install(runtime: SandboxRuntime, sandbox_id: str, skill: Mapping[str, Any]) -> str:
    """Write the skill's SKILL.md and package files to /workspace/skills/<name>/."""
    name = str(skill["name"])
    files: dict[str, bytes] = {SKILL_MD: str(skill.get("skill_md_content") or "").encode()}
    files.update(skill_package_files(skill))
    for relative, content in files.items():
        entry = runtime.write_file(sandbox_id, f"/workspace/skills/{name}/{relative}", content)
        if content.startswith(b"#!"):
            runtime.resolve(sandbox_id, entry.path).chmod(0o755)
    return f"/workspace/skills/{name}"


async def install_skills(gw: GatewayState, sandbox_id: str, skill_ids: list[Any]) -> Document:
    """Copy skills in; `{installed, errors}` (an unknown or broken skill is an error item)."""
    runtime, doc = _ready(gw, sandbox_id)
    installed: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()
    for raw in skill_ids:
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
            installed.append(await asyncio.to_thread(_install, runtime, doc["id"], skill))
        except (SandboxError, SkillPackageError, OSError, ValueError) as exc:
            errors.append(f"Skill {skill.get('name')} ({canonical}) could not be installed: {exc}")
    touch(gw, doc["id"], "skills_installed", installed=installed, errors=len(errors))
    return {"installed": len(installed), "errors": errors}
