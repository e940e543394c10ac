"""Error bodies of the local gateway (errors.py): the documented `error` envelope beside `detail`.

Every failure but request validation answers `{"detail": msg, "error": {code, message, details}}`
with the same message twice; request validation 422s stay FastAPI's `{"detail": [...]}`, plus
the envelope when the problem has a code (refused skill packages). Bodies are checked against
the spec's `HTTPError` / `HTTPValidationError` schemas.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import httpx
import pytest

from mcpgateway_local.domain_errors import Conflict, Invalid, NotFound, Refused
from mcpgateway_local.errors import (
    HTTPProblem,
    RequestValidationError,
    rest_problem,
    status_code_name,
    unprocessable,
)
from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.spec import load_spec
from mcpgateway_local.validation import SchemaValidators

API = "/api/v1"
VALIDATORS = SchemaValidators(load_spec())


def schema_problems(name: str, body: Any) -> list[dict[str, Any]]:
    return VALIDATORS.errors_at(f"/components/schemas/{name}", body, [])


def envelope(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The checked `error` object of a non-validation error response."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"detail", "error"}, body
    assert schema_problems("HTTPError", body) == []
    error: dict[str, Any] = body["error"]
    assert error["code"] == code
    assert error["message"] == body["detail"] and isinstance(body["detail"], str)
    assert isinstance(error["details"], dict)
    return error


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in members.items():
            archive.writestr(path, content)
    return buffer.getvalue()


SKILL = b"---\nname: twice\ndescription: d\n---\n"


# -- against a gateway ---------------------------------------------------------------------------


def test_not_found_and_conflict(api: httpx.Client) -> None:
    missing = envelope(api.get("/servers/00000000-0000-4000-8000-000000000000"), 404, "NOT_FOUND")
    assert missing["message"] == "Server not found" and missing["details"] == {}
    body = {"name": "err-clash", "display_name": "Clash", "type": "local-tools"}
    assert api.post("/servers", json=body).status_code == 201
    clash = envelope(api.post("/servers", json=body), 409, "CONFLICT")
    assert "already exists" in clash["message"]
    assert envelope(api.get("/no/such/route"), 404, "NOT_FOUND")["message"] == "Not Found"


def test_method_not_allowed_keeps_allow(api: httpx.Client) -> None:
    response = api.patch("/servers")
    envelope(response, 405, "METHOD_NOT_ALLOWED")
    assert "GET" in response.headers["allow"]


def test_bad_request(api: httpx.Client) -> None:
    body = {"name": "err-npx", "display_name": "x", "type": "npx", "config": {}}
    refused = envelope(api.post("/servers", json=body), 400, "BAD_REQUEST")
    assert "config.package" in refused["message"]


def test_unauthorized_forbidden_rate_limited(gateway: LocalGateway, api: httpx.Client) -> None:
    with httpx.Client(base_url=gateway.url + API, timeout=30) as anonymous:
        response = anonymous.get("/servers")
        envelope(response, 401, "UNAUTHORIZED")
        assert response.headers["www-authenticate"].lower().startswith("bearer")
    created = api.post(
        "/users/me/api-keys", json={"name": "narrow", "scopes": ["tools:read"], "rate_limit_rpm": 2}
    )
    assert created.status_code == 201, created.text
    headers = {"Authorization": f"Bearer {created.json()['key']}"}
    with httpx.Client(base_url=gateway.url + API, headers=headers, timeout=30) as narrow:
        denied = envelope(narrow.get("/servers"), 403, "FORBIDDEN")
        assert "servers:read" in denied["message"]
        narrow.get("/sessions")
        limited = narrow.get("/sessions")
        envelope(limited, 429, "RATE_LIMITED")
        assert int(limited.headers["retry-after"]) >= 1


def test_request_validation_stays_fastapi(api: httpx.Client) -> None:
    response = api.post("/servers", json={"display_name": "no name", "type": "uvx"})
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"detail"} and schema_problems("HTTPValidationError", body) == []
    assert any(item["loc"] == ["body", "name"] for item in body["detail"])


def test_skill_package_error_carries_its_code(api: httpx.Client) -> None:
    package = zip_of({"SKILL.md": SKILL, "b/SKILL.md": SKILL})
    files = {"file": ("two.zip", package, "application/zip")}
    response = api.post("/skills/upload", files=files)
    assert response.status_code == 422, response.text
    body = response.json()
    assert schema_problems("HTTPValidationError", body) == []
    [item] = body["detail"]
    assert item["type"] == "skill-file-ambiguous"
    error = body["error"]
    assert error["code"] == "skill-file-ambiguous"
    assert error["details"] == {"found_paths": ["SKILL.md", "b/SKILL.md"]}
    assert "more than one SKILL.md" in error["message"] and not error["message"].startswith("skill")


# -- units ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (NotFound("Thing not found"), 404, "NOT_FOUND"),
        (Conflict("busy", code="GENERATION_JOB_BUSY", details={"job_id": "j"}), 409, None),
        (Refused("no"), 400, "BAD_REQUEST"),
    ],
)
def test_rest_problem_keeps_code_and_details(error: Any, status: int, code: str | None) -> None:
    problem = rest_problem(error)
    assert problem.status == status
    body = problem.body()
    assert body["detail"] == error.message == body["error"]["message"]
    assert body["error"]["code"] == (code or error.code)
    assert body["error"]["details"] == error.details


def test_a_subclass_code_is_kept() -> None:
    class Busy(Conflict):
        code = "GENERATION_JOB_BUSY"

        def __init__(self) -> None:
            super().__init__("retry shortly")
            self.details = {"job_id": "j"}

    error = rest_problem(Busy()).body()["error"]
    assert error == {
        "code": "GENERATION_JOB_BUSY",
        "message": "retry shortly",
        "details": {"job_id": "j"},
    }


def test_invalid_is_a_plain_validation_body() -> None:
    problem = rest_problem(Invalid(["body", "x"], "bad"))
    assert isinstance(problem, RequestValidationError)
    assert problem.body() == {
        "detail": [{"loc": ["body", "x"], "msg": "bad", "type": "value_error"}]
    }
    assert unprocessable(["query", "q"], "no").body()["detail"][0]["msg"] == "no"


def test_codes_by_status() -> None:
    assert status_code_name(404) == "NOT_FOUND" and status_code_name(418) == "HTTP_418"
    assert HTTPProblem(503, "down").body()["error"]["code"] == "SERVICE_UNAVAILABLE"
    named = HTTPProblem(409, "x", code="CUSTOM", details={"a": 1}).body()
    assert named == {
        "detail": "x",
        "error": {"code": "CUSTOM", "message": "x", "details": {"a": 1}},
    }
