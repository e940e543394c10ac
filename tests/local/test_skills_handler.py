"""handlers/skills.py over real HTTP against a real gateway process: CRUD, uploads, packages,
templates, the catalog, attach/detach.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, a bundle and sessions in clock-dependent states.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import GatewayFactory
from tests.support.seeded import (
    MISSING_ID,
    OTHER_SERVER_ID,
    SERVER_ID,
    Gw,
    assert_clean_log,
    open_seeded,
    seed_sessions,
)
from tests.support.skill_files import make_zip, skill_md, zip_members

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gw(gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    with open_seeded(gateway_factory, tmp_path_factory, seed_sessions) as seeded:
        yield seeded


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


def test_zz_no_server_errors(gw: Gw) -> None:
    """Nothing above made the gateway log a spec mismatch or an unhandled error."""
    assert_clean_log(gw.local)
