"""What the host offers sandboxes: Python version and distributions, system tools, disk use.

Pure host introspection for the sandbox APIs (no Starlette, no store).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

__all__ = ["disk_usage", "python_packages", "python_version", "regular_file_size", "system_tools"]

SYSTEM_TOOLS = (
    "sh",
    "bash",
    "git",
    "curl",
    "wget",
    "make",
    "gcc",
    "cc",
    "node",
    "npm",
    "npx",
    "uv",
    "jq",
    "sqlite3",
    "tar",
    "gzip",
    "zip",
    "unzip",
)
"""Host commands the package catalog reports when they are on the sandbox `PATH`."""


def python_version() -> str:
    """The gateway interpreter's version, e.g. `3.12.4`."""
    return ".".join(str(part) for part in sys.version_info[:3])


def python_packages() -> list[dict[str, Any]]:
    """Installed Python distributions as `{name, description}`, sorted by name."""
    found: dict[str, dict[str, Any]] = {}
    for dist in importlib_metadata.distributions():
        meta = dist.metadata
        name = dist.name
        if not name or name.lower() in found:
            continue
        summary = (meta.get_all("Summary") or [None])[0]
        version = dist.version
        description = f"{version}: {summary}" if summary else version
        found[name.lower()] = {"name": name, "description": description}
    return [found[key] for key in sorted(found)]


def system_tools(search_path: str) -> list[dict[str, Any]]:
    """The `SYSTEM_TOOLS` found on `search_path`, as `{name, description: where}`."""
    tools: list[dict[str, Any]] = []
    for tool in SYSTEM_TOOLS:
        where = shutil.which(tool, path=search_path)
        if where:
            tools.append({"name": tool, "description": where})
    return tools


def disk_usage(root: Path) -> int:
    """Bytes of the regular files under `root` (symlinks not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(dirpath, name))
                if stat.S_ISREG(st.st_mode):
                    total += st.st_size
    return total


def regular_file_size(path: Path) -> int:
    """Size of `path` when it is a regular file, else 0."""
    try:
        st = path.stat()
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0
