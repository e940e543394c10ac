"""openapi.json covers every operation the published SDK 0.28 calls (CONTRACT.md §2) plus /health,
and holds nothing beyond those and the operations SDK 0.61 adds (CONTRACT-0.61.md §1.3)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT.parent / "shared" / "contract" / "CONTRACT.md"
CONTRACT_061 = ROOT.parent / "shared" / "contract" / "CONTRACT-0.61.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# The 99 (method, path) pairs of CONTRACT §2, cache at its [later] path, and GET /health.
CONTRACT_OPERATIONS = [
    ("GET", "/api/v1/servers"),
    ("GET", "/api/v1/servers/{server_id}"),
    ("POST", "/api/v1/servers"),
    ("PUT", "/api/v1/servers/{server_id}"),
    ("DELETE", "/api/v1/servers/{server_id}"),
    ("POST", "/api/v1/servers/{server_id}/start"),
    ("POST", "/api/v1/servers/{server_id}/stop"),
    ("POST", "/api/v1/servers/{server_id}/health"),
    ("POST", "/api/v1/servers/health/all"),
    ("POST", "/api/v1/servers/bulk-action"),
    ("GET", "/api/v1/servers/{server_id}/tools"),
    ("PATCH", "/api/v1/servers/{server_id}/tools/{tool_id}/overrides"),
    ("DELETE", "/api/v1/servers/{server_id}/tools/{tool_id}/overrides"),
    ("POST", "/api/v1/servers/{server_id}/tools/{tool_id}/correct-schema"),
    ("GET", "/api/v1/servers/{server_id}/tool-selection"),
    ("PATCH", "/api/v1/servers/{server_id}/tool-selection"),
    ("POST", "/api/v1/servers/{server_id}/sync"),
    ("POST", "/api/v1/servers/{server_id}/tools"),
    ("PATCH", "/api/v1/servers/{server_id}/tools/{tool_id}"),
    ("DELETE", "/api/v1/servers/{server_id}/tools/{tool_id}"),
    ("PUT", "/api/v1/servers/{server_id}/tools"),
    ("GET", "/api/v1/servers/{server_id}/credentials"),
    ("POST", "/api/v1/servers/{server_id}/credentials"),
    ("DELETE", "/api/v1/servers/{server_id}/credentials/{credential_id}"),
    ("GET", "/api/v1/servers/{server_id}/oauth-config"),
    ("DELETE", "/api/v1/servers/{server_id}/oauth-config"),
    ("GET", "/api/v1/servers/{server_id}/connection-options"),
    ("GET", "/api/v1/catalog/search"),
    ("GET", "/api/v1/catalog/{registry}/{registry_id}"),
    ("POST", "/api/v1/servers/catalog-imports"),
    ("GET", "/api/v1/tools/by-name"),
    ("POST", "/api/v1/tools/search"),
    ("POST", "/api/v1/tools/execute"),
    ("GET", "/api/v1/skills"),
    ("GET", "/api/v1/skills/{skill_id}"),
    ("POST", "/api/v1/skills"),
    ("PATCH", "/api/v1/skills/{skill_id}"),
    ("DELETE", "/api/v1/skills/{skill_id}"),
    ("POST", "/api/v1/skills/upload"),
    ("GET", "/api/v1/skills/templates"),
    ("GET", "/api/v1/skills/catalog/{source}"),
    ("GET", "/api/v1/skills/catalog/{source}/{skill_name}"),
    ("POST", "/api/v1/skills/import"),
    ("GET", "/api/v1/skills/{skill_id}/package"),
    ("POST", "/api/v1/servers/{server_id}/skills/{skill_id}/attach"),
    ("DELETE", "/api/v1/servers/{server_id}/skills/{skill_id}/detach"),
    ("POST", "/api/v1/sessions"),
    ("GET", "/api/v1/sessions"),
    ("GET", "/api/v1/sessions/{session_id}"),
    ("PATCH", "/api/v1/sessions/{session_id}"),
    ("DELETE", "/api/v1/sessions/{session_id}"),
    ("POST", "/api/v1/sessions/{session_id}/touch"),
    ("POST", "/api/v1/sessions/cleanup"),
    ("GET", "/api/v1/sessions/stats"),
    ("GET", "/api/v1/sandboxes"),
    ("POST", "/api/v1/sandboxes"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}"),
    ("PATCH", "/api/v1/sandboxes/{sandbox_id}"),
    ("DELETE", "/api/v1/sandboxes/{sandbox_id}"),
    ("POST", "/api/v1/sandboxes/{sandbox_id}/exec"),
    ("POST", "/api/v1/sandboxes/{sandbox_id}/stop"),
    ("POST", "/api/v1/sandboxes/{sandbox_id}/resume"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}/activity"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}/files"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}/files/{file_path}"),
    ("PUT", "/api/v1/sandboxes/{sandbox_id}/files/{file_path}"),
    ("POST", "/api/v1/sandboxes/{sandbox_id}/skills"),
    ("GET", "/api/v1/sandbox-images"),
    ("GET", "/api/v1/sandbox-images/templates"),
    ("GET", "/api/v1/sandbox-images/packages"),
    ("POST", "/api/v1/users/me/api-keys"),
    ("GET", "/api/v1/users/me/api-keys"),
    ("GET", "/api/v1/users/me/api-keys/{key_id}"),
    ("POST", "/api/v1/users/me/api-keys/{key_id}/rotate"),
    ("DELETE", "/api/v1/users/me/api-keys/{key_id}"),
    ("GET", "/api/v1/cache/{key}"),
    ("PUT", "/api/v1/cache/{key}"),
    ("GET", "/api/v1/bundles"),
    ("GET", "/api/v1/bundles/{bundle_id}"),
    ("GET", "/api/v1/bundles/by-agent/{agent_id}"),
    ("POST", "/api/v1/bundles"),
    ("PUT", "/api/v1/bundles/{bundle_id}"),
    ("DELETE", "/api/v1/bundles/{bundle_id}"),
    ("POST", "/api/v1/bundles/{bundle_id}/servers/{server_id}"),
    ("DELETE", "/api/v1/bundles/{bundle_id}/servers/{server_id}"),
    ("POST", "/api/v1/bundles/{bundle_id}/tools"),
    ("GET", "/api/v1/bundles/{bundle_id}/tools"),
    ("PUT", "/api/v1/bundles/{bundle_id}/tools/{tool_id}"),
    ("DELETE", "/api/v1/bundles/{bundle_id}/tools/{tool_id}"),
    ("POST", "/api/v1/bundles/{bundle_id}/connections/{connection_id}"),
    ("DELETE", "/api/v1/bundles/{bundle_id}/connections/{connection_id}"),
    ("GET", "/api/v1/bundles/{bundle_id}/connections"),
    ("POST", "/api/v1/connections"),
    ("POST", "/api/v1/connections/basic"),
    ("GET", "/api/v1/connections"),
    ("GET", "/api/v1/connections/{connection_id}"),
    ("DELETE", "/api/v1/connections/{connection_id}"),
    ("POST", "/api/v1/connections/{connection_id}/refresh"),
    ("POST", "/api/v1/servers/{server_id}/oauth/authorize"),
    ("GET", "/health"),
]
# The 29 operations SDK 0.61 adds (CONTRACT-0.61.md §1.3, rows of kind `new`).
CONTRACT_061_OPERATIONS = [
    ("POST", "/api/v1/servers/import-schema"),
    ("GET", "/api/v1/servers/{server_id}/bundle-usage"),
    ("POST", "/api/v1/servers/{server_id}/script-tools"),
    ("GET", "/api/v1/servers/{server_id}/authentication"),
    ("PUT", "/api/v1/servers/{server_id}/authentication"),
    ("PUT", "/api/v1/servers/{server_id}/authentication/secret"),
    ("DELETE", "/api/v1/servers/{server_id}/authentication/secret/{field_name}"),
    ("GET", "/api/v1/servers/{server_id}/discovery-oauth"),
    ("POST", "/api/v1/servers/{server_id}/discovery-oauth/authorize"),
    ("DELETE", "/api/v1/servers/{server_id}/discovery-oauth"),
    ("POST", "/api/v1/servers/generate"),
    ("GET", "/api/v1/servers/generate"),
    ("GET", "/api/v1/servers/generate/{job_id}"),
    ("GET", "/api/v1/servers/generate/{job_id}/analysis"),
    ("POST", "/api/v1/servers/generate/{job_id}/approve"),
    ("POST", "/api/v1/servers/generate/{job_id}/cancel"),
    ("DELETE", "/api/v1/servers/generate/{job_id}"),
    ("POST", "/api/v1/oauth-apps/probe-auth"),
    ("POST", "/api/v1/oauth-apps"),
    ("POST", "/api/v1/oauth-apps/custom"),
    ("GET", "/api/v1/oauth-apps/{app_id}"),
    ("PATCH", "/api/v1/oauth-apps/{app_id}"),
    ("DELETE", "/api/v1/oauth-apps/{app_id}"),
    ("GET", "/api/v1/oauth-apps/compatible"),
    ("GET", "/api/v1/oauth-templates"),
    ("PUT", "/api/v1/bundles/{bundle_id}/tool-state"),
    ("PATCH", "/api/v1/skills/{skill_id}/package"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}/logs"),
    ("GET", "/api/v1/sandboxes/{sandbox_id}/logs/export"),
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


def spec_operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (m.upper(), path) for path, item in spec["paths"].items() for m in item if m in HTTP_METHODS
    }


# The local gateway's OAuth callback (the provider's redirect target, `callback_url` of an OAuth
# app; no SDK method calls it).
LOCAL_EXTENSIONS = [("GET", "/api/v1/oauth/callback/{alias}")]


def test_list_has_the_contract_count() -> None:
    assert len(CONTRACT_OPERATIONS) == len(set(CONTRACT_OPERATIONS)) == 100


@pytest.mark.parametrize(("method", "path"), CONTRACT_OPERATIONS)
def test_operation_is_in_openapi(spec: dict[str, Any], method: str, path: str) -> None:
    assert (method, path) in spec_operations(spec), f"{method} {path} missing from openapi.json"


def test_openapi_has_nothing_beyond_the_contract(spec: dict[str, Any]) -> None:
    assert spec_operations(spec) == {
        *CONTRACT_OPERATIONS,
        *CONTRACT_061_OPERATIONS,
        *LOCAL_EXTENSIONS,
    }


@pytest.mark.skipif(not CONTRACT.exists(), reason="shared/contract not beside the repo")
@pytest.mark.parametrize(("method", "path"), CONTRACT_061_OPERATIONS)
def test_061_operations_are_in_contract_061(method: str, path: str) -> None:
    text = (CONTRACT.parent / "CONTRACT-0.61.md").read_text(encoding="utf-8")
    short = path.replace("/api/v1/servers/{server_id}", "…")
    assert f"`{method} {path}`" in text or f"`{method} {short}`" in text, (method, path)


@pytest.mark.skipif(not CONTRACT_061.exists(), reason="shared/contract not beside the repo")
def test_embedded_061_list_matches_contract_061_md() -> None:
    text = CONTRACT_061.read_text(encoding="utf-8")
    section = text[text.index("### 1.3") : text.index("## 2. Models")]
    found = [
        (match.group(1), match.group(2))
        for line in section.splitlines()
        if line.startswith("| new |")
        for match in [re.search(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`]*)`", line)]
        if match
    ]
    assert found == CONTRACT_061_OPERATIONS and len(found) == 29


@pytest.mark.skipif(not CONTRACT.exists(), reason="shared/contract not beside the repo")
def test_embedded_list_matches_contract_md() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    section = text[text.index("## 2. Endpoints called") : text.index("## 3. Models")]
    found = set()
    for match in re.finditer(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`]*)`", section):
        path = match.group(2).split("?")[0].replace("/api/v1/sdk/cache/", "/api/v1/cache/")
        if not path.endswith("/reorder"):  # spec-only, never called by the SDK
            found.add((match.group(1), path))
    assert found == set(CONTRACT_OPERATIONS)
