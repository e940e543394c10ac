"""How sandbox commands are contained on this host: namespaces, user, reaping (Linux first).

Detected once per runtime (:func:`detect`), strongest first:

* **PID namespace** (`unshare --pid --fork --kill-child --mount-proc`, util-linux): every process
  a command starts, `setsid` and double forks included, dies with the namespace's init, which
  dies with the `unshare` process we kill at timeout, destroy and shutdown. The command sees
  its own `/proc` only (not the gateway's command line). `PR_SET_PDEATHSIG` on `unshare` kills
  it when the gateway dies.
* **Network namespace** (`unshare --net`, the same util-linux call): a command whose sandbox's
  egress is `blocked` runs with only a loopback interface that is down, so no socket reaches
  anything, the host's loopback services included. Probed once with the PID namespace.
* **Unprivileged user**: when the gateway runs as root, commands run as `nobody` (65534) via
  `setpriv` (or `Popen(user=...)`), so `RLIMIT_NPROC` applies and the gateway's data
  directory (mode 0700/0711, database 0600) is unreadable to them.
* **Fallback** (no namespaces, e.g. macOS): a process group of their own, killed as a group;
  `setsid` children can escape it. :attr:`Containment.enforced` says what holds.

Each running command's `unshare`/shell pid is recorded in `<root>/.running/<pid>` with its
start time; :func:`reap_orphans` kills those still alive after a gateway crash. No Starlette.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534
_PR_SET_PDEATHSIG = 1
_RUNNING_DIR = ".running"


@dataclass(frozen=True, slots=True)
class Containment:
    """What this host lets us enforce, and how to start a contained command."""

    pid_namespace: bool
    run_as: int | None
    """uid (= gid) commands run as, or None for the gateway's own user."""
    net_namespace: bool = False
    """Whether a command can get a network namespace of its own (egress `blocked`)."""

    @property
    def enforced(self) -> list[str]:
        """Human-readable list of what is enforced (for the sandbox's runtime note)."""
        items = ["own process group", "rlimits (address space, file size, core)"]
        if self.pid_namespace:
            items.append("PID namespace (every descendant killed with the command)")
        if self.run_as is not None:
            items.append(f"unprivileged user {self.run_as} (process count limit applies)")
        if self.net_namespace:
            items.append("network namespace for egress 'blocked' (no interface but a down lo)")
        return items

    def argv(self, command: str, *, network: bool = True) -> list[str]:
        """The argv that runs `/bin/sh -c command` under this containment (in a network namespace
        of its own when not `network`, which needs `net_namespace`)."""
        inner = ["/bin/sh", "-c", command]
        if self.pid_namespace:
            # The namespace's init ignores signals it has no handler for (`kill -9 $$` would be a
            # no-op), so the command runs in a child shell and init only passes its status on.
            inner = ["/bin/sh", "-c", '/bin/sh -c "$1"; exit $?', "sandbox-init", command]
        if self.run_as is not None and self.pid_namespace:
            uid = str(self.run_as)
            inner = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--", *inner]
        net = [] if network else ["--net"]
        if not network and not self.pid_namespace:
            return ["unshare", *net, *inner]
        if self.pid_namespace:
            return ["unshare", "--pid", "--fork", "--kill-child", "--mount-proc", *net, *inner]
        return inner

    def popen_user(self) -> int | None:
        """uid for `Popen(user=, group=)` when setpriv is not in the argv."""
        return self.run_as if self.run_as is not None and not self.pid_namespace else None


def detect(probe: bool = True) -> Containment:
    """The strongest containment available here (probes `unshare` when `probe`)."""
    is_root = sys.platform.startswith("linux") and os.geteuid() == 0
    run_as = NOBODY if is_root else None
    pid_ns = False
    if probe and sys.platform.startswith("linux") and shutil.which("unshare"):
        needs = ["unshare", "--pid", "--fork", "--kill-child", "--mount-proc"]
        if run_as is not None:
            if shutil.which("setpriv") is None:
                return Containment(pid_namespace=False, run_as=run_as)
            needs += ["setpriv", f"--reuid={run_as}", f"--regid={run_as}", "--clear-groups", "--"]
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            done = subprocess.run(
                [*needs, "/bin/sh", "-c", "exit 0"], capture_output=True, timeout=10, check=False
            )
            pid_ns = done.returncode == 0
    return Containment(pid_namespace=pid_ns, run_as=run_as, net_namespace=_probe_net(probe))


def _probe_net(probe: bool) -> bool:
    """Whether `unshare --net` works here (needs CAP_SYS_ADMIN, as root, on Linux)."""
    if not (probe and sys.platform.startswith("linux") and shutil.which("unshare")):
        return False
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(
            ["unshare", "--net", "/bin/sh", "-c", "exit 0"],
            capture_output=True,
            timeout=10,
            check=False,
        )
        return done.returncode == 0
    return False


def pdeathsig_preexec() -> Callable[[], None]:
    """A preexec step: SIGKILL this child when the gateway (its parent) dies (Linux only)."""
    libc_name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    libc = ctypes.CDLL(libc_name, use_errno=True) if libc_name else None

    def apply() -> None:
        if libc is not None:
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    return apply


# -- orphan bookkeeping --------------------------------------------------------------------------


def _start_time(pid: int) -> str | None:
    """The process start time from /proc (guards against pid reuse), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]


def record_running(root: Path, pid: int) -> None:
    """Note a running command (its pid is also its process group)."""
    folder = root / _RUNNING_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / str(pid)).write_text(_start_time(pid) or "")


def forget_running(root: Path, pid: int) -> None:
    """The command ended: drop its record."""
    with contextlib.suppress(FileNotFoundError):
        (root / _RUNNING_DIR / str(pid)).unlink()


def reap_orphans(root: Path) -> int:
    """Kill the recorded commands still alive (left by a crashed gateway); how many were."""
    folder = root / _RUNNING_DIR
    killed = 0
    for entry in folder.glob("*") if folder.is_dir() else ():
        try:
            pid = int(entry.name)
            recorded = entry.read_text()
        except (ValueError, OSError):
            continue
        if recorded and _start_time(pid) == recorded:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
                killed += 1
        forget_running(root, pid)
    return killed
