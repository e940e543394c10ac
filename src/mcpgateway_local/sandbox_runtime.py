"""Process-based sandboxes for local development.

**This is process isolation for development, not a hardened boundary.** Commands
run on the host with a separate working directory, a scrubbed environment, a
process group of their own and ``resource`` limits, plus what
:mod:`~mcpgateway_local.sandbox_containment` finds available: a PID namespace
(everything a command starts dies with it), a network namespace with only a
down loopback for commands whose egress is ``blocked``, and as root an
unprivileged user (``nobody``) that cannot read the gateway's data directory.
Not enforced: egress allowlists, total disk usage (``disk_mb`` bounds each file
written by a command, via ``RLIMIT_FSIZE``), CPU share, and without namespaces
``setsid`` children can outlive their command.

Layout: sandbox ``<id>`` lives in ``<root>/<id>/``, with ``workspace/`` (the
working directory and ``HOME``), ``tmp/`` (``TMPDIR``) and, once a file is put
there, ``attachments/``.

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
the sandbox racing to swap in a symlink can still win (see above). The file
methods are in :mod:`~mcpgateway_local.sandbox_fs`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shlex
import shutil
import signal
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from .sandbox_containment import (
    Containment,
    detect,
    forget_running,
    reap_orphans,
    record_running,
)
from .sandbox_fs import (
    FileEntry,
    SandboxError,
    SandboxFiles,
    SandboxFileTooLargeError,
    SandboxNotFoundError,
    SandboxPathError,
)
from .sandbox_process import (
    Capture,
    feed_stdin,
    kill_group,
    limits_preexec,
    reachable_by_others,
    rmtree_onerror,
    sandbox_base,
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
_DRAIN_GRACE_SECONDS = 1.0
_POLL_SECONDS = 0.1
_SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
_WORKSPACE = "workspace"
_TMP = "tmp"


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


class SandboxRuntime(SandboxFiles):
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
            if reachable_by_others(str(self.root), directory=True) and self._interpreter():
                self.root.chmod(0o711)  # commands may traverse to their sandbox, not list others
            else:  # another user could not even reach its workspace: stay the gateway's user
                self.containment = replace(self.containment, run_as=None)
        self.output_limit_bytes = output_limit_bytes
        self.max_file_bytes = max_file_bytes
        self.max_processes = max_processes
        self._running: dict[str, set[int]] = {}
        self._path_value: str | None = None

    # -- lifecycle ---------------------------------------------------------

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

    def top_dir(self, sandbox_id: str, name: str) -> Path:
        """Create (idempotent) a top-level directory of the sandbox, owned by the command user."""
        path = self._existing_root(sandbox_id) / name
        path.mkdir(exist_ok=True)
        self._hand_over(path)
        return path

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
            kill_group(pgid)
        if not sroot.is_dir():
            return False
        if sys.version_info >= (3, 12):
            shutil.rmtree(sroot, onexc=rmtree_onerror)
        else:
            shutil.rmtree(sroot, onerror=rmtree_onerror)
        return True

    def kill_all(self) -> None:
        """Kill every running command of every sandbox (e.g. at shutdown)."""
        for pgids in self._running.values():
            for pgid in pgids:
                kill_group(pgid)

    # -- exec --------------------------------------------------------------

    def _interpreter(self) -> str | None:
        """The Python commands get: ours, or (for another user who cannot reach ours) the
        system's `python3`."""
        exe = sys.executable
        if self.containment.run_as is None or (exe and reachable_by_others(exe)):
            return exe or None
        system = shutil.which("python3", path=_SYSTEM_PATH)
        return system if system and reachable_by_others(system) else None

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
        network: bool = True,
        stdin: bytes | None = None,
    ) -> ExecOutcome:
        """Run ``/bin/sh -c command`` in the workspace and collect its output.

        The command gets its own session/process group, a fresh environment
        (``PATH``, ``HOME``/``PWD`` = workspace, ``TMPDIR``, ``LANG`` plus
        ``env``; nothing inherited from the gateway) and rlimits: address
        space ``memory_mb`` (virtual memory, so thread-heavy runtimes need
        more), file size ``max_file_mb``, CPU ``cpu_seconds`` if given, a
        generous process count, no core dumps. When the shell exits, whatever
        is left in its process group is killed; on timeout the whole group is
        killed and the exit code is 124. ``network=False`` runs it in a network
        namespace of its own (only a down loopback) and needs
        ``containment.net_namespace``. ``stdin`` is written to its standard input. stdout/stderr keep at most
        ``output_limit_bytes`` each, decoded as UTF-8 with replacement.
        """
        if "\0" in command:
            raise ValueError("command contains a NUL byte")
        memory_mb = min(memory_mb, MAX_MEMORY_MB)
        if timeout_seconds <= 0 or memory_mb <= 0 or max_file_mb <= 0:
            raise ValueError("timeout_seconds, memory_mb and max_file_mb must be positive")
        if cpu_seconds is not None and cpu_seconds <= 0:
            raise ValueError("cpu_seconds must be positive")
        if not network and not self.containment.net_namespace:
            raise ValueError("this host cannot run a command without network access")
        sroot = self._existing_root(sandbox_id)
        workspace = self.workspace(sandbox_id)
        self._hand_over(sroot, workspace, sroot / _TMP)
        child_env = self._environment(sroot, workspace, env)
        preexec = limits_preexec(
            memory_mb * _MIB, max_file_mb * _MIB, cpu_seconds, self.max_processes
        )
        started = time.monotonic()
        user = self.containment.popen_user()
        proc = await asyncio.create_subprocess_exec(
            *self.containment.argv(command, network=network),
            user=user,
            group=user,
            extra_groups=[] if user is not None else None,
            cwd=workspace,
            env=child_env,
            stdin=asyncio.subprocess.DEVNULL if stdin is None else asyncio.subprocess.PIPE,
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
            kill_group(pgid)
        out = Capture(self.output_limit_bytes)
        err = Capture(self.output_limit_bytes)
        readers = [
            asyncio.ensure_future(out.drain(proc.stdout)),
            asyncio.ensure_future(err.drain(proc.stderr)),
        ]
        if stdin is not None:
            readers.append(asyncio.ensure_future(feed_stdin(proc.stdin, stdin)))
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
            kill_group(pgid)
            await asyncio.wait({waiter, *readers}, timeout=_DRAIN_GRACE_SECONDS)
        finally:
            kill_group(pgid)
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
