"""The local gateway's REST skeleton: routing, validation, auth, store, CLI.

Most tests run against `skeleton_spec.json` (a small spec written for them) with echo handlers,
so they do not depend on the real handlers; the last ones check the real `openapi.json`.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from mcpgateway_local import __version__
from mcpgateway_local.app import create_app
from mcpgateway_local.auth import generate_api_key, hash_api_key, key_display_prefix
from mcpgateway_local.handlers import (
    ApiRequest,
    ApiResult,
    HandlerRegistry,
    UploadedFile,
    load_handlers,
    not_found,
)
from mcpgateway_local.launcher import READY_LINE, LocalGateway, run_local_gateway
from mcpgateway_local.routing import Router
from mcpgateway_local.settings import Settings
from mcpgateway_local.spec import load_spec
from mcpgateway_local.store import ApiKeyRecord, DocumentExists, DocumentMissing, Store

SPEC_PATH = Path(__file__).with_name("skeleton_spec.json")
REPO_ROOT = Path(__file__).resolve().parents[2]
KEY = "test-bootstrap-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
SID = "6f1c1a52-5d7e-4f0e-9a57-0c1b6c3d8e01"
NOT_IMPLEMENTED = {"get_not_yet"}


def _describe(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode()}
    if isinstance(value, UploadedFile):
        return {
            "filename": value.filename,
            "content_type": value.content_type,
            "size": len(value.data),
        }
    if isinstance(value, dict):
        return {k: _describe(v) for k, v in value.items()}
    return value


def echo_registry() -> HandlerRegistry:
    """Handlers that echo what the dispatcher handed them."""
    registry = HandlerRegistry()
    spec = load_spec(SPEC_PATH)

    async def echo(req: ApiRequest) -> ApiResult:
        return ApiResult.json(
            {
                "op": req.operation.operation_id,
                "path": req.path,
                "query": req.query,
                "header": req.header_params,
                "body": _describe(req.body),
                "raw_keys": sorted(req.raw_body_keys),
                "caller": req.caller.name,
            }
        )

    for op in spec.operations:
        if op.operation_id not in NOT_IMPLEMENTED | {
            "get_boom",
            "get_server",
            "delete_server",
            "create_server",
        }:
            registry.operation(op.operation_id)(echo)

    @registry.operation("get_boom")
    async def boom(req: ApiRequest) -> ApiResult:
        raise RuntimeError("secret-should-not-leak")

    @registry.operation("get_server")
    async def get_server(req: ApiRequest) -> ApiResult:
        if req.path["server_id"] == SID:
            return ApiResult.json({"id": SID, "name": "x"})
        if req.path["server_id"].startswith("0000"):
            return ApiResult.json({"id": "not-a-uuid"})  # violates the response schema
        raise not_found("Server")

    @registry.operation("delete_server")
    async def delete_server(req: ApiRequest) -> ApiResult:
        return ApiResult.no_content()

    @registry.operation("create_server")
    async def create_server(req: ApiRequest) -> ApiResult:
        return ApiResult.json(
            {
                "id": SID,
                "name": req.body["name"],
                "echo": req.body,
                "raw_keys": sorted(req.raw_body_keys),
            }
        )

    return registry


def make_client(tmp_path: Path | None = None, **overrides: Any) -> TestClient:
    settings = replace(Settings(api_key=KEY, data_dir=tmp_path), **overrides)
    app = create_app(settings, spec=load_spec(SPEC_PATH), registry=echo_registry(), runtimes=())
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with make_client(validate_responses=True) as c:
        c.headers.update(AUTH)
        yield c


# --- routing -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_spec(SPEC_PATH).operations)


@pytest.mark.parametrize(
    ("method", "raw", "op_id", "values"),
    [
        ("POST", "/api/v1/servers/health/all", "check_all_servers_health", {}),
        ("POST", f"/api/v1/servers/{SID}/health", "check_server_health", {"server_id": SID}),
        ("GET", "/api/v1/sessions/stats", "get_session_stats", {}),
        ("GET", f"/api/v1/sessions/{SID}", "get_session", {"session_id": SID}),
        ("DELETE", "/api/v1/sessions/stats", "delete_session", {"session_id": "stats"}),
        (
            "GET",
            f"/api/v1/sandboxes/{SID}/files//workspace/a.txt",
            "download_sandbox_file",
            {"sandbox_id": SID, "file_path": "/workspace/a.txt"},
        ),
        (
            "GET",
            f"/api/v1/sandboxes/{SID}/files/src/main.py",
            "download_sandbox_file",
            {"sandbox_id": SID, "file_path": "src/main.py"},
        ),
        (
            "GET",
            f"/api/v1/sandboxes/{SID}/files/a%20b%2Fc%3F.txt",
            "download_sandbox_file",
            {"sandbox_id": SID, "file_path": "a b/c?.txt"},
        ),
        ("GET", "/api/v1/cache/user%2F42", "get_cache_entry", {"key": "user/42"}),
        ("GET", "/api/v1/cache/user/42", "get_cache_entry", {"key": "user/42"}),
        (
            "GET",
            "/api/v1/skills/catalog/https%3A%2F%2Fgithub.com%2Fa%2Fb",
            "list_skill_catalog",
            {"source": "https://github.com/a/b"},
        ),
        (
            "GET",
            "/api/v1/skills/catalog/https%3A%2F%2Fgithub.com%2Fa%2Fb/pdf",
            "get_skill_catalog_entry",
            {"source": "https://github.com/a/b", "skill_name": "pdf"},
        ),
        ("GET", "/api/v1/servers?page=2", "list_servers", {}),
    ],
)
def test_route_matching(
    router: Router, method: str, raw: str, op_id: str, values: dict[str, str]
) -> None:
    match = router.match(method, raw.encode())
    assert match.operation.operation_id == op_id
    assert match.path_values == values


@pytest.mark.parametrize(
    ("method", "raw", "status"),
    [
        ("GET", "/api/v1/nope", 404),
        ("GET", "/api/v1/servers/", 404),
        ("GET", f"/api/v1/servers/{SID}/health/extra", 404),
        ("GET", "/api/v1/servers//health", 404),
        ("GET", "/api/v1/servers/%FF", 404),
        ("PUT", "/api/v1/sessions/stats", 405),
        ("GET", "/api/v1/servers/health/all", 405),
    ],
)
def test_route_errors(router: Router, method: str, raw: str, status: int) -> None:
    from mcpgateway_local.errors import HTTPProblem

    with pytest.raises(HTTPProblem) as caught:
        router.match(method, raw.encode())
    assert caught.value.status == status


def test_http_404_405_bodies(client: TestClient) -> None:
    missing = client.get("/api/v1/nope")
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not Found"})
    outside = client.get("/elsewhere")
    assert (outside.status_code, outside.json()) == (404, {"detail": "Not Found"})
    wrong = client.put("/api/v1/sessions/stats")
    assert (wrong.status_code, wrong.json()) == (405, {"detail": "Method Not Allowed"})
    assert "GET" in wrong.headers["allow"]


def test_http_raw_path_kept(client: TestClient) -> None:
    r = client.get(f"/api/v1/sandboxes/{SID}/files//workspace/dir%2Fname.txt")
    assert r.status_code == 200, r.text
    assert r.json()["path"]["file_path"] == "/workspace/dir/name.txt"
    r = client.get("/api/v1/cache/a%2Fb/c")
    assert r.json()["path"] == {"key": "a/b/c"}


# --- auth --------------------------------------------------------------------------------------


def test_auth_required(client: TestClient) -> None:
    for headers in (
        {"Authorization": ""},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic " + KEY},
    ):
        r = client.get("/api/v1/sessions/stats", headers=headers)
        assert r.status_code == 401
        assert r.json() == {"detail": "Invalid or missing API key"}
        assert r.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/v1/nope", headers={"Authorization": ""}).status_code == 401
    assert client.post("/mcp/gateway", headers={"Authorization": ""}).status_code == 401


def test_public_paths(client: TestClient) -> None:
    health = client.get("/health", headers={"Authorization": ""})
    assert health.json() == {"status": "healthy", "version": __version__}
    spec = client.get("/openapi.json", headers={"Authorization": ""})
    assert spec.status_code == 200
    assert spec.content == SPEC_PATH.read_bytes()
    mcp = client.post("/mcp/gateway")
    assert (mcp.status_code, mcp.json()) == (404, {"detail": "MCP endpoint not available"})


def test_api_keys_from_store(client: TestClient) -> None:
    store: Store = client.app.state.gw.store  # type: ignore[attr-defined]
    now = time.time()
    keys = {name: generate_api_key() for name in ("live", "revoked", "expired", "grace")}
    for name, key in keys.items():
        record = ApiKeyRecord(
            id=str(uuid.uuid4()),
            name=name,
            key_hash=hash_api_key(key),
            prefix=key_display_prefix(key),
            revoked_at={"revoked": now - 1, "grace": now + 3600}.get(name),
            expires_at=now - 1 if name == "expired" else None,
        )
        store.insert_api_key(record)
    statuses = {
        name: client.get("/api/v1/sessions/stats", headers={"Authorization": f"Bearer {key}"})
        for name, key in keys.items()
    }
    assert {n: r.status_code for n, r in statuses.items()} == {
        "live": 200,
        "revoked": 401,
        "expired": 401,
        "grace": 200,
    }
    assert statuses["live"].json()["caller"] == "live"
    assert all(key.startswith("mgw_local_") and len(key) == 53 for key in keys.values())


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
    assert client.get(f"/api/v1/servers/{uuid.uuid4()}").json() == {"detail": "Server not found"}


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
        assert (declared.status_code, declared.json()) == (
            413,
            {"detail": "Request body too large (limit 1024 bytes)"},
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


# --- results and failures ----------------------------------------------------------------------


def test_no_content_and_not_implemented(client: TestClient) -> None:
    deleted = client.delete(f"/api/v1/servers/{SID}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    todo = client.get("/api/v1/not-yet")
    assert (todo.status_code, todo.json()) == (
        501,
        {"detail": "Not implemented in the local gateway: get_not_yet"},
    )


def test_handler_crash_is_500_without_leak(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    r = client.get("/api/v1/boom")
    assert (r.status_code, r.json()) == (500, {"detail": "Internal error"})
    assert "secret-should-not-leak" not in r.text
    assert any("get_boom" in rec.getMessage() for rec in caplog.records)
    assert all(KEY not in rec.getMessage() for rec in caplog.records)


def test_response_validation(client: TestClient) -> None:
    r = client.get("/api/v1/servers/00000000-0000-4000-8000-000000000000")
    assert r.status_code == 500
    assert "get_server" in r.json()["detail"]


# --- store -------------------------------------------------------------------------------------


def test_store_documents_and_transactions(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.insert("server", {"id": "a", "name": "one"})
    with pytest.raises(DocumentExists):
        store.insert("server", {"id": "a"})
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("server", {"id": "b", "name": "two"})
        store.update("server", "a", {"id": "a", "name": "changed"})
        raise RuntimeError("abort")
    assert store.get("server", "b") is None
    assert store.get("server", "a") == {"id": "a", "name": "one"}
    with store.transaction():
        store.insert("server", {"id": "c", "name": "three"})
        with pytest.raises(ValueError), store.transaction():
            store.insert("server", {"id": "d"})
            raise ValueError("inner only")
    assert [d["id"] for d in store.list("server")] == ["a", "c"]
    assert [d["id"] for d in store.list("server", lambda d: d["name"] == "three")] == ["c"]
    with pytest.raises(DocumentMissing):
        store.update("server", "zz", {"id": "zz"})
    assert store.delete("server", "c") and not store.delete("server", "c")
    store.cache_set("k", {"v": [1, None]}, ttl=None)
    store.cache_set("gone", 1, ttl=10, now=100.0)
    assert (
        store.cache_get("gone", now=105.0) is not None
        and store.cache_get("gone", now=111.0) is None
    )
    store.close()

    reopened = Store.open(tmp_path)
    assert reopened.get("server", "a") == {"id": "a", "name": "one"}
    entry = reopened.cache_get("k")
    assert entry is not None and entry.value == {"v": [1, None]}
    reopened.close()
    assert oct((tmp_path / "gateway.sqlite3").stat().st_mode & 0o777) == "0o600"


async def test_store_rejects_await_inside_transaction() -> None:
    store = Store.open(None)
    entered = asyncio.Event()

    async def other() -> None:
        await entered.wait()
        with pytest.raises(RuntimeError, match="transaction"):
            store.get("x", "y")

    task = asyncio.create_task(other())
    with store.transaction():
        store.insert("x", {"id": "1"})
        entered.set()
        await task
    assert store.get("x", "1") == {"id": "1"}


def test_api_key_records(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    key = generate_api_key()
    record = ApiKeyRecord(
        id="k1",
        name="ci",
        key_hash=hash_api_key(key),
        prefix=key_display_prefix(key),
        data={"scopes": []},
    )
    store.insert_api_key(record)
    with pytest.raises(DocumentExists):
        store.insert_api_key(replace(record, id="k2"))
    store.save_api_key(replace(record, revoked_at=5.0))
    store.close()
    again = Store.open(tmp_path)
    found = again.find_api_key(hash_api_key(key))
    assert found is not None and found.revoked_at == 5.0 and found.data == {"scopes": []}
    assert not found.usable(now=6.0) and found.usable(now=4.0)
    assert [r.id for r in again.list_api_keys()] == ["k1"]
    again.close()


def test_data_persists_across_app_restart(tmp_path: Path) -> None:
    for attempt in range(2):
        with make_client(tmp_path) as c:
            store: Store = c.app.state.gw.store  # type: ignore[attr-defined]
            if attempt == 0:
                store.insert("server", {"id": "kept"})
            else:
                assert store.get("server", "kept") == {"id": "kept"}


def test_temporary_data_dir_removed(tmp_path: Path) -> None:
    with make_client() as c:
        data_dir: Path = c.app.state.gw.data_dir  # type: ignore[attr-defined]
        assert (data_dir / "gateway.sqlite3").exists()
    assert not data_dir.exists()


# --- the real spec -----------------------------------------------------------------------------


def _real_spec_available() -> bool:
    try:
        load_spec()
    except FileNotFoundError:
        return False
    return True


real_spec = pytest.mark.skipif(not _real_spec_available(), reason="openapi.json not written yet")


@real_spec
def test_real_spec_routes() -> None:
    router = Router(load_spec().operations)
    cases = {
        ("POST", "/api/v1/servers/health/all"): "/api/v1/servers/health/all",
        ("GET", "/api/v1/sessions/stats"): "/api/v1/sessions/stats",
        (
            "GET",
            f"/api/v1/sandboxes/{SID}/files//workspace/test.txt",
        ): "/api/v1/sandboxes/{sandbox_id}/files/{file_path}",
        (
            "GET",
            "/api/v1/catalog/mcp_registry/io.github/owner/server",
        ): "/api/v1/catalog/{registry}/{registry_id}",
        ("GET", "/api/v1/cache/a/b"): "/api/v1/cache/{key}",
    }
    for (method, raw), template in cases.items():
        assert router.match(method, raw.encode()).operation.path_template == template


@real_spec
def test_unregistered_operations(capsys: pytest.CaptureFixture[str]) -> None:
    spec = load_spec()
    registered = load_handlers().registered()
    api_ops = [op.operation_id for op in spec.operations if op.path_template.startswith("/api/v1/")]
    missing = sorted(set(api_ops) - registered)
    unknown = sorted(registered - {op.operation_id for op in spec.operations})
    with capsys.disabled():
        print(f"\nlocal gateway: {len(missing)} of {len(api_ops)} operations have no handler yet")
    assert not unknown, f"handlers registered for operations not in openapi.json: {unknown}"


# --- CLI as a real subprocess ------------------------------------------------------------------


@pytest.mark.e2e
def test_cli_subprocess_with_given_key(tmp_path: Path) -> None:
    key = generate_api_key()
    with run_local_gateway(api_key=key, data_dir=tmp_path / "data") as gw:
        assert gw.url.startswith("http://127.0.0.1:") and not gw.url.endswith(":0")
        assert gw.data_dir == tmp_path / "data"
        health = httpx.get(f"{gw.url}/health")
        assert health.json() == {"status": "healthy", "version": __version__}
        assert httpx.get(f"{gw.url}/api/v1/sessions/stats").status_code == 401
        authed = httpx.get(f"{gw.url}/api/v1/sessions/stats", headers=gw.headers)
        assert authed.status_code in (200, 501)
        raw = httpx.get(
            f"{gw.url}/api/v1/sandboxes/not-a-uuid/files//workspace/x", headers=gw.headers
        )
        assert raw.status_code in (404, 501)  # ids are plain strings: unknown sandbox
        pid = gw.pid
        assert key not in gw.log_path.read_text()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert (tmp_path / "data" / "gateway.sqlite3").exists()


@pytest.mark.e2e
def test_cli_generates_and_prints_key_once_and_stops_on_sigint(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MCPGATEWAY_LOCAL_API_KEY"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mcpgateway_local", "serve", "--port", "0", "--temporary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(3)]
        data_line, key_line, ready_line = lines
        assert data_line.startswith("Data directory: ")
        assert key_line.startswith("API key (shown once): mgw_local_")
        assert ready_line.startswith(READY_LINE)
        url = ready_line[len(READY_LINE) :]
        key = key_line.split(": ", 1)[1]
        r = httpx.get(f"{url}/api/v1/sessions/stats", headers={"Authorization": f"Bearer {key}"})
        assert r.status_code in (200, 501)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert key not in out + err
    assert not Path(data_line.split(": ", 1)[1]).exists()


def test_spec_fixture_is_json() -> None:
    json.loads(SPEC_PATH.read_text())


@pytest.mark.e2e
def test_pytest_fixture(mcpgateway_local: LocalGateway) -> None:
    assert httpx.get(f"{mcpgateway_local.url}/health").status_code == 200
    r = httpx.get(f"{mcpgateway_local.url}/api/v1/nope", headers=mcpgateway_local.headers)
    assert (r.status_code, r.json()) == (404, {"detail": "Not Found"})
    assert mcpgateway_local.mcp_url.endswith("/mcp/gateway")
