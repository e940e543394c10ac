"""pytest_plugin.py: the `mcpgateway_local` fixture and the spec fixture."""

from __future__ import annotations

import json

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.support.skeleton_app import (
    SPEC_PATH,
)


def test_spec_fixture_is_json() -> None:
    json.loads(SPEC_PATH.read_text())


@pytest.mark.e2e
def test_pytest_fixture(mcpgateway_local: LocalGateway) -> None:
    assert httpx.get(f"{mcpgateway_local.url}/health").status_code == 200
    r = httpx.get(f"{mcpgateway_local.url}/api/v1/nope", headers=mcpgateway_local.headers)
    assert (r.status_code, r.json()["detail"]) == (404, "Not Found")
    assert mcpgateway_local.mcp_url.endswith("/mcp/gateway")
