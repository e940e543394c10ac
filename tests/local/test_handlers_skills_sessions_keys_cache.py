"""Skills, sessions, API keys and cache handlers, over real HTTP against a real gateway process.

The module's gateway runs with `--validate-responses` (a response that does not match openapi.json
is a 500), on a data directory seeded beforehand with the documents other modules own (servers, a
bundle) and with sessions whose clock-dependent states (expired, idle) cannot be reached quickly.
"""

from __future__ import annotations

import io
import stat
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.handlers.sessions import (
    record_session_access,
    session_flags,
    session_scope,
)
from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_local.settings import Settings
from mcpgateway_local.spec import load_spec
from mcpgateway_local.state import GatewayState
from mcpgateway_local.store import Store
from tests.support.seed_store import insert_remote_server

pytestmark = pytest.mark.e2e

KEY = "mgw_local_test-skills-sessions-keys-cache-0123456789"
SERVER_ID = "1b0f6a52-3c1e-4d8e-9f00-000000000001"
OTHER_SERVER_ID = "1b0f6a52-3c1e-4d8e-9f00-000000000002"
BUNDLE_ID = "2c0f6a52-3c1e-4d8e-9f00-000000000001"
EXPIRED_SESSION_ID = "3d0f6a52-3c1e-4d8e-9f00-000000000001"
IDLE_SESSION_ID = "3d0f6a52-3c1e-4d8e-9f00-000000000002"
MISSING_ID = "99999999-9999-4999-8999-999999999999"


def skill_md(name: str, description: str = "Does a thing.", extra: str = "") -> str:
    return f"---\nname: {name}\ndescription: {description}\n{extra}---\n\n# {name}\n\nSteps.\n"


def make_zip(members: dict[str, bytes], symlinks: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in members.items():
            info = zipfile.ZipInfo(path)  # keeps unsafe names as given
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
        for path in symlinks:
            info = zipfile.ZipInfo(path)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def seed(data_dir: Path) -> None:
    """Documents owned by other modules, and sessions in clock-dependent states."""
    now = datetime.now(UTC)
    store = Store.open(data_dir)
    try:
        for server_id, name in ((SERVER_ID, "weather"), (OTHER_SERVER_ID, "calendar")):
            insert_remote_server(store, server_id, name, iso(now))
        store.insert(
            "bundle",
            {"id": BUNDLE_ID, "name": "bundle", "created_at": iso(now), "updated_at": iso(now)},
        )
        sessions = (
            (EXPIRED_SESSION_ID, now - timedelta(hours=2), now - timedelta(hours=1)),
            (IDLE_SESSION_ID, now - timedelta(minutes=40), now + timedelta(minutes=20)),
        )
        for session_id, accessed, expires in sessions:
            store.insert(
                "session",
                {
                    "id": session_id,
                    "server_id": SERVER_ID,
                    "bundle_id": None,
                    "process_state": {},
                    "external_sessions": {},
                    "last_accessed_at": iso(accessed),
                    "expires_at": iso(expires),
                    "is_active": True,
                    "is_expired": False,
                    "is_idle": False,
                    "created_at": iso(accessed),
                    "allowed_tool_names": None,
                    "denied_tool_names": None,
                },
            )
    finally:
        store.close()


@dataclass
class Gw:
    local: LocalGateway
    http: httpx.Client

    def as_key(self, key: str) -> httpx.Client:
        return httpx.Client(
            base_url=f"{self.local.url}/api/v1",
            headers={"Authorization": f"Bearer {key}"},
            timeout=30,
        )


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    data_dir = tmp_path_factory.mktemp("gateway-data")
    seed(data_dir)
    with (
        run_local_gateway(
            data_dir=data_dir, api_key=KEY, extra_args=("--validate-responses",)
        ) as local,
        httpx.Client(base_url=f"{local.url}/api/v1", headers=local.headers, timeout=30) as http,
    ):
        yield Gw(local, http)


def create_skill(gw: Gw, name: str, **fields: Any) -> dict[str, Any]:
    response = gw.http.post(
        "/skills", json={"name": name, "skill_md_content": skill_md(name), **fields}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def upload(gw: Gw, filename: str | None, data: bytes, **form: str) -> httpx.Response:
    return gw.http.post(
        "/skills/upload", files={"file": (filename, data, "application/octet-stream")}, data=form
    )


def assert_package_error(response: httpx.Response, code: str) -> None:
    assert response.status_code == 422, response.text
    [item] = response.json()["detail"]
    assert item["type"] == code
    assert item["msg"].startswith(f"{code}: ")


# --- skills --------------------------------------------------------------------------------


def test_skill_crud(gw: Gw) -> None:
    response = gw.http.post(
        "/skills",
        json={
            "name": "crud-skill",
            "skill_md_content": skill_md("crud-skill", "From the frontmatter.", "license: MIT\n"),
            "skill_metadata": {"owner": "me"},
        },
    )
    assert response.status_code == 201, response.text
    skill = response.json()
    assert skill["name"] == "crud-skill"
    assert skill["description"] == "From the frontmatter."
    assert skill["source_type"] == "manual"
    assert skill["skill_metadata"] == {"license": "MIT", "owner": "me"}
    assert skill["skill_md_content"] is None
    assert skill["mcp_server_id"] is None
    assert skill["package_size_bytes"] > 0
    skill_id = skill["id"]

    got = gw.http.get(f"/skills/{skill_id}").json()
    assert got["skill_md_content"].startswith("---\nname: crud-skill\n")
    assert gw.http.get(f"/skills/{skill_id.upper()}").json()["id"] == skill_id

    duplicate = gw.http.post(
        "/skills", json={"name": "crud-skill", "skill_md_content": skill_md("crud-skill")}
    )
    assert duplicate.status_code == 409
    assert "crud-skill" in duplicate.json()["detail"]

    updated = gw.http.patch(f"/skills/{skill_id}", json={"description": "New."}).json()
    assert updated["description"] == "New."
    assert updated["skill_metadata"] == {"license": "MIT", "owner": "me"}
    assert updated["name"] == "crud-skill"
    updated = gw.http.patch(
        f"/skills/{skill_id}",
        json={"portal_visible": True, "portal_tags": ["a"], "portal_category": "cat"},
    ).json()
    assert (updated["portal_visible"], updated["portal_tags"], updated["portal_category"]) == (
        True,
        ["a"],
        "cat",
    )
    assert updated["description"] == "New."
    unchanged = gw.http.patch(f"/skills/{skill_id}", json={}).json()
    assert unchanged["portal_tags"] == ["a"] and unchanged["description"] == "New."
    cleared = gw.http.patch(
        f"/skills/{skill_id}", json={"description": None, "skill_metadata": {"k": 1}}
    ).json()
    assert cleared["description"] is None and cleared["skill_metadata"] == {"k": 1}

    create_skill(gw, "crud-other")
    clash = gw.http.patch(f"/skills/{skill_id}", json={"name": "crud-other"})
    assert clash.status_code == 409

    assert gw.http.delete(f"/skills/{skill_id}").status_code == 204
    assert gw.http.get(f"/skills/{skill_id}").status_code == 404
    assert gw.http.delete(f"/skills/{skill_id}").status_code == 404
    assert gw.http.patch(f"/skills/{skill_id}", json={}).status_code == 404
    assert gw.http.get("/skills/not-a-uuid").status_code == 404
    assert gw.http.get(f"/skills/{MISSING_ID}/package").status_code == 404


def test_list_skills_filters_and_pages(gw: Gw) -> None:
    for index in range(3):
        create_skill(gw, f"list-page-{index}", description=f"Paging sample {index}")
    create_skill(gw, "list-linked", mcp_server_id=SERVER_ID)
    page = gw.http.get("/skills", params={"search": "PAGING SAMPLE", "limit": 2}).json()
    assert page["total"] == 3 and page["offset"] == 0 and page["limit"] == 2
    assert [s["name"] for s in page["items"]] == ["list-page-0", "list-page-1"]
    assert all(s["skill_md_content"] is None for s in page["items"])
    rest = gw.http.get("/skills", params={"search": "paging", "offset": 2}).json()
    assert [s["name"] for s in rest["items"]] == ["list-page-2"]
    linked = gw.http.get("/skills", params={"mcp_server_id": SERVER_ID.upper()}).json()
    assert "list-linked" in [s["name"] for s in linked["items"]]
    assert all(s["mcp_server_id"] == SERVER_ID for s in linked["items"])
    manual = gw.http.get("/skills", params={"source_type": "manual", "search": "list-"}).json()
    assert manual["total"] == 4
    assert gw.http.get("/skills", params={"source_type": "generated"}).json()["total"] == 0
    assert gw.http.get("/skills", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("# no frontmatter\n", "skill-malformed-frontmatter"),
        ("---\ndescription: no name\n---\n", "skill-frontmatter-missing-field"),
        ("---\nname: [unclosed\n---\n", "skill-malformed-frontmatter"),
    ],
)
def test_create_skill_bad_skill_md(gw: Gw, content: str, code: str) -> None:
    response = gw.http.post("/skills", json={"name": "bad-md", "skill_md_content": content})
    assert_package_error(response, code)
    assert response.json()["detail"][0]["loc"] == ["body", "skill_md_content"]


def test_create_skill_bad_name(gw: Gw) -> None:
    response = gw.http.post("/skills", json={"name": "a/b", "skill_md_content": skill_md("a-b")})
    assert_package_error(response, "skill-invalid-name")
    assert gw.http.post("/skills", json={"name": ""}).status_code == 422


def test_skill_server_link(gw: Gw) -> None:
    missing = gw.http.post(
        "/skills",
        json={
            "name": "link-x",
            "skill_md_content": skill_md("link-x"),
            "mcp_server_id": MISSING_ID,
        },
    )
    assert missing.status_code == 404 and "Server" in missing.json()["detail"]
    bad = gw.http.post(
        "/skills",
        json={"name": "link-x", "skill_md_content": skill_md("link-x"), "mcp_server_id": "nope"},
    )
    assert bad.status_code == 404

    skill = create_skill(gw, "link-skill", mcp_server_id=SERVER_ID)
    assert (skill["mcp_server_id"], skill["mcp_server_name"]) == (SERVER_ID, "weather")
    url = f"/skills/{skill['id']}"
    same = gw.http.patch(url, json={"mcp_server_id": None}).json()  # null alone: unchanged
    assert same["mcp_server_id"] == SERVER_ID
    moved = gw.http.patch(url, json={"mcp_server_id": OTHER_SERVER_ID}).json()
    assert (moved["mcp_server_id"], moved["mcp_server_name"]) == (OTHER_SERVER_ID, "calendar")
    assert gw.http.patch(url, json={"mcp_server_id": MISSING_ID}).status_code == 404
    both = gw.http.patch(url, json={"clear_server_link": True, "mcp_server_id": SERVER_ID})
    assert both.status_code == 422
    unlinked = gw.http.patch(url, json={"clear_server_link": True, "mcp_server_id": None})
    assert unlinked.status_code == 200
    assert unlinked.json()["mcp_server_id"] is None
    assert unlinked.json()["mcp_server_name"] is None
    assert gw.http.get(url).json()["mcp_server_id"] is None


def test_upload_md(gw: Gw) -> None:
    text = skill_md("uploaded-md", "Uploaded as SKILL.md.", "metadata:\n  version: '2'\n")
    response = upload(gw, "SKILL.md", text.encode(), mcp_server_id=SERVER_ID)
    assert response.status_code == 201, response.text
    skill = response.json()
    assert skill["name"] == "uploaded-md"
    assert skill["description"] == "Uploaded as SKILL.md."
    assert skill["skill_metadata"] == {"metadata": {"version": "2"}}
    assert skill["mcp_server_id"] == SERVER_ID
    assert gw.http.get(f"/skills/{skill['id']}").json()["skill_md_content"] == text
    assert upload(gw, "again.md", text.encode()).status_code == 409
    boundary = "b0undary"
    raw = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename=""\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n{skill_md('uploaded-unnamed')}\r\n"
        f"--{boundary}--\r\n"
    )
    no_name = gw.http.post(
        "/skills/upload",
        content=raw.encode(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert no_name.status_code == 201, no_name.text  # no file name: judged by its content
    assert no_name.json()["name"] == "uploaded-unnamed"
    missing_server = upload(gw, "x.md", skill_md("upload-x").encode(), mcp_server_id=MISSING_ID)
    assert missing_server.status_code == 404


def test_upload_zip_and_package_round_trip(gw: Gw) -> None:
    text = skill_md("zipped-skill", "From a zip.")
    data = make_zip(
        {
            "zipped-skill/SKILL.md": text.encode(),
            "zipped-skill/scripts/run.py": b"print('hi')\n",
            "zipped-skill/docs/ref.md": b"# ref\n",
            "__MACOSX/zipped-skill/._SKILL.md": b"junk",
        }
    )
    response = upload(gw, "zipped-skill.skill", data)
    assert response.status_code == 201, response.text
    skill = response.json()
    assert skill["source_type"] == "imported"

    package = gw.http.get(f"/skills/{skill['id']}/package")
    assert package.status_code == 200
    assert package.headers["content-type"] == "application/octet-stream"
    assert 'filename="zipped-skill.skill"' in package.headers["content-disposition"]
    assert len(package.content) == skill["package_size_bytes"]
    assert zip_members(package.content) == {
        "zipped-skill/SKILL.md": text.encode(),
        "zipped-skill/docs/ref.md": b"# ref\n",
        "zipped-skill/scripts/run.py": b"print('hi')\n",
    }
    assert gw.http.get(f"/skills/{skill['id']}/package").content == package.content

    # The downloaded package uploads again (under a new name once the first is gone).
    assert gw.http.delete(f"/skills/{skill['id']}").status_code == 204
    again = upload(gw, "again.zip", package.content)
    assert again.status_code == 201, again.text
    assert gw.http.get(f"/skills/{again.json()['id']}/package").content == package.content

    top_level = make_zip({"SKILL.md": skill_md("flat-zip").encode(), "a.txt": b"a"})
    flat = upload(gw, "flat.zip", top_level)
    assert flat.status_code == 201, flat.text
    flat_package = gw.http.get(f"/skills/{flat.json()['id']}/package").content
    assert set(zip_members(flat_package)) == {"flat-zip/SKILL.md", "flat-zip/a.txt"}


def test_update_rebuilds_package(gw: Gw) -> None:
    data = make_zip({"rebuild/SKILL.md": skill_md("rebuild").encode(), "rebuild/x.txt": b"x"})
    skill = upload(gw, "rebuild.zip", data).json()
    url = f"/skills/{skill['id']}"
    new_text = skill_md("rebuild", "Changed text.")
    updated = gw.http.patch(url, json={"skill_md_content": new_text, "name": "rebuilt"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "rebuilt"
    members = zip_members(gw.http.get(f"{url}/package").content)
    assert members == {"rebuilt/SKILL.md": new_text.encode(), "rebuilt/x.txt": b"x"}
    assert updated.json()["package_size_bytes"] == len(gw.http.get(f"{url}/package").content)
    assert gw.http.get(url).json()["skill_md_content"] == new_text
    bad = gw.http.patch(url, json={"skill_md_content": "no frontmatter"})
    assert_package_error(bad, "skill-malformed-frontmatter")
    bad_name = gw.http.patch(url, json={"name": ".."})
    assert_package_error(bad_name, "skill-invalid-name")
    assert gw.http.get(url).json()["name"] == "rebuilt"


@pytest.mark.parametrize(
    ("filename", "data", "code"),
    [
        (
            "evil.zip",
            make_zip({"../evil/SKILL.md": skill_md("evil").encode()}),
            "skill-package-invalid",
        ),
        (
            "evil.zip",
            make_zip({"/abs/SKILL.md": skill_md("evil").encode()}),
            "skill-package-invalid",
        ),
        (
            "evil.zip",
            make_zip({"evil/SKILL.md": skill_md("evil").encode()}, symlinks=("evil/link",)),
            "skill-package-invalid",
        ),
        (
            "bomb.zip",
            make_zip({"bomb/SKILL.md": skill_md("bomb").encode(), "bomb/zeros": bytes(21 << 20)}),
            "skill-package-invalid",
        ),
        ("empty.zip", make_zip({"readme.txt": b"hi"}), "skill-file-missing"),
        (
            "two.zip",
            make_zip({"SKILL.md": skill_md("a").encode(), "b/SKILL.md": skill_md("b").encode()}),
            "skill-file-ambiguous",
        ),
        ("broken.zip", b"PK\x03\x04 not really a zip", "skill-package-invalid"),
        ("skill.txt", skill_md("txt").encode(), "skill-unsupported-file-type"),
        ("SKILL.md", b"---\nname: x\n", "skill-malformed-frontmatter"),
        ("SKILL.md", b"\xff\xfe not utf-8", "skill-malformed-frontmatter"),
    ],
)
def test_upload_refused(gw: Gw, filename: str, data: bytes, code: str) -> None:
    response = upload(gw, filename, data)
    assert_package_error(response, code)
    assert response.json()["detail"][0]["loc"] == ["body", "file"]


def test_upload_needs_a_file(gw: Gw) -> None:
    assert gw.http.post("/skills/upload", data={"mcp_server_id": SERVER_ID}).status_code == 422


def test_templates(gw: Gw) -> None:
    body = gw.http.get("/skills/templates").json()
    assert body["total"] == len(body["items"]) >= 1
    blank = next(t for t in body["items"] if t["id"] == "blank")
    assert "{{name}}" in blank["skill_md_template"]


def test_catalog(gw: Gw) -> None:
    listing = gw.http.get("/skills/catalog/builtin").json()
    assert listing["source"] == "builtin"
    assert listing["total"] == len(listing["items"]) >= 4
    assert all(entry["source"] == "builtin" for entry in listing["items"])
    found = gw.http.get("/skills/catalog/builtin", params={"search": "sandbox"}).json()
    assert [e["name"] for e in found["items"]] == ["sandbox-python"]
    detail = gw.http.get("/skills/catalog/builtin/sandbox-python").json()
    assert detail["files"] == ["SKILL.md", "scripts/run.sh"]
    assert detail["source_url"] == "builtin://sandbox-python"

    missing = gw.http.get("/skills/catalog/builtin/no-such-skill")
    assert missing.status_code == 404 and "no-such-skill" in missing.json()["detail"]
    encoded = "https%3A%2F%2Fgithub.com%2Fanthropics%2Fskills"
    unknown = gw.http.get(f"/skills/catalog/{encoded}")
    assert unknown.status_code == 404
    assert "https://github.com/anthropics/skills" in unknown.json()["detail"]
    assert gw.http.get(f"/skills/catalog/{encoded}/code-review").status_code == 404
    assert gw.http.get("/skills/catalog/github").status_code == 404


def test_import_from_catalog(gw: Gw) -> None:
    response = gw.http.post(
        "/skills/import",
        json={"source": "builtin", "skill_name": "sandbox-python", "mcp_server_id": SERVER_ID},
    )
    assert response.status_code == 201, response.text
    skill = response.json()
    assert skill["name"] == "sandbox-python"
    assert skill["source_type"] == "imported"
    assert skill["source_url"] == "builtin://sandbox-python"
    assert skill["mcp_server_name"] == "weather"
    assert skill["skill_metadata"]["license"] == "MIT"
    package = zip_members(gw.http.get(f"/skills/{skill['id']}/package").content)
    assert set(package) == {"sandbox-python/SKILL.md", "sandbox-python/scripts/run.sh"}

    again = gw.http.post(
        "/skills/import", json={"source": "builtin", "skill_name": "sandbox-python"}
    )
    assert again.status_code == 409
    other = gw.http.post("/skills/import", json={"source": "github", "skill_name": "code-review"})
    assert other.status_code == 404 and "github" in other.json()["detail"]
    unknown = gw.http.post("/skills/import", json={"source": "builtin", "skill_name": "nope"})
    assert unknown.status_code == 404
    no_server = gw.http.post(
        "/skills/import",
        json={"source": "builtin", "skill_name": "code-review", "mcp_server_id": MISSING_ID},
    )
    assert no_server.status_code == 404
    assert gw.http.post("/skills/import", json={"source": "builtin"}).status_code == 422


def test_attach_detach(gw: Gw) -> None:
    skill = create_skill(gw, "attach-skill")
    url = f"/servers/{SERVER_ID}/skills/{skill['id']}"
    attached = gw.http.post(f"{url}/attach")
    assert attached.status_code == 200, attached.text
    result = attached.json()
    assert result["server_id"] == SERVER_ID and result["skill_id"] == skill["id"]
    assert result["tools_registered"] == [] and result["attachment_id"]
    assert gw.http.post(f"{url}/attach").status_code == 409
    other = gw.http.post(f"/servers/{OTHER_SERVER_ID}/skills/{skill['id']}/attach")
    assert other.status_code == 200
    assert gw.http.post(f"/servers/{MISSING_ID}/skills/{skill['id']}/attach").status_code == 404
    assert gw.http.post(f"/servers/{SERVER_ID}/skills/{MISSING_ID}/attach").status_code == 404

    assert gw.http.delete(f"{url}/detach").status_code == 204
    gone = gw.http.delete(f"{url}/detach")
    assert gone.status_code == 404 and "attach" in gone.json()["detail"]
    assert gw.http.delete(f"/servers/{MISSING_ID}/skills/{skill['id']}/detach").status_code == 404
    assert gw.http.post(f"{url}/attach").status_code == 200  # attachable again

    assert gw.http.delete(f"/skills/{skill['id']}").status_code == 204
    assert gw.http.delete(f"{url}/detach").status_code == 404  # skill (and attachments) gone


# --- sessions ------------------------------------------------------------------------------


def test_create_session_with_scoping(gw: Gw) -> None:
    before = datetime.now(UTC)
    response = gw.http.post(
        "/sessions",
        json={
            "allowed_tool_names": ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
            "denied_tool_names": ["HOTSPOT__internal_debug"],
        },
    )
    assert response.status_code == 201, response.text
    session = response.json()
    assert session["allowed_tool_names"] == ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"]
    assert session["denied_tool_names"] == ["HOTSPOT__internal_debug"]
    assert session["server_id"] is None and session["bundle_id"] is None
    assert (session["is_active"], session["is_expired"], session["is_idle"]) == (True, False, False)
    assert session["process_state"] == {} and session["external_sessions"] == {}
    created = parse(session["created_at"])
    assert before - timedelta(seconds=5) <= created <= datetime.now(UTC)
    assert parse(session["expires_at"]) - parse(session["last_accessed_at"]) == timedelta(hours=1)

    empty = gw.http.post("/sessions", json={})
    assert empty.status_code == 201
    assert empty.json()["allowed_tool_names"] is None
    on_server = gw.http.post("/sessions", json={"server_id": SERVER_ID.upper()}).json()
    assert on_server["server_id"] == SERVER_ID
    on_bundle = gw.http.post("/sessions", json={"bundle_id": BUNDLE_ID}).json()
    assert on_bundle["bundle_id"] == BUNDLE_ID


def test_create_session_errors(gw: Gw) -> None:
    both = gw.http.post("/sessions", json={"server_id": SERVER_ID, "bundle_id": BUNDLE_ID})
    assert both.status_code == 422
    assert "mutually exclusive" in both.json()["detail"][0]["msg"]
    missing_server = gw.http.post("/sessions", json={"server_id": MISSING_ID})
    assert missing_server.status_code == 404 and "Server" in missing_server.json()["detail"]
    missing_bundle = gw.http.post("/sessions", json={"bundle_id": MISSING_ID})
    assert missing_bundle.status_code == 404 and "Bundle" in missing_bundle.json()["detail"]
    assert gw.http.post("/sessions", json={"server_id": "not-a-uuid"}).status_code == 404
    malformed = gw.http.post(
        "/sessions",
        json={
            "allowed_tool_names": ["ok__tool", "no_separator", "*"],
            "denied_tool_names": ["__x"],
        },
    )
    assert malformed.status_code == 422
    locs = [item["loc"] for item in malformed.json()["detail"]]
    assert locs == [["body", "allowed_tool_names", 1], ["body", "denied_tool_names", 0]]
    assert gw.http.post("/sessions", json={"allowed_tool_names": "x"}).status_code == 422


def test_update_session_absent_vs_null(gw: Gw) -> None:
    session = gw.http.post(
        "/sessions",
        json={"allowed_tool_names": ["A__*"], "denied_tool_names": ["A__debug"]},
    ).json()
    url = f"/sessions/{session['id']}"
    only_deny = gw.http.patch(url, json={"denied_tool_names": ["A__debug", "A__reset"]}).json()
    assert only_deny["allowed_tool_names"] == ["A__*"]
    assert only_deny["denied_tool_names"] == ["A__debug", "A__reset"]
    nothing = gw.http.patch(url, json={}).json()
    assert nothing["allowed_tool_names"] == ["A__*"]
    assert nothing["denied_tool_names"] == ["A__debug", "A__reset"]
    cleared = gw.http.patch(url, json={"allowed_tool_names": None}).json()
    assert cleared["allowed_tool_names"] is None
    assert cleared["denied_tool_names"] == ["A__debug", "A__reset"]
    replaced = gw.http.patch(url, json={"allowed_tool_names": [], "denied_tool_names": None}).json()
    assert replaced["allowed_tool_names"] == [] and replaced["denied_tool_names"] is None
    assert gw.http.get(url).json()["allowed_tool_names"] == []
    bad = gw.http.patch(url, json={"allowed_tool_names": ["bad"]})
    assert bad.status_code == 422
    assert gw.http.get(url).json()["allowed_tool_names"] == []
    assert gw.http.patch(f"/sessions/{MISSING_ID}", json={}).status_code == 404


def test_touch_delete_and_list(gw: Gw) -> None:
    session = gw.http.post("/sessions", json={"server_id": OTHER_SERVER_ID}).json()
    url = f"/sessions/{session['id']}"
    time.sleep(0.05)
    touched = gw.http.post(f"{url}/touch")
    assert touched.status_code == 200
    assert parse(touched.json()["expires_at"]) > parse(session["expires_at"])
    assert parse(touched.json()["last_accessed_at"]) > parse(session["last_accessed_at"])
    assert gw.http.get(url).json()["expires_at"] == touched.json()["expires_at"]
    assert gw.http.post(f"/sessions/{MISSING_ID}/touch").status_code == 404

    listed = gw.http.get("/sessions", params={"server_id": OTHER_SERVER_ID}).json()
    assert [s["id"] for s in listed["items"]] == [session["id"]]
    assert listed["total"] == 1

    assert gw.http.delete(url).status_code == 204
    soft = gw.http.get(url).json()
    assert soft["is_active"] is False
    assert gw.http.get("/sessions", params={"server_id": OTHER_SERVER_ID}).json()["total"] == 0
    with_inactive = gw.http.get(
        "/sessions", params={"server_id": OTHER_SERVER_ID, "include_inactive": "true"}
    ).json()
    assert [s["id"] for s in with_inactive["items"]] == [session["id"]]
    assert gw.http.post(f"{url}/touch").status_code == 404
    assert gw.http.delete(url).status_code == 204  # soft delete again: no change

    assert gw.http.delete(url, params={"hard_delete": "true"}).status_code == 204
    assert gw.http.get(url).status_code == 404
    assert gw.http.delete(url).status_code == 404

    bundle_sessions = gw.http.get("/sessions", params={"bundle_id": BUNDLE_ID}).json()
    assert bundle_sessions["total"] >= 1
    assert all(s["bundle_id"] == BUNDLE_ID for s in bundle_sessions["items"])


def test_clock_dependent_flags(gw: Gw) -> None:
    idle = gw.http.get(f"/sessions/{IDLE_SESSION_ID}").json()
    assert (idle["is_active"], idle["is_expired"], idle["is_idle"]) == (True, False, True)
    expired = gw.http.get(f"/sessions/{EXPIRED_SESSION_ID}").json()
    assert (expired["is_active"], expired["is_expired"], expired["is_idle"]) == (True, True, False)
    active_ids = [s["id"] for s in gw.http.get("/sessions").json()["items"]]
    assert IDLE_SESSION_ID in active_ids and EXPIRED_SESSION_ID not in active_ids
    expired_touch = gw.http.post(f"/sessions/{EXPIRED_SESSION_ID}/touch")
    assert expired_touch.status_code == 404 and "expired" in expired_touch.json()["detail"]


def test_stats_and_cleanup(gw: Gw) -> None:
    stats = gw.http.get("/sessions/stats").json()
    assert stats["expired_not_cleaned"] == 1
    assert stats["idle_sessions"] >= 1
    assert stats["total_active"] >= stats["server_sessions"] + stats["bundle_sessions"]
    assert stats["server_sessions"] >= 1 and stats["bundle_sessions"] >= 1

    cleaned = gw.http.post("/sessions/cleanup")
    assert cleaned.status_code == 200 and cleaned.json() == {"cleaned_count": 1}
    assert gw.http.post("/sessions/cleanup").json() == {"cleaned_count": 0}
    assert gw.http.get(f"/sessions/{EXPIRED_SESSION_ID}").json()["is_active"] is False
    after = gw.http.get("/sessions/stats").json()
    assert after["expired_not_cleaned"] == 0
    assert after["total_active"] == stats["total_active"]

    key = gw.http.post("/users/me/api-keys", json={"name": "not-admin"}).json()["key"]
    with gw.as_key(key) as user:
        assert user.get("/sessions/stats").status_code == 403
        assert user.post("/sessions/cleanup").status_code == 403
        assert user.get("/sessions").status_code == 200


# --- API keys ------------------------------------------------------------------------------


def test_create_and_use_api_key(gw: Gw) -> None:
    before = datetime.now(UTC)
    response = gw.http.post(
        "/users/me/api-keys",
        json={
            "name": "ci-pipeline",
            "description": "CI",
            "scopes": ["tools:read", "api-keys:read"],
            "expires_in_days": 90,
            "environment": "test",
            "rate_limit_rpm": 120,
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    secret = created["key"]
    assert secret.startswith("mgw_local_") and created["key_prefix"] == secret[:14]
    assert (created["environment"], created["scopes"], created["rate_limit_rpm"]) == (
        "test",
        ["tools:read", "api-keys:read"],
        120,
    )
    assert created["is_active"] is True and created["description"] == "CI"
    expires = parse(created["expires_at"]) - before
    assert timedelta(days=90) - timedelta(seconds=5) < expires < timedelta(days=90, seconds=5)

    with gw.as_key(secret) as client:
        mine = client.get(f"/users/me/api-keys/{created['id']}")
        assert mine.status_code == 200
        assert mine.json()["key"] is None
        assert mine.json()["key_prefix"] == created["key_prefix"]
    listed = gw.http.get("/users/me/api-keys").json()
    assert created["id"] in [k["id"] for k in listed["items"]]
    assert all(k["key"] is None for k in listed["items"])
    assert listed["total"] == len(listed["items"])
    assert not any(KEY.startswith(k["key_prefix"]) for k in listed["items"])  # bootstrap hidden

    at = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    fixed = gw.http.post(
        "/users/me/api-keys",
        json={"name": "fixed", "expires_at": at.replace(tzinfo=None).isoformat()},
    ).json()
    assert parse(fixed["expires_at"]) == at
    never = gw.http.post("/users/me/api-keys", json={"name": "forever"}).json()
    assert never["expires_at"] is None and never["environment"] == "live"


def test_create_api_key_errors(gw: Gw) -> None:
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    both = gw.http.post(
        "/users/me/api-keys", json={"name": "x", "expires_in_days": 1, "expires_at": future}
    )
    assert both.status_code == 422
    assert (
        gw.http.post("/users/me/api-keys", json={"name": "x", "expires_at": past}).status_code
        == 422
    )
    assert gw.http.post("/users/me/api-keys", json={"name": ""}).status_code == 422
    assert (
        gw.http.post("/users/me/api-keys", json={"name": "x", "environment": "prod"}).status_code
        == 422
    )
    assert gw.http.get(f"/users/me/api-keys/{MISSING_ID}").status_code == 404
    assert gw.http.get("/users/me/api-keys/not-a-uuid").status_code == 404
    assert gw.http.delete(f"/users/me/api-keys/{MISSING_ID}").status_code == 404
    assert gw.http.post(f"/users/me/api-keys/{MISSING_ID}/rotate", json={}).status_code == 404


def test_rotate_without_grace_revokes_at_once(gw: Gw) -> None:
    old = gw.http.post(
        "/users/me/api-keys", json={"name": "rotate-now", "scopes": ["api-keys:read"]}
    ).json()
    response = gw.http.post(
        f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 0}
    )
    assert response.status_code == 200, response.text
    rotation = response.json()
    assert rotation["old_key_revoked"] is True
    assert rotation["grace_period_ends_at"] is None
    new = rotation["new_key"]
    assert new["id"] != old["id"] and new["key"] != old["key"]
    assert (new["name"], new["scopes"]) == ("rotate-now", ["api-keys:read"])
    with gw.as_key(old["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 401
    with gw.as_key(new["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    ids = [k["id"] for k in gw.http.get("/users/me/api-keys").json()["items"]]
    assert old["id"] not in ids and new["id"] in ids
    everything = gw.http.get("/users/me/api-keys", params={"include_revoked": "true"}).json()
    old_view = next(k for k in everything["items"] if k["id"] == old["id"])
    assert old_view["is_active"] is False
    assert gw.http.get(f"/users/me/api-keys/{old['id']}").json()["is_active"] is False
    again = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 0})
    assert again.status_code == 422


def test_rotate_with_grace_period(gw: Gw) -> None:
    old = gw.http.post("/users/me/api-keys", json={"name": "rotate-later"}).json()
    before = datetime.now(UTC)
    rotation = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={}).json()  # 24 h
    assert rotation["old_key_revoked"] is False
    ends = parse(rotation["grace_period_ends_at"]) - before
    assert timedelta(hours=24) - timedelta(seconds=5) < ends < timedelta(hours=24, seconds=5)
    with gw.as_key(old["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    with gw.as_key(rotation["new_key"]["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    assert gw.http.get(f"/users/me/api-keys/{old['id']}").json()["is_active"] is True
    bad = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 500})
    assert bad.status_code == 422


def test_revoke(gw: Gw) -> None:
    created = gw.http.post("/users/me/api-keys", json={"name": "revoke-me"}).json()
    with gw.as_key(created["key"]) as client:
        assert client.get("/sessions").status_code == 200
        assert client.delete(f"/users/me/api-keys/{created['id']}").status_code == 204
        rejected = client.get("/sessions")
        assert rejected.status_code == 401
        assert rejected.headers["www-authenticate"] == "Bearer"
    assert gw.http.delete(f"/users/me/api-keys/{created['id']}").status_code == 204
    assert gw.http.get(f"/users/me/api-keys/{created['id']}").json()["is_active"] is False
    rotate = gw.http.post(f"/users/me/api-keys/{created['id']}/rotate", json={})
    assert rotate.status_code == 422


# --- cache ---------------------------------------------------------------------------------


def test_cache_set_get(gw: Gw) -> None:
    assert gw.http.get("/cache/never-set").status_code == 404
    value = {"status": "ok", "n": [1, 2.5, None, True]}
    before = datetime.now(UTC)
    assert gw.http.put("/cache/last_run", json={"value": value, "ttl": 600}).status_code == 204
    entry = gw.http.get("/cache/last_run").json()
    assert entry["value"] == value
    lifetime = parse(entry["expires_at"]) - before
    assert timedelta(seconds=595) < lifetime < timedelta(seconds=605)
    assert gw.http.put("/cache/last_run", json={"value": "replaced"}).status_code == 204
    replaced = gw.http.get("/cache/last_run").json()
    assert replaced["value"] == "replaced"
    lifetime = parse(replaced["expires_at"]) - before
    assert timedelta(seconds=295) < lifetime < timedelta(seconds=305)  # default ttl 300
    assert gw.http.put("/cache/null-value", json={"value": None}).status_code == 204
    assert gw.http.get("/cache/null-value").json()["value"] is None
    assert gw.http.put("/cache/x", json={"ttl": 5}).status_code == 422
    assert gw.http.put("/cache/x", json={"value": 1, "ttl": 0}).status_code == 422


def test_cache_ttl_expiry(gw: Gw) -> None:
    assert gw.http.put("/cache/short", json={"value": 42, "ttl": 1}).status_code == 204
    assert gw.http.get("/cache/short").json()["value"] == 42
    time.sleep(1.3)
    assert gw.http.get("/cache/short").status_code == 404


def test_cache_key_with_slash(gw: Gw) -> None:
    assert gw.http.put("/cache/user%2F42%2Fprefs", json={"value": {"a": 1}}).status_code == 204
    assert gw.http.get("/cache/user%2F42%2Fprefs").json()["value"] == {"a": 1}
    assert gw.http.get("/cache/user/42/prefs").json()["value"] == {"a": 1}
    assert gw.http.get("/cache/user%2F42").status_code == 404
    assert gw.http.put("/cache/caf%C3%A9%20key", json={"value": 1}).status_code == 204
    assert gw.http.get("/cache/café key").json()["value"] == 1
    assert gw.http.put("/cache/two%0Alines", json={"value": 2}).status_code == 204
    assert gw.http.get("/cache/two%0Alines").json()["value"] == 2


# --- persistence ---------------------------------------------------------------------------


def test_state_survives_restart(tmp_path: Path) -> None:
    def client(local: LocalGateway, key: str = KEY) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"}
        return httpx.Client(base_url=f"{local.url}/api/v1", headers=headers, timeout=30)

    seed(tmp_path)
    with (
        run_local_gateway(
            data_dir=tmp_path, api_key=KEY, extra_args=("--validate-responses",)
        ) as local,
        client(local) as http,
    ):
        data = make_zip({"kept/SKILL.md": skill_md("kept").encode(), "kept/f.txt": b"f"})
        skill = upload_to(http, "kept.zip", data).json()
        package = http.get(f"/skills/{skill['id']}/package").content
        attached = http.post(f"/servers/{SERVER_ID}/skills/{skill['id']}/attach")
        assert attached.status_code == 200
        session = http.post(
            "/sessions", json={"server_id": SERVER_ID, "denied_tool_names": ["weather__x"]}
        ).json()
        deleted = http.post("/sessions", json={}).json()
        assert http.delete(f"/sessions/{deleted['id']}").status_code == 204
        key = http.post("/users/me/api-keys", json={"name": "kept"}).json()
        revoked = http.post("/users/me/api-keys", json={"name": "gone"}).json()
        assert http.delete(f"/users/me/api-keys/{revoked['id']}").status_code == 204
        assert http.put("/cache/a%2Fb", json={"value": [1], "ttl": 3600}).status_code == 204

    with (
        run_local_gateway(
            data_dir=tmp_path, api_key=KEY, extra_args=("--validate-responses",)
        ) as local,
        client(local) as http,
    ):
        got = http.get(f"/skills/{skill['id']}").json()
        assert got["name"] == "kept" and got["mcp_server_id"] is None
        assert http.get(f"/skills/{skill['id']}/package").content == package
        again = http.post(f"/servers/{SERVER_ID}/skills/{skill['id']}/attach")
        assert again.status_code == 409
        restored = http.get(f"/sessions/{session['id']}").json()
        assert restored["denied_tool_names"] == ["weather__x"]
        assert restored["expires_at"] == session["expires_at"] and restored["is_active"]
        assert http.get(f"/sessions/{deleted['id']}").json()["is_active"] is False
        with client(local, key["key"]) as as_key:
            assert as_key.get("/users/me/api-keys").status_code == 200
        with client(local, revoked["key"]) as as_revoked:
            assert as_revoked.get("/users/me/api-keys").status_code == 401
        assert http.get("/cache/a/b").json()["value"] == [1]


def upload_to(http: httpx.Client, filename: str, data: bytes) -> httpx.Response:
    response = http.post(
        "/skills/upload", files={"file": (filename, data, "application/octet-stream")}
    )
    assert response.status_code == 201, response.text
    return response


def test_zz_no_server_errors(gw: Gw) -> None:
    """Nothing above made the gateway log a spec mismatch or an unhandled error."""
    log = gw.local.log_path.read_text(errors="replace")
    assert "does not match the spec" not in log
    assert "unhandled error" not in log
    assert "Traceback" not in log


def test_session_helpers_for_other_modules(tmp_path: Path) -> None:
    """`record_session_access` / `session_scope`: what the MCP and tools modules call."""
    seed(tmp_path)
    store = Store.open(tmp_path)
    try:
        state = GatewayState(Settings(api_key=KEY), load_spec(None), store, tmp_path, "")
        assert record_session_access(state, EXPIRED_SESSION_ID) is None
        assert record_session_access(state, MISSING_ID) is None
        assert record_session_access(state, "not-a-uuid") is None
        doc = record_session_access(state, IDLE_SESSION_ID.upper())
        assert doc is not None
        assert session_flags(doc) == {"is_active": True, "is_expired": False, "is_idle": False}
        stored = store.get("session", IDLE_SESSION_ID)
        assert stored is not None and stored["expires_at"] == doc["expires_at"]
        scope = session_scope({"allowed_tool_names": ["A__*"], "denied_tool_names": ["A__x"]})
        assert scope.permits("a__y") and not scope.permits("A__x") and not scope.permits("B__y")
    finally:
        store.close()
