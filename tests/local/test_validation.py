"""validation.py and bodies.py: query, path and body parameters, JSON, octet-stream and
multipart bodies, the body limit.

Runs against `skeleton_spec.json` (a small spec written for these tests) with echo handlers
(`tests.support.skeleton_app`), so it does not depend on the real handlers.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.support.skeleton_app import (
    AUTH,
    SID,
    make_client,
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with make_client(validate_responses=True) as c:
        c.headers.update(AUTH)
        yield c


# --- parameters and bodies ---------------------------------------------------------------------


def test_query_defaults_and_coercion(client: TestClient) -> None:
    r = client.get("/api/v1/servers")
    assert r.json()["query"] == {
        "page": 1,
        "page_size": 20,
        "search": None,
        "sort_order": "desc",
        "running": False,
        "ratio": None,
        "ids": None,
    }
    upper = SID.upper()
    r = client.get(
        "/api/v1/servers",
        params=[
            ("page", "3"),
            ("running", "true"),
            ("ratio", "0.5"),
            ("ids", upper),
            ("ids", SID),
            ("search", ""),
        ],
        headers={"X-Trace": "7"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["query"] | {} == {
        "page": 3,
        "page_size": 20,
        "search": "",
        "sort_order": "desc",
        "running": True,
        "ratio": 0.5,
        "ids": [SID, SID],
    }
    assert body["header"] == {"X-Trace": 7}


def test_query_errors(client: TestClient) -> None:
    r = client.get(
        "/api/v1/servers",
        params=[
            ("page", "abc"),
            ("page_size", "500"),
            ("sort_order", "up"),
            ("running", "maybe"),
            ("ids", "x"),
        ],
        headers={"X-Trace": "soon"},
    )
    assert r.status_code == 422
    by_loc = {tuple(item["loc"]): item for item in r.json()["detail"]}
    assert by_loc[("query", "page")]["type"] == "int_parsing"
    assert by_loc[("query", "page_size")] == {
        "loc": ["query", "page_size"],
        "msg": "Input should be less than or equal to 100",
        "type": "less_than_equal",
    }
    assert by_loc[("query", "sort_order")]["msg"] == "Input should be 'asc' or 'desc'"
    assert by_loc[("query", "running")]["type"] == "bool_parsing"
    assert by_loc[("query", "ids", 0)]["type"] == "uuid_parsing"
    assert by_loc[("header", "X-Trace")]["type"] == "int_parsing"


def test_path_uuid_checked(client: TestClient) -> None:
    r = client.get("/api/v1/servers/not-a-uuid")
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {
            "loc": ["path", "server_id"],
            "msg": "Input should be a valid UUID",
            "type": "uuid_parsing",
        }
    ]
    assert client.get(f"/api/v1/servers/{SID.upper()}").json() == {"id": SID, "name": "x"}
    assert client.get(f"/api/v1/servers/{uuid.uuid4()}").json()["detail"] == "Server not found"


def test_json_body_valid(client: TestClient) -> None:
    r = client.post(
        "/api/v1/servers", json={"name": "a", "type": "npx", "config": {"command": "x"}, "extra": 1}
    )
    assert r.status_code == 201, r.text
    echo = r.json()["echo"]
    assert echo == {
        "name": "a",
        "type": "npx",
        "config": {"command": "x", "timeout": 30},
        "extra": 1,
        "owner_id": None,
        "expires_at": None,
        "portal_visible": False,
        "tags": [],
    }
    assert r.json()["raw_keys"] == ["config", "extra", "name", "type"]
    naive = client.post(
        "/api/v1/servers", json={"name": "a", "type": "npx", "expires_at": "2030-01-01T00:00:00"}
    )
    assert naive.status_code == 201, naive.text


def test_json_body_errors(client: TestClient) -> None:
    r = client.post(
        "/api/v1/servers",
        json={
            "type": "docker",
            "name": "",
            "owner_id": "nope",
            "expires_at": "tomorrow",
            "portal_visible": "yes",
            "tags": [1],
            "config": {"timeout": "long"},
        },
    )
    assert r.status_code == 422
    items = r.json()["detail"]
    by_loc = {tuple(i["loc"]): i["type"] for i in items}
    assert by_loc == {
        ("body", "type"): "enum",
        ("body", "name"): "string_too_short",
        ("body", "owner_id"): "uuid_parsing",
        ("body", "expires_at"): "datetime_parsing",
        ("body", "portal_visible"): "bool_type",
        ("body", "tags", 0): "string_type",
        ("body", "config", "timeout"): "int_type",
    }
    assert all(set(i) == {"loc", "msg", "type"} for i in items)
    missing = client.post("/api/v1/servers", json={})
    assert missing.json()["detail"] == [
        {"loc": ["body", "name"], "msg": "Field required", "type": "missing"},
        {"loc": ["body", "type"], "msg": "Field required", "type": "missing"},
    ]
    not_object = client.post("/api/v1/servers", json=[1])
    assert not_object.json()["detail"][0]["type"] == "dict_type"


def test_malformed_json_and_content_type(client: TestClient) -> None:
    r = client.post(
        "/api/v1/servers", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json() == {
        "detail": [{"loc": ["body", 9], "msg": "JSON decode error", "type": "json_invalid"}]
    }
    for headers in ({}, {"Content-Type": "text/plain"}):
        r = client.post("/api/v1/servers", content=b'{"name": "a", "type": "npx"}', headers=headers)
        assert r.status_code == 422
        assert r.json()["detail"][0]["loc"] == ["body"]
    empty = client.post("/api/v1/servers")
    assert empty.json() == {
        "detail": [{"loc": ["body"], "msg": "Field required", "type": "missing"}]
    }


def test_patch_absent_vs_null(client: TestClient) -> None:
    r = client.patch(f"/api/v1/servers/{SID}", json={"allowed": None})
    assert r.json()["raw_keys"] == ["allowed"]
    assert r.json()["body"] == {"allowed": None}
    assert client.patch(f"/api/v1/servers/{SID}", json={}).json()["raw_keys"] == []
    bad = client.patch(f"/api/v1/servers/{SID}", json={"name": 3, "allowed": "x"})
    assert {tuple(i["loc"]): i["type"] for i in bad.json()["detail"]} == {
        ("body", "name"): "string_type",
        ("body", "allowed"): "list_type",
    }


def test_octet_stream_body(client: TestClient) -> None:
    data = bytes(range(256))
    r = client.put(f"/api/v1/sandboxes/{SID}/files//workspace/bin.dat", content=data)
    assert r.status_code == 200, r.text
    assert base64.b64decode(r.json()["body"]["bytes"]) == data


def test_multipart_body(client: TestClient) -> None:
    r = client.post(
        "/api/v1/skills/upload",
        files={"file": ("pkg.skill", b"PK\x03\x04zip", "application/octet-stream")},
        data={"mcp_server_id": SID, "priority": "5"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["body"] == {
        "file": {"filename": "pkg.skill", "content_type": "application/octet-stream", "size": 7},
        "mcp_server_id": SID,
        "priority": 5,
    }
    missing = client.post(
        "/api/v1/skills/upload", data={"mcp_server_id": "bad"}, files={"other": ("a", b"x")}
    )
    assert {tuple(i["loc"]): i["type"] for i in missing.json()["detail"]} == {
        ("body", "file"): "missing",
        ("body", "mcp_server_id"): "uuid_parsing",
    }
    text_for_file = client.post("/api/v1/skills/upload", data={"file": "not a file"})
    assert text_for_file.json()["detail"][0]["loc"] == ["body", "file"]


def test_body_limit(tmp_path: Path) -> None:
    with make_client(max_body_bytes=1024) as small:
        small.headers.update(AUTH)
        big = b"x" * 2048
        declared = small.put(f"/api/v1/sandboxes/{SID}/files/a", content=big)
        assert (declared.status_code, declared.json()["detail"]) == (
            413,
            "Request body too large (limit 1024 bytes)",
        )

        def chunks() -> Iterator[bytes]:
            yield from (b"y" * 512 for _ in range(8))

        streamed = small.put(f"/api/v1/sandboxes/{SID}/files/a", content=chunks())
        assert streamed.status_code == 413
        form = small.post("/api/v1/skills/upload", files={"file": ("a", big)})
        assert form.status_code == 413
        json_big = small.post("/api/v1/servers", json={"name": "x" * 2000, "type": "npx"})
        assert json_big.status_code == 413
        assert small.put(f"/api/v1/sandboxes/{SID}/files/a", content=b"z" * 1024).status_code == 200
