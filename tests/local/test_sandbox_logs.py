"""The local gateway's sandbox call log, egress and mount checks, and script-tool package checks,
over REST (bad input is a 4xx with a clear detail, never a 500)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

import httpx
import pytest

MISSING = "00000000-0000-4000-8000-000000000000"


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


@pytest.fixture(scope="module")
def sandbox_id(api: httpx.Client) -> str:
    sandbox = ok(api.post("/sandboxes", json={"metadata": {"team": "t"}}), 201)
    for command, labels in (("echo a", {"k": "v1"}), ("exit 2", {"k": "v2"})):
        ok(
            api.post(
                f"/sandboxes/{sandbox['id']}/exec", json={"command": command, "metadata": labels}
            )
        )
    return str(sandbox["id"])


@pytest.mark.parametrize(
    "query",
    [
        {"sort_by": "colour"},
        {"sort_order": "up"},
        {"status": "maybe"},
        {"meta": "novalue"},
        {"meta_contains": "=x"},
        {"from_time": "yesterday"},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
    ],
)
def test_bad_log_queries_are_422(api: httpx.Client, sandbox_id: str, query: dict[str, Any]) -> None:
    response = api.get(f"/sandboxes/{sandbox_id}/logs", params=query)
    assert response.status_code == 422, (query, response.text)
    assert isinstance(response.json()["detail"], list)


def test_log_rows_and_exports(api: httpx.Client, sandbox_id: str) -> None:
    page = ok(api.get(f"/sandboxes/{sandbox_id}/logs", params={"sort_order": "asc"}))
    assert (page["total"], page["limit"], page["offset"]) == (2, 100, 0)
    first, second = page["items"]
    assert (first["status"], first["exit_code"], first["error"]) == ("success", 0, None)
    assert (second["status"], second["exit_code"]) == ("error", 2)
    assert first["source_name"] == "exec" and first["tool_name"] is None
    assert first["finished_at"] >= first["created_at"]
    exported = api.get(f"/sandboxes/{sandbox_id}/logs/export", params={"meta": "k=v2"})
    assert exported.headers["content-type"].startswith("application/json")
    assert [row["command"] for row in exported.json()] == ["exit 2"]
    as_csv = api.get(f"/sandboxes/{sandbox_id}/logs/export", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    header, *rows = list(csv.reader(io.StringIO(as_csv.text)))
    assert header[:3] == ["id", "sandbox_id", "created_at"] and len(rows) == 2
    assert {row[header.index("output")] for row in rows} == {"a\n", ""}
    assert api.get(f"/sandboxes/{MISSING}/logs").status_code == 404
    assert api.get(f"/sandboxes/{MISSING}/logs/export").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"requested_egress_policy": {"mode": "allowlist"}},
        {"requested_egress_policy": {"mode": "blocked", "allowed_domains": ["a.com"]}},
        {"requested_egress_policy": {"mode": "blocked", "revision": "1"}},
        {"requested_egress_policy": {"mode": "allowlist", "allowed_cidrs": ["x"] * 129}},
        {"metadata": {"a": 1}},
        {"mounts": [{"provider": "s3"}]},
        {"mounts": "none"},
    ],
)
def test_bad_sandbox_policies_are_422(api: httpx.Client, body: dict[str, Any]) -> None:
    response = api.post("/sandboxes", json=body)
    assert response.status_code == 422, (body, response.text)


def test_destroy_removes_the_log(api: httpx.Client) -> None:
    sandbox = ok(api.post("/sandboxes", json={}), 201)
    ok(api.post(f"/sandboxes/{sandbox['id']}/exec", json={"command": "true"}))
    assert api.delete(f"/sandboxes/{sandbox['id']}").status_code == 204
    assert api.get(f"/sandboxes/{sandbox['id']}/logs").status_code == 404


def _zip(files: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            data = content if isinstance(content, (bytes, str)) else json.dumps(content)
            archive.writestr(name, data)
    return buffer.getvalue()


TOOL = {"name": "t", "entry": "t.py"}


@pytest.mark.parametrize(
    ("files", "why"),
    [
        ({"t.py": "print(1)"}, "no workflow.json"),
        ({"manifest.json": "{", "t.py": ""}, "not JSON"),
        ({"manifest.json": {"tools": []}}, "1 to 100 tools"),
        ({"manifest.json": {"tools": [{**TOOL, "name": "a b"}]}, "t.py": ""}, "name"),
        ({"manifest.json": {"tools": [{**TOOL, "entry": "missing.py"}]}}, "entry"),
        ({"manifest.json": {"tools": [TOOL, TOOL]}, "t.py": ""}, "share a name"),
        ({"manifest.json": {"tools": [TOOL]}, "t.py": "", "../evil": ""}, "unsafe"),
    ],
)
def test_bad_script_packages_are_422(api: httpx.Client, files: dict[str, Any], why: str) -> None:
    server = ok(api.post("/servers", json={"name": f"s{abs(hash(why))}", "display_name": "S",
                                           "type": "script"}), 201)  # fmt: skip
    response = api.post(
        f"/servers/{server['id']}/script-tools",
        files={"file": ("p.zip", _zip(files), "application/zip")},
    )
    assert response.status_code == 422, response.text
    assert why in response.text


def test_script_package_in_a_folder_and_for_missing_servers(api: httpx.Client) -> None:
    server = ok(api.post("/servers", json={"name": "folder", "display_name": "F",
                                           "type": "script"}), 201)  # fmt: skip
    data = _zip({"pkg/workflow.json": {"tools": [TOOL]}, "pkg/t.py": "print('{}')"})
    version = ok(
        api.post(
            f"/servers/{server['id']}/script-tools",
            params={"update_bundles": "false"},
            files={"file": ("p.zip", data, "application/zip")},
        ),
        201,
    )
    assert version["tool_names"] == ["t"] and version["version"] == 1
    tools = ok(api.get(f"/servers/{server['id']}/tools"))
    names = [t["name"] for t in (tools["items"] if isinstance(tools, dict) else tools)]
    assert names == ["t"]
    response = api.post(
        f"/servers/{MISSING}/script-tools", files={"file": ("p.zip", data, "application/zip")}
    )
    assert response.status_code == 404
