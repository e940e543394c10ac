"""sandbox_runtime.py: commands (output, exit codes, timeouts, limits, environment), paths and
files, the app hook. Real subprocesses and real files.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from mcpgateway_local import sandbox_runtime, search
from mcpgateway_local.sandbox_runtime import (
    TIMEOUT_EXIT_CODE,
    SandboxFileTooLargeError,
    SandboxNotFoundError,
    SandboxPathError,
    SandboxRuntime,
)

SID = "sb-1"


@pytest.fixture
def runtime(tmp_path: Path) -> SandboxRuntime:
    rt = SandboxRuntime(tmp_path / "sandboxes")
    rt.create(SID)
    return rt


def _process_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def _with_marker(marker: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
    return found


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _process_gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# ---------------------------------------------------------------------------
# sandbox_runtime: exec
# ---------------------------------------------------------------------------


async def test_exec_python_stdout_and_exit_code(runtime: SandboxRuntime) -> None:
    ok = await runtime.exec(SID, "python -c 'print(1+1)'", 30)
    assert (ok.exit_code, ok.stdout, ok.timed_out) == (0, "2\n", False)
    assert ok.duration_ms >= 0

    failed = await runtime.exec(SID, "echo out; echo oops >&2; exit 7", 30)
    assert (failed.exit_code, failed.stdout, failed.stderr) == (7, "out\n", "oops\n")

    killed = await runtime.exec(SID, "kill -9 $$", 30)
    assert killed.exit_code == 128 + signal.SIGKILL

    cwd = await runtime.exec(SID, "pwd; python3 -c 'import sys; print(sys.version_info[0])'", 30)
    assert cwd.stdout.splitlines() == [str(runtime.workspace(SID)), "3"]


async def test_exec_timeout_kills_whole_process_group(runtime: SandboxRuntime) -> None:
    started = time.monotonic()
    marker = f"bg-{uuid.uuid4().hex}"
    background = f"sh -c 'sleep 60; echo' {marker} &"
    outcome = await runtime.exec(SID, f"{background} echo started; sleep 60", 1)
    assert time.monotonic() - started < 10
    assert outcome.timed_out
    assert outcome.exit_code == TIMEOUT_EXIT_CODE
    assert outcome.stdout == "started\n"
    assert "timed out" in outcome.stderr
    for _ in range(100):  # pids inside a PID namespace differ from ours: find it by marker
        if not _with_marker(marker):
            break
        await asyncio.sleep(0.05)
    assert not _with_marker(marker), "background child survived"


async def test_exec_memory_limit_makes_allocation_fail(runtime: SandboxRuntime) -> None:
    cmd = "python -c 'x = bytearray(768 * 1024 * 1024); print(len(x))'"
    outcome = await runtime.exec(SID, cmd, 60, memory_mb=256)
    assert outcome.exit_code != 0
    assert "MemoryError" in outcome.stderr
    assert outcome.stdout == ""


async def test_exec_file_size_and_cpu_limits(runtime: SandboxRuntime) -> None:
    big = await runtime.exec(SID, "head -c 3000000 /dev/zero > big.bin", 30, max_file_mb=1)
    assert big.exit_code != 0
    assert (runtime.workspace(SID) / "big.bin").stat().st_size <= 1024 * 1024

    started = time.monotonic()
    spin = await runtime.exec(SID, "python -c 'while True: pass'", 30, cpu_seconds=1)
    assert not spin.timed_out
    assert spin.exit_code in (128 + signal.SIGXCPU, 128 + signal.SIGKILL)
    assert time.monotonic() - started < 15


async def test_exec_environment_is_scrubbed(
    runtime: SandboxRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCPGATEWAY_TOKEN", "s3cret-token")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret")
    outcome = await runtime.exec(SID, "env", 30, env={"GREETING": "hello"})
    env = dict(line.split("=", 1) for line in outcome.stdout.splitlines() if "=" in line)
    assert "MCPGATEWAY_TOKEN" not in env
    assert "s3cret-token" not in outcome.stdout
    assert "aws-secret" not in outcome.stdout
    assert env["GREETING"] == "hello"
    assert env["HOME"] == str(runtime.workspace(SID))
    assert env["PATH"].split(":")[0] == os.path.dirname(sys.executable)
    with pytest.raises(ValueError):
        await runtime.exec(SID, "true", 5, env={"BAD=KEY": "x"})


async def test_exec_output_is_capped(tmp_path: Path) -> None:
    rt = SandboxRuntime(tmp_path / "capped", output_limit_bytes=1000)
    rt.create(SID)
    outcome = await rt.exec(SID, "head -c 50000 /dev/zero | tr '\\0' a; echo done >&2", 30)
    assert outcome.exit_code == 0
    assert outcome.stdout_truncated and not outcome.stderr_truncated
    assert outcome.stdout.startswith("a" * 1000)
    assert "truncated" in outcome.stdout[1000:]
    assert outcome.stderr == "done\n"


async def test_exec_unknown_sandbox_and_bad_arguments(runtime: SandboxRuntime) -> None:
    with pytest.raises(SandboxNotFoundError):
        await runtime.exec("nope", "true", 5)
    with pytest.raises(ValueError):
        await runtime.exec(SID, "true", 0)


async def test_destroy_removes_sandbox(runtime: SandboxRuntime) -> None:
    runtime.write_file(SID, "a/b.txt", b"x")
    sroot = runtime.sandbox_root(SID)
    assert runtime.destroy(SID) is True
    assert not sroot.exists()
    assert runtime.destroy(SID) is False
    with pytest.raises(SandboxNotFoundError):
        runtime.list_files(SID, "/workspace")


@dataclass
class _Slots:
    data_dir: Path
    sandboxes: object | None = None
    search: object | None = None


async def test_runtime_hooks_fill_gateway_slots(tmp_path: Path) -> None:
    gw = _Slots(tmp_path)
    async with sandbox_runtime.runtime(gw) as rt, search.runtime(gw) as index:
        assert gw.sandboxes is rt and gw.search is index
        # <data_dir>/sandboxes, unless commands run as another user who cannot reach it
        assert rt.root == sandbox_runtime.sandbox_base(tmp_path, rt.containment).resolve()
        rt.create(SID)
        task = asyncio.ensure_future(rt.exec(SID, "sleep 30", 60))
        await asyncio.sleep(0.3)
    outcome = await asyncio.wait_for(task, 10)  # killed at shutdown
    assert outcome.exit_code == 128 + signal.SIGKILL


# ---------------------------------------------------------------------------
# sandbox_runtime: paths and files
# ---------------------------------------------------------------------------


def test_resolve_maps_sandbox_paths(runtime: SandboxRuntime) -> None:
    sroot = runtime.sandbox_root(SID)
    ws = sroot / "workspace"
    cases = {
        "/": sroot,
        "/workspace": ws,
        "/workspace/x.txt": ws / "x.txt",
        "//workspace//x.txt": ws / "x.txt",
        "workspace/x.txt": ws / "x.txt",
        "x.txt": ws / "x.txt",
        "./a/./b": ws / "a" / "b",
        "": ws,
        "/tmp/t": sroot / "tmp" / "t",
        "/etc/passwd": sroot / "etc" / "passwd",
    }
    for path, expected in cases.items():
        assert runtime.resolve(SID, path) == expected, path
    assert runtime.sandbox_path(SID, ws / "x.txt") == "/workspace/x.txt"


@pytest.mark.parametrize(
    "path",
    ["..", "../x", "/../etc/passwd", "/workspace/../../etc", "a/../b", "x\0y", "/workspace/.."],
)
def test_resolve_refuses_escapes(runtime: SandboxRuntime, path: str) -> None:
    with pytest.raises(SandboxPathError):
        runtime.resolve(SID, path)


def test_invalid_sandbox_ids(runtime: SandboxRuntime) -> None:
    for bad in ("../x", "a/b", "", ".hidden", "x" * 200):
        with pytest.raises(SandboxPathError):
            runtime.create(bad)


def test_symlink_escapes_are_refused(runtime: SandboxRuntime, tmp_path: Path) -> None:
    ws = runtime.workspace(SID)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("top secret")
    (ws / "dir_link").symlink_to(outside)
    (ws / "file_link").symlink_to(secret)
    (ws / "dangling").symlink_to(outside / "created-by-sandbox.txt")
    (ws / "real.txt").write_text("inside")
    (ws / "inner_link").symlink_to(ws / "real.txt")

    for path in ("dir_link/secret.txt", "/workspace/file_link", "dangling", "dir_link"):
        with pytest.raises(SandboxPathError):
            runtime.resolve(SID, path)
    with pytest.raises(SandboxPathError):
        runtime.read_file(SID, "file_link")
    with pytest.raises(SandboxPathError):
        runtime.write_file(SID, "dangling", b"pwned")
    with pytest.raises(SandboxPathError):
        runtime.write_file(SID, "dir_link/new.txt", b"pwned")
    with pytest.raises(SandboxPathError):
        runtime.list_files(SID, "dir_link")
    assert not (outside / "created-by-sandbox.txt").exists()
    assert not (outside / "new.txt").exists()
    assert secret.read_text() == "top secret"

    # A link that stays inside the sandbox is fine.
    assert runtime.read_file(SID, "inner_link") == b"inside"
    listed = {e.name: e for e in runtime.list_files(SID, "/workspace")}
    assert listed["inner_link"].size == len("inside")
    # A link leading out is described by the link itself, not by its target.
    assert listed["file_link"].size == len(str(secret))
    assert listed["dir_link"].is_directory is False


def test_upload_list_download(runtime: SandboxRuntime) -> None:
    entry = runtime.write_file(SID, "/workspace/test.txt", b"hello")
    assert (entry.name, entry.path, entry.size, entry.is_directory) == (
        "test.txt",
        "/workspace/test.txt",
        5,
        False,
    )
    runtime.write_file(SID, "src/pkg/main.py", b"print('hi')\n")
    runtime.write_file(SID, "/workspace/test.txt", b"hello again")  # atomic overwrite

    listing = runtime.list_files(SID, "/workspace")
    assert [e.name for e in listing] == ["src", "test.txt"]
    src, txt = listing
    assert src.is_directory and src.path == "/workspace/src"
    assert txt.size == len(b"hello again")
    assert isinstance(txt.modified_at, datetime) and txt.modified_at.tzinfo is not None
    assert [e.path for e in runtime.list_files(SID, "src/pkg")] == ["/workspace/src/pkg/main.py"]
    assert [e.name for e in runtime.list_files(SID, "/")] == ["tmp", "workspace"]

    assert runtime.read_file(SID, "/workspace/src/pkg/main.py") == b"print('hi')\n"
    assert runtime.read_file(SID, "test.txt") == b"hello again"
    assert not [p for p in runtime.workspace(SID).rglob(".upload-*")], "temp file left behind"

    with pytest.raises(IsADirectoryError):
        runtime.write_file(SID, "src", b"x")
    with pytest.raises(IsADirectoryError):
        runtime.write_file(SID, "/", b"x")
    with pytest.raises(IsADirectoryError):
        runtime.read_file(SID, "src")
    with pytest.raises(FileNotFoundError):
        runtime.read_file(SID, "missing.txt")
    with pytest.raises(FileNotFoundError):
        runtime.list_files(SID, "/attachments")
    with pytest.raises(NotADirectoryError):
        runtime.list_files(SID, "test.txt")
    with pytest.raises(SandboxFileTooLargeError):
        runtime.write_file(SID, "big.bin", b"x" * 11, max_bytes=10)
    with pytest.raises(SandboxFileTooLargeError):
        runtime.read_file(SID, "test.txt", max_bytes=3)


async def test_files_written_by_exec_are_visible(runtime: SandboxRuntime) -> None:
    runtime.write_file(SID, "in.txt", b"21")
    outcome = await runtime.exec(
        SID, "python -c \"print(int(open('in.txt').read()) * 2)\" > out.txt", 30
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert runtime.read_file(SID, "/workspace/out.txt") == b"42\n"
