"""Process-based sandboxes for local development.

**This is process isolation for development, not a hardened boundary.** Commands
run on the host with a separate working directory, a scrubbed environment, a
process group of their own and ``resource`` limits, plus what
:mod:`~mcpgateway_local.sandbox_containment` finds available: a PID namespace
(everything a command starts dies with it), and as root an unprivileged user
(``nobody``) that cannot read the gateway's data directory. Not enforced: the
network (``egress``), total disk usage (``disk_mb`` bounds each file written by
a command, via ``RLIMIT_FSIZE``), CPU share, and without namespaces ``setsid``
children can outlive their command.

Layout: sandbox ``<id>`` lives in ``<root>/<id>/``, with ``workspace/`` (the
working directory and ``HOME``) and ``tmp/`` (``TMPDIR``).

Sandbox paths (used by :meth:`SandboxRuntime.resolve` and the file methods)
map to host paths like a chroot at ``<root>/<id>``:

====================  ==================================
sandbox path          host path
====================  ==================================
``/``                 ``<root>/<id>``
``/workspace/a.txt``  ``<root>/<id>/workspace/a.txt``
``/tmp/x``            ``<root>/<id>/tmp/x``
``workspace/a.txt``   ``<root>/<id>/workspace/a.txt``
``a.txt``, ``""``     ``<root>/<id>/workspace/a.txt``, ``.../workspace``
====================  ==================================

Relative paths are anchored at ``/workspace`` (a leading ``workspace/``
segment is taken as that same directory); empty and ``.`` segments are
ignored. Refused with :class:`SandboxPathError`: NUL bytes, any ``..``
segment, and any path whose resolved form (symlinks followed) leaves
``<root>/<id>``. Checks happen before each file operation, so a process in
the sandbox racing to swap in a symlink can still win (see above).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import re
import resource
import shlex
import shutil
import signal
import stat
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from .sandbox_containment import (
    Containment,
    detect,
    forget_running,
    pdeathsig_preexec,
    reap_orphans,
    record_running,
)

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "DEFAULT_OUTPUT_LIMIT_BYTES",
    "TIMEOUT_EXIT_CODE",
    "ExecOutcome",
    "FileEntry",
    "SandboxError",
    "SandboxFileTooLargeError",
    "SandboxNotFoundError",
    "SandboxPathError",
    "SandboxRuntime",
    "runtime",
]

DEFAULT_OUTPUT_LIMIT_BYTES = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_PROCESSES = 4096
MAX_MEMORY_MB = 16 * 1024
"""Largest address-space limit a command gets, whatever `memory_mb` says."""
TIMEOUT_EXIT_CODE = 124
_MIB = 1024 * 1024
_READ_CHUNK = 64 * 1024
_DRAIN_GRACE_SECONDS = 1.0
_POLL_SECONDS = 0.1
_SANDBOX_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
_WORKSPACE = "workspace"
_TMP = "tmp"


class SandboxError(Exception):
    """Base class of sandbox runtime errors."""


class SandboxPathError(SandboxError, ValueError):
    """A sandbox path is malformed or escapes the sandbox."""


class SandboxNotFoundError(SandboxError, LookupError):
    """No sandbox directory exists for the id."""


class SandboxFileTooLargeError(SandboxError, ValueError):
    """A file read or write exceeds the size limit."""


@dataclass(frozen=True)
class ExecOutcome:
    """Result of :meth:`SandboxRuntime.exec`.

    ``exit_code`` follows the shell: 128+N when killed by signal N, 124 on
    timeout. Output beyond the cap is dropped and marked in the text.
    """

    exit_code: int
    stdout: str
    stderr: str
    duration_ms: int
    timed_out: bool = False
    stdout_truncated: bool = False
    stderr_truncated: bool = False


@dataclass(frozen=True)
class FileEntry:
    """One directory entry; ``path`` is the sandbox path (e.g. ``/workspace/a.txt``)."""

    name: str
    path: str
    size: int
    is_directory: bool
    modified_at: datetime


class _Capture:
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


def _limits_preexec(
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


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _timestamp(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def _rmtree_onerror(func: Callable[..., Any], path: str, _exc: Any) -> None:
    """Make read-only directories writable and retry (sandboxes may chmod things)."""
    parent = os.path.dirname(path)
    with contextlib.suppress(OSError):
        os.chmod(parent, stat.S_IRWXU)
    with contextlib.suppress(FileNotFoundError):
        func(path)


class SandboxRuntime:
    """Creates, runs and tears down sandboxes under ``root``; see the module docstring.

    File methods are synchronous (run them in a thread from async code for
    large files); :meth:`exec` is a coroutine.
    """

    def __init__(
        self,
        root: Path,
        *,
        output_limit_bytes: int = DEFAULT_OUTPUT_LIMIT_BYTES,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        max_processes: int = DEFAULT_MAX_PROCESSES,
        containment: Containment | None = None,
    ) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root.resolve()
        self.containment = containment if containment is not None else detect()
        if self.containment.run_as is not None:
            if _reachable_by_others(str(self.root), directory=True) and self._interpreter():
                self.root.chmod(0o711)  # commands may traverse to their sandbox, not list others
            else:  # another user could not even reach its workspace: stay the gateway's user
                self.containment = replace(self.containment, run_as=None)
        self.output_limit_bytes = output_limit_bytes
        self.max_file_bytes = max_file_bytes
        self.max_processes = max_processes
        self._running: dict[str, set[int]] = {}
        self._path_value: str | None = None

    # -- lifecycle ---------------------------------------------------------

    def sandbox_root(self, sandbox_id: str) -> Path:
        """Host directory of the sandbox (it may not exist); validates the id."""
        if not _SANDBOX_ID_RE.match(sandbox_id):
            raise SandboxPathError(
                f"invalid sandbox id {sandbox_id!r}: use letters, digits, '.', '_' and '-'"
            )
        return self.root / sandbox_id

    def exists(self, sandbox_id: str) -> bool:
        """Whether the sandbox directory exists."""
        return self.sandbox_root(sandbox_id).is_dir()

    def create(self, sandbox_id: str) -> Path:
        """Create the sandbox directories (idempotent); return the workspace path."""
        sroot = self.sandbox_root(sandbox_id)
        workspace = sroot / _WORKSPACE
        workspace.mkdir(parents=True, exist_ok=True)
        (sroot / _TMP).mkdir(exist_ok=True)
        self._hand_over(sroot, workspace, sroot / _TMP)
        return workspace

    def _hand_over(self, *paths: Path) -> None:
        """Give sandbox paths to the command user (as root), private to it."""
        uid = self.containment.run_as
        if uid is None:
            return
        for path in paths:
            with contextlib.suppress(OSError):
                os.chown(path, uid, uid, follow_symlinks=False)
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o700)

    def destroy(self, sandbox_id: str) -> bool:
        """Kill the sandbox's running commands and delete its files; False if absent."""
        sroot = self.sandbox_root(sandbox_id)
        for pgid in self._running.pop(sandbox_id, set()):
            _kill_group(pgid)
        if not sroot.is_dir():
            return False
        if sys.version_info >= (3, 12):
            shutil.rmtree(sroot, onexc=_rmtree_onerror)
        else:
            shutil.rmtree(sroot, onerror=_rmtree_onerror)
        return True

    def kill_all(self) -> None:
        """Kill every running command of every sandbox (e.g. at shutdown)."""
        for pgids in self._running.values():
            for pgid in pgids:
                _kill_group(pgid)

    def _existing_root(self, sandbox_id: str) -> Path:
        sroot = self.sandbox_root(sandbox_id)
        if not sroot.is_dir() or sroot.is_symlink():
            raise SandboxNotFoundError(f"sandbox {sandbox_id!r} does not exist")
        return sroot

    def workspace(self, sandbox_id: str) -> Path:
        """Host path of the sandbox's ``/workspace`` (created if missing)."""
        workspace = self._existing_root(sandbox_id) / _WORKSPACE
        workspace.mkdir(exist_ok=True)
        return workspace

    # -- paths -------------------------------------------------------------

    def resolve(self, sandbox_id: str, path: str) -> Path:
        """Map a sandbox path to a host path inside the sandbox (symlinks resolved).

        Raises :class:`SandboxPathError` for NUL bytes, ``..`` segments and
        escapes, :class:`SandboxNotFoundError` for an unknown sandbox.
        """
        if "\0" in path:
            raise SandboxPathError("path contains a NUL byte")
        sroot = self._existing_root(sandbox_id)
        segments = [seg for seg in path.split("/") if seg not in ("", ".")]
        if ".." in segments:
            raise SandboxPathError(f"path {path!r} contains a '..' segment")
        if path.startswith("/"):
            base = sroot
        else:
            base = sroot / _WORKSPACE
            if segments[:1] == [_WORKSPACE]:
                segments = segments[1:]
        try:
            resolved = base.joinpath(*segments).resolve()
        except (OSError, RuntimeError) as exc:
            raise SandboxPathError(f"path {path!r} cannot be resolved: {exc}") from None
        if not resolved.is_relative_to(sroot):
            raise SandboxPathError(f"path {path!r} escapes the sandbox")
        return resolved

    def sandbox_path(self, sandbox_id: str, host_path: Path) -> str:
        """Inverse of :meth:`resolve`: the absolute sandbox path of a host path."""
        relative = host_path.relative_to(self.sandbox_root(sandbox_id)).as_posix()
        return "/" if relative == "." else f"/{relative}"

    # -- exec --------------------------------------------------------------

    def _interpreter(self) -> str | None:
        """The Python commands get: ours, or (for another user who cannot reach ours) the
        system's `python3`."""
        exe = sys.executable
        if self.containment.run_as is None or (exe and _reachable_by_others(exe)):
            return exe or None
        system = shutil.which("python3", path=_SYSTEM_PATH)
        return system if system and _reachable_by_others(system) else None

    def _search_path(self) -> str:
        """PATH for commands: the Python running us first, then the system dirs."""
        if self._path_value is None:
            dirs: list[str] = []
            exe = self._interpreter()
            if exe:
                exe_dir = os.path.dirname(exe)
                if exe != sys.executable or not all(
                    os.access(os.path.join(exe_dir, n), os.X_OK) for n in ("python", "python3")
                ):
                    shim_dir = self.root / ".bin"
                    shim_dir.mkdir(mode=0o755, exist_ok=True)
                    for shim_name in ("python", "python3"):
                        shim = shim_dir / shim_name
                        shim.write_text(f'#!/bin/sh\nexec {shlex.quote(exe)} "$@"\n')
                        shim.chmod(0o755)
                    dirs.append(str(shim_dir))
                if exe == sys.executable:
                    dirs.append(exe_dir)
            dirs.append(_SYSTEM_PATH)
            self._path_value = ":".join(dirs)
        return self._path_value

    def _environment(
        self, sroot: Path, workspace: Path, env: Mapping[str, str] | None
    ) -> dict[str, str]:
        tmp = sroot / _TMP
        tmp.mkdir(exist_ok=True)
        result = {
            "PATH": self._search_path(),
            "HOME": str(workspace),
            "PWD": str(workspace),
            "TMPDIR": str(tmp),
            "LANG": "C.UTF-8",
        }
        for key, value in (env or {}).items():
            if not key or "=" in key or "\0" in key or "\0" in value:
                raise ValueError(f"invalid environment variable {key!r}")
            result[key] = value
        return result

    async def exec(
        self,
        sandbox_id: str,
        command: str,
        timeout_seconds: float,
        *,
        env: dict[str, str] | None = None,
        memory_mb: int = 512,
        max_file_mb: int = 64,
        cpu_seconds: int | None = None,
    ) -> ExecOutcome:
        """Run ``/bin/sh -c command`` in the workspace and collect its output.

        The command gets its own session/process group, a fresh environment
        (``PATH``, ``HOME``/``PWD`` = workspace, ``TMPDIR``, ``LANG`` plus
        ``env``; nothing inherited from the gateway) and rlimits: address
        space ``memory_mb`` (virtual memory, so thread-heavy runtimes need
        more), file size ``max_file_mb``, CPU ``cpu_seconds`` if given, a
        generous process count, no core dumps. When the shell exits, whatever
        is left in its process group is killed; on timeout the whole group is
        killed and the exit code is 124. stdout/stderr keep at most
        ``output_limit_bytes`` each, decoded as UTF-8 with replacement.
        """
        if "\0" in command:
            raise ValueError("command contains a NUL byte")
        memory_mb = min(memory_mb, MAX_MEMORY_MB)
        if timeout_seconds <= 0 or memory_mb <= 0 or max_file_mb <= 0:
            raise ValueError("timeout_seconds, memory_mb and max_file_mb must be positive")
        if cpu_seconds is not None and cpu_seconds <= 0:
            raise ValueError("cpu_seconds must be positive")
        sroot = self._existing_root(sandbox_id)
        workspace = self.workspace(sandbox_id)
        self._hand_over(sroot, workspace, sroot / _TMP)
        child_env = self._environment(sroot, workspace, env)
        preexec = _limits_preexec(
            memory_mb * _MIB, max_file_mb * _MIB, cpu_seconds, self.max_processes
        )
        started = time.monotonic()
        user = self.containment.popen_user()
        proc = await asyncio.create_subprocess_exec(
            *self.containment.argv(command),
            user=user,
            group=user,
            extra_groups=[] if user is not None else None,
            cwd=workspace,
            env=child_env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,
            preexec_fn=preexec,
        )
        pgid = proc.pid  # session leader: its pid is the process group id
        running = self._running.setdefault(sandbox_id, set())
        running.add(pgid)
        record_running(self.root, pgid)
        if not sroot.is_dir():  # destroyed while the command was starting: it must not outlive it
            _kill_group(pgid)
        out = _Capture(self.output_limit_bytes)
        err = _Capture(self.output_limit_bytes)
        readers = [
            asyncio.ensure_future(out.drain(proc.stdout)),
            asyncio.ensure_future(err.drain(proc.stderr)),
        ]
        waiter = asyncio.ensure_future(proc.wait())
        timed_out = False
        try:
            deadline = started + timeout_seconds
            # Poll returncode: wait() may also wait for the pipes, which
            # leftover background processes can hold open.
            while proc.returncode is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                await asyncio.wait({waiter}, timeout=min(remaining, _POLL_SECONDS))
            _kill_group(pgid)
            await asyncio.wait({waiter, *readers}, timeout=_DRAIN_GRACE_SECONDS)
        finally:
            _kill_group(pgid)
            for task in (waiter, *readers):
                task.cancel()
            await asyncio.gather(waiter, *readers, return_exceptions=True)
            running.discard(pgid)
            forget_running(self.root, pgid)
        duration_ms = int((time.monotonic() - started) * 1000)
        stderr = err.text()
        if timed_out:
            exit_code = TIMEOUT_EXIT_CODE
            note = f"command timed out after {timeout_seconds:g}s; its process group was killed"
            stderr = f"{stderr}\n{note}" if stderr and not stderr.endswith("\n") else stderr + note
        else:
            rc = proc.returncode
            exit_code = 128 + signal.SIGKILL if rc is None else (128 - rc if rc < 0 else rc)
        return ExecOutcome(
            exit_code=exit_code,
            stdout=out.text(),
            stderr=stderr,
            duration_ms=duration_ms,
            timed_out=timed_out,
            stdout_truncated=out.truncated,
            stderr_truncated=err.truncated,
        )

    # -- files -------------------------------------------------------------

    def _entry(self, sandbox_id: str, sroot: Path, host_path: Path) -> FileEntry:
        st = host_path.lstat()
        if stat.S_ISLNK(st.st_mode):
            # Describe the target only when it stays inside the sandbox.
            with contextlib.suppress(OSError, RuntimeError):
                target = host_path.resolve()
                if target.is_relative_to(sroot):
                    st = target.stat()
        return FileEntry(
            name=host_path.name,
            path=self.sandbox_path(sandbox_id, host_path),
            size=0 if stat.S_ISDIR(st.st_mode) else st.st_size,
            is_directory=stat.S_ISDIR(st.st_mode),
            modified_at=_timestamp(st.st_mtime),
        )

    def list_files(self, sandbox_id: str, path: str = "/workspace") -> list[FileEntry]:
        """Entries of a sandbox directory, sorted by name.

        Raises ``FileNotFoundError`` / ``NotADirectoryError`` for a missing
        directory or a file.
        """
        sroot = self._existing_root(sandbox_id)
        directory = self.resolve(sandbox_id, path)
        if not directory.is_dir():
            if directory.exists():
                raise NotADirectoryError(errno.ENOTDIR, "not a directory", path)
            raise FileNotFoundError(errno.ENOENT, "no such directory", path)
        entries: list[FileEntry] = []
        with os.scandir(directory) as it:
            for item in it:
                with contextlib.suppress(FileNotFoundError):  # deleted meanwhile
                    entries.append(self._entry(sandbox_id, sroot, directory / item.name))
        entries.sort(key=lambda e: e.name)
        return entries

    def stat_file(self, sandbox_id: str, path: str) -> FileEntry:
        """Describe one sandbox file or directory."""
        sroot = self._existing_root(sandbox_id)
        return self._entry(sandbox_id, sroot, self.resolve(sandbox_id, path))

    def read_file(self, sandbox_id: str, path: str, *, max_bytes: int | None = None) -> bytes:
        """Contents of a regular sandbox file, at most ``max_bytes`` (default: runtime limit)."""
        limit = self.max_file_bytes if max_bytes is None else max_bytes
        target = self.resolve(sandbox_id, path)
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        fd = os.open(target, flags)
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory", path)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EINVAL, "not a regular file", path)
            if st.st_size > limit:
                raise SandboxFileTooLargeError(f"{path!r} is larger than {limit} bytes")
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise SandboxFileTooLargeError(f"{path!r} is larger than {limit} bytes")
        return data

    def write_file(
        self, sandbox_id: str, path: str, data: bytes, *, max_bytes: int | None = None
    ) -> FileEntry:
        """Write a file atomically (temp file + rename), creating parent directories.

        Refuses directories (``IsADirectoryError``) and data over ``max_bytes``
        (default: runtime limit). Returns the new entry.
        """
        limit = self.max_file_bytes if max_bytes is None else max_bytes
        if len(data) > limit:
            raise SandboxFileTooLargeError(f"upload is larger than {limit} bytes")
        sroot = self._existing_root(sandbox_id)
        target = self.resolve(sandbox_id, path)
        if target == sroot or target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", path)
        parent = target.parent
        parent.mkdir(parents=True, exist_ok=True)
        if not parent.resolve().is_relative_to(sroot):
            raise SandboxPathError(f"path {path!r} escapes the sandbox")
        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=".upload-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                os.fchmod(handle.fileno(), 0o644)
            os.replace(tmp_name, target)
            self._hand_over(target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
        return self._entry(sandbox_id, sroot, target)


def _reachable_by_others(path: str, *, directory: bool = False) -> bool:
    """Whether another user can execute `path` (or, for a `directory`, reach it): every parent
    directory traversable by others."""
    try:
        real = Path(path).resolve()
        if not directory and not real.stat().st_mode & stat.S_IXOTH:
            return False
        return all(p.stat().st_mode & stat.S_IXOTH for p in real.parents)
    except OSError:
        return False


def sandbox_base(data_dir: Path, containment: Containment) -> Path:
    """Where sandboxes live: `<data_dir>/sandboxes`.

    When commands run as another user, they must traverse every ancestor: the data directory is
    then made 0711 (no listing; its database is 0600) if its own ancestors are open to others.
    If not (e.g. a data directory under `/root`), the runtime keeps commands as the gateway's
    user and says so in `enforced` (use `--temporary` or a data directory outside `/root`).
    """
    base = data_dir / "sandboxes"
    if containment.run_as is not None and _reachable_by_others(str(data_dir), directory=True):
        data_dir.chmod(0o711)
    return base


class _SandboxSlot(Protocol):
    data_dir: Path
    sandboxes: object | None


@asynccontextmanager
async def runtime(gw: _SandboxSlot) -> AsyncIterator[SandboxRuntime]:
    """App hook: ``gw.sandboxes`` = runtime under :func:`sandbox_base`; kills commands at exit.

    At start, commands left running by a crashed gateway are killed.
    """
    containment = detect()
    sandboxes = SandboxRuntime(sandbox_base(gw.data_dir, containment), containment=containment)
    reaped = reap_orphans(sandboxes.root)
    if reaped:
        logging.getLogger(__name__).warning("killed %d sandbox commands left by a crash", reaped)
    gw.sandboxes = sandboxes
    try:
        yield sandboxes
    finally:
        sandboxes.kill_all()
