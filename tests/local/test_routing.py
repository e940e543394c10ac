"""routing.py: spec-driven routes, path parameters, 404/405 and raw paths.

Runs against `skeleton_spec.json` (a small spec written for these tests) with echo handlers
(`tests.support.skeleton_app`), so it does not depend on the real handlers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from mcpgateway_local.routing import Router
from mcpgateway_local.spec import load_spec
from tests.support.skeleton_app import (
    AUTH,
    SID,
    SPEC_PATH,
    make_client,
)


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
    assert (missing.status_code, missing.json()["detail"]) == (404, "Not Found")
    outside = client.get("/elsewhere")
    assert (outside.status_code, outside.json()["detail"]) == (404, "Not Found")
    wrong = client.put("/api/v1/sessions/stats")
    assert (wrong.status_code, wrong.json()["detail"]) == (405, "Method Not Allowed")
    assert "GET" in wrong.headers["allow"]


def test_http_raw_path_kept(client: TestClient) -> None:
    r = client.get(f"/api/v1/sandboxes/{SID}/files//workspace/dir%2Fname.txt")
    assert r.status_code == 200, r.text
    assert r.json()["path"]["file_path"] == "/workspace/dir/name.txt"
    r = client.get("/api/v1/cache/a%2Fb/c")
    assert r.json()["path"] == {"key": "a/b/c"}
