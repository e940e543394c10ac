"""dispatch.py: no content, not implemented, a crashing handler (500 without a leak), response
validation.

Runs against `skeleton_spec.json` (a small spec written for these tests) with echo handlers
(`tests.support.skeleton_app`), so it does not depend on the real handlers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from tests.support.skeleton_app import (
    AUTH,
    KEY,
    SID,
    make_client,
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with make_client(validate_responses=True) as c:
        c.headers.update(AUTH)
        yield c


# --- results and failures ----------------------------------------------------------------------


def test_no_content_and_not_implemented(client: TestClient) -> None:
    deleted = client.delete(f"/api/v1/servers/{SID}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    todo = client.get("/api/v1/not-yet")
    assert (todo.status_code, todo.json()["detail"]) == (
        501,
        "Not implemented in the local gateway: get_not_yet",
    )


def test_handler_crash_is_500_without_leak(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    r = client.get("/api/v1/boom")
    assert (r.status_code, r.json()["detail"]) == (500, "Internal error")
    assert "secret-should-not-leak" not in r.text
    assert any("get_boom" in rec.getMessage() for rec in caplog.records)
    assert all(KEY not in rec.getMessage() for rec in caplog.records)


def test_response_validation(client: TestClient) -> None:
    r = client.get("/api/v1/servers/00000000-0000-4000-8000-000000000000")
    assert r.status_code == 500
    assert "get_server" in r.json()["detail"]
