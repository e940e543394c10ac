"""handlers/sandboxes.py over real HTTP against a real gateway process: lifecycle, exec, files,
skills and catalogs.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, tools and a connection whose server is gone.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import GatewayFactory
from tests.support.seeded import (
    KEY,
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


def new_sandbox(gw: Gw, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = ok(
        gw.http.post("/sandboxes", json={"image": "python:3.12", **fields}), 201
    )
    return body


def run(gw: Gw, sandbox_id: str, command: str, timeout: int = 30) -> dict[str, Any]:
    result: dict[str, Any] = ok(
        gw.http.post(
            f"/sandboxes/{sandbox_id}/exec",
            json={"command": command, "timeout_seconds": timeout},
        )
    )
    return result


def raw_request(gw: Gw, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    """Send the request target as is (httpx would normalise `..` segments away)."""
    parts = urlsplit(gw.local.url)
    assert parts.hostname is not None and parts.port is not None
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers={"Authorization": f"Bearer {KEY}"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def actions(gw: Gw, sandbox_id: str) -> list[str]:
    listing = ok(gw.http.get(f"/sandboxes/{sandbox_id}/activity"))
    assert listing["total"] == len(listing["items"])
    return [entry["action"] for entry in listing["items"]]


# --- sandboxes: lifecycle and exec ---------------------------------------------------------


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


# --- sandboxes: files ----------------------------------------------------------------------


def test_files_absolute_and_nested_paths(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    base = f"/sandboxes/{sandbox_id}/files"
    ok(gw.http.put(f"{base}//workspace/test.txt", content=b"hello"), 204)
    listing = ok(gw.http.get(base, params={"path": "/workspace"}))
    assert "test.txt" in [e["name"] for e in listing["items"]]
    for variant in ("//workspace/test.txt", "/test.txt", "/workspace/test.txt", "/./test.txt"):
        assert gw.http.get(f"{base}{variant}").content == b"hello", variant

    ok(gw.http.put(f"{base}/dir/sub/a.bin", content=bytes(range(256))), 204)
    assert gw.http.get(f"{base}/dir/sub/a.bin").content == bytes(range(256))
    listing = ok(gw.http.get(base, params={"path": "dir"}))
    assert listing["path"] == "/workspace/dir"
    assert listing["items"] == [
        {
            "name": "sub",
            "path": "/workspace/dir/sub",
            "size": 0,
            "is_directory": True,
            "modified_at": listing["items"][0]["modified_at"],
        }
    ]
    names = [e["name"] for e in ok(gw.http.get(base, params={"path": "/"}))["items"]]
    assert names == ["tmp", "workspace"]
    ok(gw.http.put(f"{base}//tmp/scratch.txt", content=b"tmp"), 204)
    assert run(gw, sandbox_id, 'cat "$TMPDIR/scratch.txt"')["stdout"] == "tmp"

    # Any or no Content-Type: the body is always the file's raw bytes.
    for content_type in ("application/json", "text/plain", "multipart/form-data; boundary=x"):
        response = gw.http.put(
            f"{base}/typed.txt", content=b"not json {", headers={"Content-Type": content_type}
        )
        assert response.status_code == 204, response.text
        assert gw.http.get(f"{base}/typed.txt").content == b"not json {"
    ok(gw.http.put(f"{base}/empty.txt", content=b""), 204)
    assert gw.http.get(f"{base}/empty.txt").content == b""
    ok(gw.http.put(f"{base}/sp%20ace%3F.txt", content=b"s"), 204)
    assert (gw.sandboxes_dir / sandbox_id / "workspace" / "sp ace?.txt").read_bytes() == b"s"
    ok(gw.http.put(f"{base}/test.txt", content=b"replaced"), 204)
    assert run(gw, sandbox_id, "cat test.txt")["stdout"] == "replaced"
    downloaded = gw.http.get(f"{base}/test.txt")
    assert 'filename="test.txt"' in downloaded.headers["content-disposition"]
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_file_errors(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw)["id"]
    base = f"/sandboxes/{sandbox_id}/files"
    ok(gw.http.put(f"{base}/file.txt", content=b"x"), 204)
    ok(gw.http.put(f"{base}/folder/inner.txt", content=b"y"), 204)

    missing_dir = gw.http.get(base, params={"path": "/workspace/nope"})
    assert missing_dir.status_code == 404 and "/workspace/nope" in missing_dir.json()["detail"]
    not_dir = gw.http.get(base, params={"path": "file.txt"})
    assert not_dir.status_code == 422 and "not a directory" in str(not_dir.json()["detail"])
    missing = gw.http.get(f"{base}/nope.txt")
    assert missing.status_code == 404 and "/workspace/nope.txt" in missing.json()["detail"]
    directory = gw.http.get(f"{base}/folder")
    assert directory.status_code == 422 and "is a directory" in str(directory.json()["detail"])
    onto_dir = gw.http.put(f"{base}/folder", content=b"z")
    assert onto_dir.status_code == 422 and "directory" in str(onto_dir.json()["detail"])
    under_file = gw.http.put(f"{base}/file.txt/child", content=b"z")
    assert under_file.status_code == 422
    root = gw.http.put(f"{base}//", content=b"z")
    assert root.status_code in (404, 422)
    assert (gw.sandboxes_dir / sandbox_id / "workspace" / "file.txt").read_bytes() == b"x"
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


def test_path_escapes_are_refused(gw: Gw, tmp_path: Path) -> None:
    outside_file = tmp_path / "secret.txt"
    outside_file.write_text("top secret")
    outside_dir = tmp_path / "outside-dir"
    outside_dir.mkdir()
    sandbox_id = new_sandbox(gw)["id"]
    sandbox_root = gw.sandboxes_dir / sandbox_id
    base = f"/sandboxes/{sandbox_id}/files"
    prefix = f"/api/v1{base}"

    def assert_refused(response: httpx.Response | tuple[int, bytes], *why: str) -> None:
        if isinstance(response, tuple):
            status, text = response[0], response[1].decode()
        else:
            status, text = response.status_code, response.text
        assert status == 422, (status, text)
        assert any(w in text for w in why), text

    # Literal `..` segments (sent raw: httpx would normalise them away).
    for method in ("GET", "PUT"):
        assert_refused(
            raw_request(gw, method, f"{prefix}/../../../../../../etc/passwd", b"x"), ".."
        )
        assert_refused(raw_request(gw, method, f"{prefix}/a/../../secret.txt", b"x"), "..")
    # Encoded dots and slashes are decoded per segment, then refused the same way.
    for path in ("%2E%2E/%2E%2E/secret.txt", "%2e%2e%2F%2e%2e%2Fsecret.txt", "a%2F..%2Fb"):
        assert_refused(gw.http.get(f"{base}/{path}"), "..")
        assert_refused(gw.http.put(f"{base}/{path}", content=b"x"), "..")
    assert_refused(gw.http.get(base, params={"path": "../.."}), "..")
    assert_refused(gw.http.get(base, params={"path": "/workspace/../../.."}), "..")
    assert_refused(gw.http.get(f"{base}/a%00b"), "NUL")
    # Absolute paths outside the sandbox's /workspace and /tmp.
    for path in ("//etc/passwd", "//etc/evil.txt", "//proc/self/environ", "//root.txt"):
        assert_refused(gw.http.get(f"{base}{path}"), "outside")
        assert_refused(gw.http.put(f"{base}{path}", content=b"x"), "outside")
    assert_refused(gw.http.get(base, params={"path": "/etc"}), "outside")
    assert not (sandbox_root / "etc").exists() and not (sandbox_root / "root.txt").exists()
    # A host path is a sandbox path too: it names a file inside the sandbox, never the host's.
    host_path = str(outside_file)
    assert gw.http.get(f"{base}/{host_path}").status_code in (404, 422)
    response = gw.http.put(f"{base}/{host_path}", content=b"overwritten?")
    assert response.status_code in (204, 422), response.text
    assert outside_file.read_text() == "top secret"

    # Symlinks made by a command that point outside the sandbox.
    made = run(
        gw,
        sandbox_id,
        f"ln -s {outside_file} leak && ln -s {outside_dir} leakdir && ln -s ../../.. up"
        " && ln -s data.txt inside && echo data > data.txt",
    )
    assert made["exit_code"] == 0, made
    assert_refused(gw.http.get(f"{base}/leak"), "escapes")
    assert_refused(gw.http.get(f"{base}//workspace/leak"), "escapes")
    assert_refused(gw.http.put(f"{base}/leak", content=b"pwned"), "escapes")
    assert_refused(gw.http.put(f"{base}/leakdir/new.txt", content=b"pwned"), "escapes")
    assert_refused(gw.http.get(base, params={"path": "leakdir"}), "escapes")
    assert_refused(gw.http.get(f"{base}/up/etc/passwd"), "escapes", "outside")
    assert_refused(gw.http.put(f"{base}/up/x.txt", content=b"pwned"), "escapes", "outside")
    assert outside_file.read_text() == "top secret"
    assert list(outside_dir.iterdir()) == []
    # A symlink that stays inside works, and the listing shows the links without following out.
    assert gw.http.get(f"{base}/inside").content == b"data\n"
    names = {e["name"] for e in ok(gw.http.get(base))["items"]}
    assert {"leak", "leakdir", "up", "inside", "data.txt"} <= names
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204
    assert outside_file.read_text() == "top secret" and outside_dir.is_dir()


def test_upload_size_limits(gw: Gw) -> None:
    sandbox_id = new_sandbox(gw, disk_mb=1)["id"]
    base = f"/sandboxes/{sandbox_id}/files"
    too_big = gw.http.put(f"{base}/big.bin", content=b"x" * (1024 * 1024 + 1))
    assert too_big.status_code == 413 and "too large" in too_big.json()["detail"].lower()
    ok(gw.http.put(f"{base}/a.bin", content=b"a" * 600_000), 204)
    quota = gw.http.put(f"{base}/b.bin", content=b"b" * 600_000)
    assert quota.status_code == 413 and "disk limit" in quota.json()["detail"]
    ok(gw.http.put(f"{base}/a.bin", content=b"c" * 700_000), 204)  # replacing counts once
    assert not (gw.sandboxes_dir / sandbox_id / "workspace" / "b.bin").exists()
    over_body_limit = gw.http.put(f"{base}/huge.bin", content=b"h" * (16 * 1024 * 1024 + 1))
    assert over_body_limit.status_code == 413
    # Commands are held to the same size per file (RLIMIT_FSIZE).
    result = run(gw, sandbox_id, "head -c 2000000 /dev/zero > big.bin")
    assert result["exit_code"] != 0
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


# --- sandboxes: skills and catalogs --------------------------------------------------------


def test_install_skills(gw: Gw) -> None:
    skill_md = "---\nname: sandbox-helper\ndescription: Helps.\n---\n\n# Helper\n"
    manual = gw.http.post("/skills", json={"name": "sandbox-helper", "skill_md_content": skill_md})
    if manual.status_code == 501:
        pytest.skip("the skills handlers are not available")
    manual_skill = ok(manual, 201)
    imported = ok(
        gw.http.post("/skills/import", json={"source": "builtin", "skill_name": "sandbox-python"}),
        201,
    )
    sandbox_id = new_sandbox(gw)["id"]
    result = ok(
        gw.http.post(
            f"/sandboxes/{sandbox_id}/skills",
            json={"skill_ids": [manual_skill["id"], imported["id"], MISSING_ID, "nope"]},
        )
    )
    assert result["installed"] == 2
    assert len(result["errors"]) == 2
    assert MISSING_ID in result["errors"][0] and "nope" in result["errors"][1]
    base = f"/sandboxes/{sandbox_id}/files"
    names = [e["name"] for e in ok(gw.http.get(base, params={"path": "skills"}))["items"]]
    assert names == ["sandbox-helper", "sandbox-python"]
    assert gw.http.get(f"{base}/skills/sandbox-helper/SKILL.md").text == skill_md
    python_md = gw.http.get(f"{base}/skills/sandbox-python/SKILL.md").text
    assert python_md.startswith("---\nname: sandbox-python")
    ok(gw.http.put(f"{base}/hello.py", content=b"print('hi from skill')\n"), 204)
    ran = run(gw, sandbox_id, "skills/sandbox-python/scripts/run.sh hello.py")
    assert ran["stdout"] == "hi from skill\nexit code: 0\n", ran
    assert actions(gw, sandbox_id)[1:3] == ["skills_installed", "download"]
    empty = ok(gw.http.post(f"/sandboxes/{sandbox_id}/skills", json={"skill_ids": []}))
    assert empty == {"installed": 0, "errors": []}
    assert gw.http.post(f"/sandboxes/{sandbox_id}/skills", json={}).status_code == 422
    assert gw.http.delete(f"/sandboxes/{sandbox_id}").status_code == 204


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
