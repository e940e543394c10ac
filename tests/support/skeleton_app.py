"""The REST skeleton's test app: `skeleton_spec.json` served by handlers that echo what the
dispatcher handed them (routing, validation, auth, store and dispatch tests run on it)."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from mcpgateway_local.app import create_app
from mcpgateway_local.handlers import (
    ApiRequest,
    ApiResult,
    HandlerRegistry,
    UploadedFile,
    not_found,
)
from mcpgateway_local.settings import Settings
from mcpgateway_local.spec import load_spec

SPEC_PATH = Path(__file__).resolve().parents[1] / "local" / "skeleton_spec.json"
"""A small spec written for these tests (so they do not depend on the real handlers)."""
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
    """A test client of an app over the skeleton spec and :func:`echo_registry`."""
    settings = replace(Settings(api_key=KEY, data_dir=tmp_path), **overrides)
    app = create_app(settings, spec=load_spec(SPEC_PATH), registry=echo_registry(), runtimes=())
    return TestClient(app, raise_server_exceptions=False)
