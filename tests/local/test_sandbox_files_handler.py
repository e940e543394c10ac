"""handlers/sandbox_files.py over real HTTP against a real gateway process: files (absolute and
nested paths, errors, confinement, size limits) and skill installs.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import GatewayFactory
from tests.support.sandbox_kit import actions, new_sandbox, raw_request, run
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


# --- sandboxes: skill installs -----------------------------------------------------------


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


def test_gateway_log_has_no_errors(gw: Gw) -> None:
    """Every response above matched the spec (else the gateway logs an error and answers 500)."""
    assert_clean_log(gw.local)
