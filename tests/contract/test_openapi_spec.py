"""openapi.json is a valid OpenAPI 3.1 document that follows our house rules (codegen/SPEC_STYLE.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
TAGS = {
    "health", "servers", "catalog", "tools", "skills", "sessions",
    "sandboxes", "api-keys", "cache", "bundles", "connections",
    "oauth-apps", "oauth-templates",
}  # fmt: skip
PUBLIC_OPERATIONS = {"/health", "/api/v1/oauth/callback/{alias}"}  # no API key (security: [])


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (m.upper(), path, op)
        for path, item in spec["paths"].items()
        for m, op in item.items()
        if m in HTTP_METHODS
    ]


def test_validates_as_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operation_ids_are_short_unique_snake_case(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    for op_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9_]{2,40}", op_id), op_id


def test_every_operation_has_one_known_tag_and_our_text(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        assert len(op.get("tags", [])) == 1 and op["tags"][0] in TAGS, (method, path)
        assert op.get("summary") and op.get("description"), (method, path)


def test_bearer_is_global_and_no_cookie_parameters(spec: dict[str, Any]) -> None:
    assert spec["security"] == [{"BearerAuth": []}]
    assert spec["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"
    for method, path, op in operations(spec):
        assert all(p["in"] != "cookie" for p in op.get("parameters", [])), (method, path)
        if path in PUBLIC_OPERATIONS:
            assert op["security"] == []
        else:
            assert "security" not in op and "401" in op["responses"], (method, path)


def test_status_conventions(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        codes = set(op["responses"])
        success = sorted(c for c in codes if c.startswith("2"))
        assert len(success) == 1, (method, path, codes)
        if method == "DELETE":
            assert success == ["204"], (method, path)
            assert "content" not in op["responses"]["204"]
        if op["operationId"].startswith("create_"):
            assert success == ["201"], (method, path)
        if op.get("parameters") or op.get("requestBody"):
            ref = op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/HTTPValidationError"), (method, path)
        for code, response in op["responses"].items():
            if code.startswith(("4", "5")) and code != "422":
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/HTTPError"), (method, path, code)


def test_health_reports_version(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/health"]["get"]
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert {"status", "version"} <= set(schema["required"])


def test_binary_responses_are_octet_stream_only(spec: dict[str, Any]) -> None:
    for op_id in ("download_skill_package", "download_sandbox_file"):
        (op,) = [o for _, _, o in operations(spec) if o["operationId"] == op_id]
        assert list(op["responses"]["200"]["content"]) == ["application/octet-stream"]


def test_upload_encodings(spec: dict[str, Any]) -> None:
    ops = {o["operationId"]: o for _, _, o in operations(spec)}
    assert list(ops["upload_skill"]["requestBody"]["content"]) == ["multipart/form-data"]
    assert list(ops["upload_sandbox_file"]["requestBody"]["content"]) == [
        "application/octet-stream"
    ]


def test_slash_capable_path_parameters_are_marked(spec: dict[str, Any]) -> None:
    marked = {
        (op["operationId"], p["name"])
        for _, _, op in operations(spec)
        for p in op.get("parameters", [])
        if p.get("x-multi-segment")
    }
    names = {name for _, name in marked}
    assert names == {"file_path", "registry_id", "source", "key"}
    for _, path, op in operations(spec):
        for p in op.get("parameters", []):
            if p.get("x-multi-segment"):
                assert path.endswith("{" + p["name"] + "}") or p["name"] == "source", path


def test_every_ref_resolves_and_no_free_form_bodies(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    text = json.dumps(spec)
    for ref in set(re.findall(r'"#/components/schemas/([^"]+)"', text)):
        assert ref in schemas, ref
    for method, path, op in operations(spec):
        for response in op["responses"].values():
            for media in response.get("content", {}).values():
                assert media["schema"] != {}, (method, path)


def test_cache_uses_the_later_path(spec: dict[str, Any]) -> None:
    assert "/api/v1/cache/{key}" in spec["paths"]
    assert not any(p.startswith("/api/v1/sdk/") for p in spec["paths"])
