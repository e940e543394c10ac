"""Process plumbing of sandbox commands: output capture, rlimits in the child, killing a
process group, and host-permission checks (no Starlette; used by `sandbox_runtime`)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import signal
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .sandbox_containment import pdeathsig_preexec

__all__ = [
    "Capture",
    "kill_group",
    "limits_preexec",
    "reachable_by_others",
    "rmtree_onerror",
    "timestamp",
]

_READ_CHUNK = 64 * 1024


class Capture:
    """Collects a stream up to ``limit`` bytes and drains (drops) the rest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = bytearray()
        self.truncated = False

    async def drain(self, stream: asyncio.StreamReader | None) -> None:
        if stream is None:
            return
        while chunk := await stream.read(_READ_CHUNK):
            room = self.limit - len(self.data)
            if room > 0:
                self.data += chunk[:room]
            if len(chunk) > room:
                self.truncated = True

    def text(self) -> str:
        out = self.data.decode("utf-8", errors="replace")
        if self.truncated:
            out += f"\n[output truncated at {self.limit} bytes]"
        return out


def _set_limit(which: int, soft: int, hard: int | None = None) -> None:
    """setrlimit, clamped to the current hard limit (raising it needs privileges)."""
    _, cur_hard = resource.getrlimit(which)
    new_hard = soft if hard is None else hard
    if cur_hard != resource.RLIM_INFINITY:
        new_hard = min(new_hard, cur_hard)
    resource.setrlimit(which, (min(soft, new_hard), new_hard))


def limits_preexec(
    memory_bytes: int, file_bytes: int, cpu_seconds: int | None, max_processes: int
) -> Callable[[], None]:
    """Build the function run in the child between fork and exec."""
    die_with_parent = pdeathsig_preexec()

    def apply() -> None:
        die_with_parent()
        _set_limit(resource.RLIMIT_AS, memory_bytes)
        _set_limit(resource.RLIMIT_FSIZE, file_bytes)
        if cpu_seconds is not None:
            # SIGXCPU at the soft limit, SIGKILL one second later.
            _set_limit(resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 1)
        _set_limit(resource.RLIMIT_NPROC, max_processes)
        _set_limit(resource.RLIMIT_CORE, 0)
        os.umask(0o022)

    return apply


def kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def timestamp(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def rmtree_onerror(func: Callable[..., Any], path: str, _exc: Any) -> None:
    """Make read-only directories writable and retry (sandboxes may chmod things)."""
    parent = os.path.dirname(path)
    with contextlib.suppress(OSError):
        os.chmod(parent, stat.S_IRWXU)
    with contextlib.suppress(FileNotFoundError):
        func(path)


def reachable_by_others(path: str, *, directory: bool = False) -> bool:
    """Whether another user can execute `path` (or, for a `directory`, reach it): every parent
    directory traversable by others."""
    try:
        real = Path(path).resolve()
        if not directory and not real.stat().st_mode & stat.S_IXOTH:
            return False
        return all(p.stat().st_mode & stat.S_IXOTH for p in real.parents)
    except OSError:
        return False
