"""handlers/sandboxes.py and sandbox_calls.py over real HTTP against a real gateway process:
lifecycle, exec and catalogs (files and skill installs: `test_sandbox_files_handler.py`).

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, tools and a connection whose server is gone.
"""

from __future__ import annotations

import concurrent.futures
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import GatewayFactory
from tests.support.sandbox_kit import actions, new_sandbox, run
from tests.support.seeded import (
    MISSING_ID,
    Gw,
    assert_clean_log,
    ok,
    open_seeded,
    seed_tools,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gw(gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    with open_seeded(gateway_factory, tmp_path_factory, seed_tools) as seeded:
        yield seeded


def test_sandbox_readme_flow(gw: Gw) -> None:
    sandbox = new_sandbox(gw)
    sandbox_id = sandbox["id"]
    assert uuid.UUID(sandbox_id)
    assert sandbox["status"] == "running"
    assert sandbox["image"] == "python:3.12"
    assert sandbox["workspace_path"] == "/workspace"
    assert sandbox["container_id"] is None
    assert (sandbox["memory_mb"], sandbox["cpu_cores"], sandbox["disk_mb"]) == (512, 1.0, 1024)
    assert (sandbox["idle_timeout_seconds"], sandbox["network_enabled"]) == (1800, False)
    assert sandbox["exec_count"] == 0 and sandbox["metadata"] == {}
    assert uuid.UUID(sandbox["user_id"])
    assert (gw.sandboxes_dir / sandbox_id / "workspace").is_dir()

    result = run(gw, sandbox_id, "python -c 'print(1+1)'")
    assert result == {
        "exit_code": 0,
        "stdout": "2\n",
        "stderr": "",
        "duration_ms": result["duration_ms"],
    }
    assert result["duration_ms"] >= 0

    upload = gw.http.put(f"/sandboxes/{sandbox_id}/files/data.csv", content=b"a,b\n1,2")
    assert upload.status_code == 204, upload.text
    assert "content-type" not in {k.lower() for k in upload.request.headers}
    files = ok(gw.http.get(f"/sandboxes/{sandbox_id}/files"))
    assert files["path"] == "/workspace"
    [entry] = files["items"]
    assert entry["name"] == "data.csv" and entry["path"] == "/workspace/data.csv"
    assert entry["size"] == 7 and entry["is_directory"] is False and entry["modified_at"]
    download = gw.http.get(f"/sandboxes/{sandbox_id}/files/data.csv")
    assert download.status_code == 200
    assert download.content == b"a,b\n1,2"
    assert download.headers["content-type"] == "application/octet-stream"
    assert run(gw, sandbox_id, "cat data.csv")["stdout"] == "a,b\n1,2"

    got = ok(gw.http.get(f"/sandboxes/{sandbox_id}"))
    assert got["exec_count"] == 2
    assert got["last_activity_at"] >= sandbox["created_at"]
    listed = ok(gw.http.get("/sandboxes"))
    assert sandbox_id in [s["id"] for s in listed["items"]]
    assert listed["total"] == len(listed["items"])

    activity = ok(gw.http.get(f"/sandboxes/{sandbox_id}/activity"))["items"]
    assert [e["action"] for e in activity] == ["created", "exec", "upload", "download", "exec"]
    assert activity[0]["detail"]["image"] == "python:3.12"
    assert "no container" in activity[0]["detail"]["note"].lower()
    assert activity[1]["detail"]["exit_code"] == 0
    stamps = [e["timestamp"] for e in activity]
    assert stamps == sorted(stamps)

    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204
    assert not (gw.sandboxes_dir / sandbox_id).exists()
    assert gw.http.get(f"/sandboxes/{sandbox_id}").status_code == 404
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 404
    assert gw.http.get(f"/sandboxes/{sandbox_id}/activity").status_code == 404


def test_sandbox_settings_create_and_update(gw: Gw) -> None:
    sandbox = new_sandbox(
        gw,
        memory_mb=256,
        cpu_cores=0.5,
        disk_mb=10,
        idle_timeout_seconds=600,
        env_vars={"GREETING": "hello there"},
        network_enabled=True,
        session_key="job-42",
        metadata={"team": "data"},
        custom_future_field={"kept": True},
    )
    assert (sandbox["memory_mb"], sandbox["cpu_cores"], sandbox["disk_mb"]) == (256, 0.5, 10)
    assert sandbox["idle_timeout_seconds"] == 600 and sandbox["network_enabled"] is True
    assert sandbox["session_key"] == "job-42" and sandbox["metadata"] == {"team": "data"}
    assert "env_vars" not in sandbox and "custom_future_field" not in sandbox
    sandbox_id = sandbox["id"]
    assert run(gw, sandbox_id, 'printf %s "$GREETING"')["stdout"] == "hello there"
    assert run(gw, sandbox_id, 'printf %s "$HOME"')["stdout"].endswith("/workspace")

    updated = ok(gw.http.patch(f"/sandboxes/{sandbox_id}", json={"memory_mb": 300}))
    assert updated["memory_mb"] == 300 and updated["cpu_cores"] == 0.5
    assert updated["session_key"] == "job-42" and updated["disk_mb"] == 10
    updated = ok(
        gw.http.patch(
            f"/sandboxes/{sandbox_id}",
            json={"session_key": None, "cpu_cores": None, "env_vars": {"GREETING": "bye"}},
        )
    )
    assert updated["session_key"] is None and updated["cpu_cores"] == 1.0
    assert run(gw, sandbox_id, 'printf %s "$GREETING"')["stdout"] == "bye"
    assert ok(gw.http.patch(f"/sandboxes/{sandbox_id}", json={}))["memory_mb"] == 300
    assert "updated" in actions(gw, sandbox_id)

    for bad in (
        {"memory_mb": 0},
        {"cpu_cores": 0},
        {"disk_mb": -1},
        {"idle_timeout_seconds": -5},
        {"env_vars": {"A=B": "x"}},
        {"memory_mb": "lots"},
        {"network_enabled": True, "requested_egress_policy": {"mode": "blocked"}},
        {"requested_egress_policy": {"mode": "sometimes"}},
    ):
        response = gw.http.patch(f"/sandboxes/{sandbox_id}", json=bad)
        assert response.status_code == 422, (bad, response.text)
        assert isinstance(response.json()["detail"], list)
        assert gw.http.post("/sandboxes", json={"image": "x", **bad}).status_code == 422
    no_destination = {"requested_egress_policy": {"mode": "allowlist"}}
    assert gw.http.patch(f"/sandboxes/{sandbox_id}", json=no_destination).status_code == 422
    allowlist = {"mode": "allowlist", "allowed_domains": ["pypi.org"], "allowed_cidrs": []}
    running = gw.http.patch(f"/sandboxes/{sandbox_id}", json={"requested_egress_policy": allowlist})
    assert running.status_code == 409  # an egress change needs a stopped sandbox
    assert gw.http.post(f"/sandboxes/{sandbox_id}/stop").status_code == 204
    egress = ok(
        gw.http.patch(f"/sandboxes/{sandbox_id}", json={"requested_egress_policy": allowlist})
    )
    assert egress["requested_egress_policy"] == allowlist
    assert gw.http.patch(f"/sandboxes/{MISSING_ID}", json={}).status_code == 404
    default_image = ok(gw.http.post("/sandboxes", json={}), 201)
    assert default_image["image"] == "mcpgateway/sandbox-runtime:latest"
    for created in (sandbox_id, default_image["id"]):
        assert gw.http.delete(f"/sandboxes/{created}").status_code == 204


def test_exec_output_exit_codes_and_timeout(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    result = run(gw, sandbox_id, "echo out; echo err >&2; exit 3")
    assert (result["exit_code"], result["stdout"], result["stderr"]) == (3, "out\n", "err\n")
    assert run(gw, sandbox_id, "pwd")["stdout"].strip().endswith("/workspace")

    started = time.monotonic()
    timed_out = run(gw, sandbox_id, "echo begun; sleep 20", timeout=1)
    assert time.monotonic() - started < 10
    assert timed_out["exit_code"] == 124
    assert timed_out["stdout"] == "begun\n"
    assert "timed out" in timed_out["stderr"]
    assert 900 <= timed_out["duration_ms"] < 10_000
    activity = ok(gw.http.get(f"/sandboxes/{sandbox_id}/activity"))["items"]
    assert activity[-1]["detail"]["timed_out"] is True

    for body in (
        {"command": "true", "timeout_seconds": 0},
        {"command": "true", "timeout_seconds": 3601},
        {"command": ""},
        {"timeout_seconds": 5},
        {"command": "echo \u0000"},
    ):
        response = gw.http.post(f"/sandboxes/{sandbox_id}/exec", json=body)
        assert response.status_code == 422, (body, response.text)
    assert (
        gw.http.post(f"/sandboxes/{MISSING_ID}/exec", json={"command": "true"}).status_code == 404
    )
    assert ok(gw.http.get(f"/sandboxes/{sandbox_id}"))["exec_count"] == 3
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_exec_memory_limit(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw, memory_mb=200)["id"]
    small = run(gw, sandbox_id, "python -c 'b = bytearray(20 * 1024 * 1024); print(len(b))'")
    assert small["exit_code"] == 0, small
    big = run(gw, sandbox_id, "python -c 'b = bytearray(1024 * 1024 * 1024); print(len(b))'")
    assert big["exit_code"] != 0
    assert "MemoryError" in big["stderr"]
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_stop_resume_and_stopped_refusal(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    ok(gw.http.put(f"/sandboxes/{sandbox_id}/files/keep.txt", content=b"kept"), 204)
    assert gw.http.post(f"/sandboxes/{sandbox_id}/stop").status_code == 204
    stopped = ok(gw.http.get(f"/sandboxes/{sandbox_id}"))
    assert stopped["status"] == "stopped" and stopped["stopped_at"]
    refused = gw.http.post(f"/sandboxes/{sandbox_id}/exec", json={"command": "true"})
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Sandbox is stopped; resume it first"
    assert gw.http.post(f"/sandboxes/{sandbox_id}/stop").status_code == 204  # idempotent
    assert gw.http.get(f"/sandboxes/{sandbox_id}/files/keep.txt").content == b"kept"

    resumed = ok(gw.http.post(f"/sandboxes/{sandbox_id}/resume"))
    assert resumed["status"] == "running" and resumed["stopped_at"] == stopped["stopped_at"]
    assert run(gw, sandbox_id, "cat keep.txt")["stdout"] == "kept"
    assert ok(gw.http.post(f"/sandboxes/{sandbox_id}/resume"))["status"] == "running"
    assert actions(gw, sandbox_id) == [
        "created",
        "upload",
        "stopped",
        "download",
        "resumed",
        "exec",
    ]
    for method, suffix in (("POST", "stop"), ("POST", "resume")):
        assert gw.http.request(method, f"/sandboxes/{MISSING_ID}/{suffix}").status_code == 404
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_stop_kills_the_running_command(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    marker = gw.sandboxes_dir / sandbox_id / "workspace" / "marker"
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        future = pool.submit(run, gw, sandbox_id, "sleep 2; touch marker; sleep 60", 120)
        time.sleep(0.7)
        assert gw.http.post(f"/sandboxes/{sandbox_id}/stop").status_code == 204
        result = future.result(timeout=30)
    assert time.monotonic() - started < 20
    assert result["exit_code"] == 137
    assert "stopped" in result["stderr"]
    time.sleep(2)
    assert not marker.exists()  # the whole process group died
    assert ok(gw.http.get(f"/sandboxes/{sandbox_id}"))["exec_count"] == 1
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_destroy_kills_the_running_command(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        future = pool.submit(run, gw, sandbox_id, "sleep 60", 120)
        time.sleep(0.7)
        assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204
        result = future.result(timeout=30)
    assert time.monotonic() - started < 20
    assert result["exit_code"] == 137
    assert not (gw.sandboxes_dir / sandbox_id).exists()
    assert gw.http.get(f"/sandboxes/{sandbox_id}").status_code == 404


def test_idle_sandbox_is_stopped(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw, idle_timeout_seconds=1)["id"]
    time.sleep(1.6)
    got = ok(gw.http.get(f"/sandboxes/{sandbox_id}"))
    assert got["status"] == "stopped"
    activity = ok(gw.http.get(f"/sandboxes/{sandbox_id}/activity"))["items"]
    assert activity[-1]["action"] == "stopped"
    assert activity[-1]["detail"]["reason"] == "idle_timeout"
    assert (
        gw.http.post(f"/sandboxes/{sandbox_id}/exec", json={"command": "true"}).status_code == 409
    )
    never = new_sandbox(gw, idle_timeout_seconds=0)["id"]
    time.sleep(1.1)
    assert ok(gw.http.get(f"/sandboxes/{never}"))["status"] == "running"
    for created in (sandbox_id, never):
        assert gw.http.delete(f"/sandboxes/{created}").status_code == 204


def test_unknown_sandbox_everywhere(gw: Gw) -> None:
    for method, path in (
        ("GET", ""),
        ("DELETE", ""),
        ("GET", "/activity"),
        ("GET", "/files"),
        ("GET", "/files/a.txt"),
        ("POST", "/stop"),
        ("POST", "/resume"),
    ):
        for sandbox_id in (MISSING_ID, "not-a-uuid"):
            response = gw.http.request(method, f"/sandboxes/{sandbox_id}{path}")
            assert response.status_code == 404, (method, path, response.text)
            assert response.json()["detail"] == "Sandbox not found"
    assert gw.http.put(f"/sandboxes/{MISSING_ID}/files/a.txt", content=b"x").status_code == 404
    response = gw.http.post(f"/sandboxes/{MISSING_ID}/skills", json={"skill_ids": []})
    assert response.status_code == 404
    assert httpx.get(f"{gw.local.url}/api/v1/sandboxes").status_code == 401


# --- sandboxes: catalogs ------------------------------------------------------------------


def test_sandbox_images_templates_and_packages(gw: Gw) -> None:
    images = ok(gw.http.get("/sandbox-images"))
    assert images["total"] == len(images["items"]) >= 1
    host = images["items"][0]
    assert host["name"] == "local/host-python"
    assert host["tag"].count(".") == 2 and "no container" in host["description"].lower()
    templates = ok(gw.http.get("/sandbox-images/templates"))
    assert {t["name"] for t in templates["items"]} == {"python", "shell"}
    assert all(t["base_image"].startswith("local/host-python:") for t in templates["items"])
    catalog = ok(gw.http.get("/sandbox-images/packages"))
    by_name = {c["name"]: c for c in catalog["items"]}
    assert catalog["total"] == 2 and set(by_name) == {"python", "system"}
    python_packages = {p["name"].lower() for p in by_name["python"]["packages"]}
    assert {"httpx", "starlette"} <= python_packages
    assert "sh" in {p["name"] for p in by_name["system"]["packages"]}


def test_gateway_log_has_no_errors(gw: Gw) -> None:
    """Every response above matched the spec (else the gateway logs an error and answers 500)."""
    assert_clean_log(gw.local)
