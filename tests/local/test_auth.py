"""auth.py: bearer keys (bootstrap and stored), public paths.

Runs against `skeleton_spec.json` (a small spec written for these tests) with echo handlers
(`tests.support.skeleton_app`), so it does not depend on the real handlers.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from mcpgateway_local import __version__
from mcpgateway_local.auth import generate_api_key, hash_api_key, key_display_prefix
from mcpgateway_local.capabilities import CAPABILITIES
from mcpgateway_local.store import ApiKeyRecord, Store
from tests.support.skeleton_app import (
    AUTH,
    KEY,
    SPEC_PATH,
    make_client,
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with make_client(validate_responses=True) as c:
        c.headers.update(AUTH)
        yield c


# --- auth --------------------------------------------------------------------------------------


def test_auth_required(client: TestClient) -> None:
    for headers in (
        {"Authorization": ""},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic " + KEY},
    ):
        r = client.get("/api/v1/sessions/stats", headers=headers)
        assert r.status_code == 401
        assert r.json()["detail"] == "Invalid or missing API key"
        assert r.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/v1/nope", headers={"Authorization": ""}).status_code == 401
    assert client.post("/mcp/gateway", headers={"Authorization": ""}).status_code == 401


def test_public_paths(client: TestClient) -> None:
    health = client.get("/health", headers={"Authorization": ""})
    assert health.json() == {
        "status": "healthy",
        "version": __version__,
        "capabilities": list(CAPABILITIES),
    }
    spec = client.get("/openapi.json", headers={"Authorization": ""})
    assert spec.status_code == 200
    assert spec.content == SPEC_PATH.read_bytes()
    mcp = client.post("/mcp/gateway")
    assert (mcp.status_code, mcp.json()["detail"]) == (404, "MCP endpoint not available")


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
