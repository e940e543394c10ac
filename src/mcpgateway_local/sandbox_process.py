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

from .sandbox_containment import Containment, pdeathsig_preexec

__all__ = [
    "Capture",
    "feed_stdin",
    "kill_group",
    "limits_preexec",
    "reachable_by_others",
    "rmtree_onerror",
    "sandbox_base",
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


async def feed_stdin(stream: asyncio.StreamWriter | None, data: bytes) -> None:
    """Write `data` to a command's stdin and close it (a command that stops reading is fine)."""
    if stream is None:
        return
    try:
        stream.write(data)
        await stream.drain()
        stream.close()
    except (BrokenPipeError, ConnectionResetError):
        pass


def sandbox_base(data_dir: Path, containment: Containment) -> Path:
    """Where sandboxes live: `<data_dir>/sandboxes`.

    When commands run as another user, they must traverse every ancestor: the data directory is
    then made 0711 (no listing; its database is 0600) if its own ancestors are open to others.
    If not (e.g. a data directory under `/root`), the runtime keeps commands as the gateway's
    user and says so in `enforced` (use `--temporary` or a data directory outside `/root`).
    """
    base = data_dir / "sandboxes"
    if containment.run_as is not None and reachable_by_others(str(data_dir), directory=True):
        data_dir.chmod(0o711)
    return base
