"""API-key policy (key_policy.py, auth.py, handlers/api_keys.py) against a real gateway.

Scopes gate routes and the MCP endpoint, keys cannot mint wider or longer-lived keys, only the
bootstrap key manages other keys, and `rate_limit_rpm` answers 429 with `Retry-After`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from mcpgateway_local.launcher import LocalGateway

API = "/api/v1"
KEYS = "/users/me/api-keys"


def new_key(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post(KEYS, json={"name": "k", "rate_limit_rpm": 1000, **fields})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def as_key(gateway: LocalGateway, key: str) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"}
    return httpx.Client(base_url=gateway.url + API, headers=headers, timeout=60)


def test_scopes_gate_routes_and_the_mcp_endpoint(gateway: LocalGateway, api: httpx.Client) -> None:
    reader = new_key(api, scopes=["tools:read"])["key"]
    with as_key(gateway, reader) as client:
        assert client.post("/tools/search", json={"query": "add"}).status_code == 200
        denied = client.post("/bundles", json={"name": "nope"})
        assert denied.status_code == 403 and "bundles:write" in denied.json()["detail"]
        assert client.get("/servers").status_code == 403
        execute = client.post("/tools/execute", json={"tool_name": "x__y", "arguments": {}})
        assert execute.status_code == 403 and "tools:execute" in execute.text
        mcp = client.post(gateway.mcp_url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
        assert mcp.status_code == 403
    writer = new_key(api, scopes=["bundles:write"])["key"]
    with as_key(gateway, writer) as client:
        assert client.get("/bundles").status_code == 200  # write implies read
    assert api.post(KEYS, json={"name": "x", "scopes": ["root"]}).status_code == 422


def test_a_key_cannot_mint_a_wider_or_longer_lived_key(
    gateway: LocalGateway, api: httpx.Client
) -> None:
    soon = datetime.now(UTC) + timedelta(days=1)
    parent = new_key(api, scopes=["api-keys:*", "tools:read"], expires_in_days=1)
    with as_key(gateway, parent["key"]) as client:
        assert client.post(KEYS, json={"name": "wide"}).status_code == 403
        wider = client.post(KEYS, json={"name": "w", "scopes": ["tools:read", "servers:read"]})
        assert wider.status_code == 403
        assert client.post(KEYS, json={"name": "s", "scopes": ["*"]}).status_code == 403
        later = {"name": "l", "scopes": ["tools:read"], "expires_in_days": 90}
        assert client.post(KEYS, json=later).status_code == 403
        child = new_key(client, scopes=["tools:read"])
        expires = datetime.fromisoformat(child["expires_at"])
        assert expires <= soon + timedelta(seconds=5)


def test_only_the_admin_key_manages_other_keys(gateway: LocalGateway, api: httpx.Client) -> None:
    victim = new_key(api, name="victim")
    attacker = new_key(api, name="attacker")
    with as_key(gateway, attacker["key"]) as client:
        listed = client.get(KEYS).json()
        assert [k["id"] for k in listed["items"]] == [attacker["id"]]
        assert client.get(f"{KEYS}/{victim['id']}").status_code == 403
        assert client.delete(f"{KEYS}/{victim['id']}").status_code == 403
        assert client.post(f"{KEYS}/{victim['id']}/rotate", json={}).status_code == 403
        assert client.get(f"{KEYS}/{attacker['id']}").status_code == 200
    assert api.get(f"{KEYS}/{victim['id']}").json()["is_active"] is True


def test_rate_limit_answers_429_with_retry_after(gateway: LocalGateway, api: httpx.Client) -> None:
    limited = new_key(api, rate_limit_rpm=2)["key"]
    with as_key(gateway, limited) as client:
        assert client.get("/sessions").status_code == 200
        assert client.get("/sessions").status_code == 200
        refused = client.get("/sessions")
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) >= 1
        assert "rate limit" in refused.json()["detail"].lower()
    assert api.get("/sessions").status_code == 200  # the admin key is not limited
