"""Sandbox containment (sandbox_runtime.py + sandbox_containment.py) on this host, for real.

The project machine and CI run as root on Linux with util-linux: there a command runs in a PID
namespace as `nobody`. Tests that need that skip elsewhere (they say why).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.sandbox_containment import detect
from mcpgateway_local.sandbox_runtime import SandboxRuntime

CONTAINMENT = detect()
needs_namespace = pytest.mark.skipif(
    not CONTAINMENT.pid_namespace, reason="no PID namespace (unshare) on this host"
)
needs_root = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and os.geteuid() == 0),
    reason="the unprivileged-user path runs only when the gateway is root",
)


def survivors(marker: str) -> list[int]:
    """Pids of live processes whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


def escaping(marker: str) -> str:
    """A command that leaves a `setsid` grandchild (tagged with `marker`) behind."""
    return f"setsid sh -c 'sleep 300; echo {marker}' > /dev/null 2>&1 & echo started"


async def gone(marker: str) -> bool:
    for _ in range(100):
        if not survivors(marker):
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[SandboxRuntime]:
    sandboxes = SandboxRuntime(tmp_path / "sandboxes")
    sandboxes.create("s1")
    yield sandboxes
    sandboxes.kill_all()


@needs_namespace
async def test_setsid_children_die_when_the_command_ends(runtime: SandboxRuntime) -> None:
    marker = f"mark-{uuid.uuid4().hex}"
    outcome = await runtime.exec("s1", escaping(marker), 30)
    assert outcome.exit_code == 0 and "started" in outcome.stdout
    assert await gone(marker), survivors(marker)


@needs_namespace
async def test_setsid_children_die_at_timeout_and_destroy(runtime: SandboxRuntime) -> None:
    marker = f"mark-{uuid.uuid4().hex}"
    outcome = await runtime.exec("s1", escaping(marker) + "; sleep 30", 1)
    assert outcome.timed_out
    assert await gone(marker), survivors(marker)

    other = f"mark-{uuid.uuid4().hex}"
    task = asyncio.ensure_future(runtime.exec("s1", escaping(other) + "; sleep 30", 60))
    for _ in range(100):
        if survivors(other):
            break
        await asyncio.sleep(0.05)
    runtime.destroy("s1")
    await asyncio.wait({task}, timeout=10)
    assert await gone(other), survivors(other)


@needs_namespace
async def test_a_command_starting_while_its_sandbox_is_destroyed_dies(
    runtime: SandboxRuntime,
) -> None:
    marker = f"mark-{uuid.uuid4().hex}"
    task = asyncio.ensure_future(runtime.exec("s1", escaping(marker) + "; sleep 30", 60))
    await asyncio.sleep(0)  # the exec is spawning its process, not yet tracked
    runtime.destroy("s1")
    await asyncio.wait({task}, timeout=10)
    assert task.done()
    assert await gone(marker), survivors(marker)


@needs_namespace
async def test_orphans_of_a_crashed_gateway_are_reaped(tmp_path: Path) -> None:
    first = SandboxRuntime(tmp_path / "sandboxes")
    first.create("s1")
    marker = f"mark-{uuid.uuid4().hex}"
    task = asyncio.ensure_future(first.exec("s1", f"sleep 300; echo {marker}", 600))
    for _ in range(100):
        if survivors(marker):
            break
        await asyncio.sleep(0.05)
    assert survivors(marker)
    from mcpgateway_local.sandbox_containment import reap_orphans

    assert reap_orphans(SandboxRuntime(tmp_path / "sandboxes").root) == 1  # "the next start"
    await asyncio.wait({task}, timeout=10)
    assert await gone(marker)


async def test_memory_is_capped(runtime: SandboxRuntime) -> None:
    outcome = await runtime.exec("s1", "ulimit -v", 30, memory_mb=10**9)
    assert outcome.stdout.strip() == str(16 * 1024 * 1024)


# -- through the gateway, as root ----------------------------------------------------------------


def run(api: httpx.Client, sandbox_id: str, command: str) -> dict[str, object]:
    response = api.post(f"/sandboxes/{sandbox_id}/exec", json={"command": command})
    assert response.status_code == 200, response.text
    result: dict[str, object] = response.json()
    return result


@needs_root
def test_as_root_commands_run_unprivileged_and_cannot_reach_the_gateway(
    api: httpx.Client, gateway: LocalGateway
) -> None:
    sandbox_id = api.post("/sandboxes", json={}).json()["id"]
    assert str(run(api, sandbox_id, "id -u")["stdout"]).strip() == "65534"
    database = gateway.data_dir / "gateway.sqlite3"
    assert database.exists()
    read_db = run(api, sandbox_id, f"cat {database} > /dev/null")
    assert read_db["exit_code"] != 0
    write_db = run(api, sandbox_id, f"echo x >> {database}")
    assert write_db["exit_code"] != 0
    cmdline = run(api, sandbox_id, f"cat /proc/{gateway.pid}/cmdline /proc/$PPID/environ")
    assert gateway.api_key not in str(cmdline["stdout"])
    assert run(api, sandbox_id, "echo hi > note.txt && cat note.txt")["stdout"] == "hi\n"
    assert api.post("/sandboxes", json={"memory_mb": 10**7}).status_code == 422


def test_exec_is_cancelled_when_the_client_disconnects(
    api: httpx.Client, gateway: LocalGateway
) -> None:
    sandbox_id = api.post("/sandboxes", json={}).json()["id"]
    marker = f"mark-{uuid.uuid4().hex}"
    with (
        httpx.Client(base_url=gateway.url + "/api/v1", headers=gateway.headers) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.post(
            f"/sandboxes/{sandbox_id}/exec",
            json={"command": f"sleep 120; echo {marker}", "timeout_seconds": 300},
            timeout=httpx.Timeout(60, read=2),
        )

    def cancelled() -> bool:
        items = api.get(f"/sandboxes/{sandbox_id}/activity").json()["items"]
        return any(e["action"] == "exec_cancelled" for e in items)

    for _ in range(200):
        if cancelled() and not survivors(marker):
            break
        time.sleep(0.05)
    assert cancelled() and not survivors(marker), survivors(marker)
