"""The local gateway's OAuth services, unit by unit: the egress guard's address rules, URL checks,
connection expiry states, the built-in templates; and the OAuth callback's REST edges (no key
needed, single-use state) on a real gateway."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from mcpgateway_local.connection_query import expiration_status, page_of
from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.oauth_net import refused_address, url_problem
from mcpgateway_local.oauth_templates import by_id, suggested_type, templates


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.7", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.100.100.200", "not a public"),
        ("::ffff:127.0.0.1", "loopback"),
    ],
)
def test_the_guard_refuses_non_public_addresses(address: str, reason: str) -> None:
    assert reason in (refused_address(address) or "")


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::6810:85e5", "8.8.8.8"])
def test_the_guard_allows_public_addresses(address: str) -> None:
    assert refused_address(address) is None


@pytest.mark.parametrize(
    "url", ["", "ftp://h/x", "http://user:pw@h/x", "mcp.example.com/mcp", 42, "http:///x"]
)
def test_url_problems(url: object) -> None:
    assert url_problem(url) is not None


def test_expiration_status_follows_the_expiry() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)

    def at(delta: timedelta, refresh: bool = False) -> str:
        doc = {"expires_at": (now + delta).isoformat(), "_refresh_token": "r" if refresh else None}
        return expiration_status(doc, now)

    assert expiration_status({"expiration_status": None}, now) == "healthy"
    assert at(-timedelta(seconds=1)) == "expired"
    assert at(timedelta(minutes=5), refresh=True) == "auto_refresh_active"
    assert at(timedelta(minutes=5)) == "critical"
    assert at(timedelta(days=3)) == "warning"
    assert at(timedelta(days=30)) == "healthy"
    assert page_of(list(range(45)), 3, 20) == {
        "items": list(range(40, 45)),
        "total": 45,
        "page": 3,
        "page_size": 20,
    }


def test_templates_are_data_with_stable_ids() -> None:
    first = templates()
    assert len({t["id"] for t in first}) == len(first) >= 5
    github = next(t for t in first if t["type"] == "github")
    assert by_id(github["id"].upper()) == github and by_id("nope") is None
    assert suggested_type("https://github.com/login/oauth/authorize?x=1") == "github"
    assert suggested_type("https://idp.example/authorize") is None


def test_the_callback_needs_no_key_and_refuses_unknown_state(gateway: LocalGateway) -> None:
    with httpx.Client(base_url=gateway.url, timeout=30, trust_env=False) as browser:
        unknown = browser.get("/api/v1/oauth/callback/some-app", params={"code": "c", "state": "s"})
        assert unknown.status_code == 400 and "state" in unknown.json()["detail"]
        bare = browser.get("/api/v1/oauth/callback/some-app")
        assert bare.status_code == 400
        other = browser.get("/api/v1/oauth-apps/compatible")  # everything else needs the key
        assert other.status_code == 401
    headers = gateway.headers
    with httpx.Client(base_url=gateway.url, headers=headers, timeout=30) as api:
        assert "bundle_only_remote_egress_guard" in api.get("/health").json()["capabilities"]
        refused = api.post("/api/v1/oauth-apps/probe-auth", json={"url": "ftp://x"})
        assert refused.status_code == 422
        app = {"alias": "svc-test", "name": "n", "client_id": "c", "auth_url": "https://a/x",
               "token_url": "https://a/t", "client_secret": "s"}  # fmt: skip
        created = api.post("/api/v1/oauth-apps/custom", json=app).json()
        assert created["token_endpoint_auth_method"] == "client_secret_post"
        patch = {"id": "nope", "alias": "other", "provenance": "x", "name": "renamed"}
        changed = api.patch(f"/api/v1/oauth-apps/{created['id']}", json=patch).json()
        assert (changed["id"], changed["alias"], changed["provenance"], changed["name"]) == (
            created["id"],
            "svc-test",
            "manual",
            "renamed",
        )  # only the updatable fields change
        secretless = {k: v for k, v in app.items() if k != "client_secret"}
        basic = {
            **secretless,
            "alias": "svc-2",
            "token_endpoint_auth_method": "client_secret_basic",
        }
        refused = api.post("/api/v1/oauth-apps/custom", json=basic)
        assert refused.status_code == 422 and "client_secret" in refused.text
        public = api.post("/api/v1/oauth-apps/custom", json={**secretless, "alias": "svc-3"})
        assert public.json()["token_endpoint_auth_method"] == "none"


def test_oauth_scopes_gate_the_oauth_routes(gateway: LocalGateway) -> None:
    with httpx.Client(base_url=gateway.url + "/api/v1", headers=gateway.headers, timeout=30) as api:
        body = {"name": "oauth-reader", "scopes": ["oauth-apps:read"]}
        key = api.post("/users/me/api-keys", json=body).json()["key"]
    reader = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=gateway.url + "/api/v1", headers=reader, timeout=30) as api:
        assert api.get("/oauth-apps/compatible").status_code == 200
        probe = api.post("/oauth-apps/probe-auth", json={"url": "http://127.0.0.1:9/mcp"})
        assert probe.status_code == 200  # a probe only reads
        app = {"alias": "nope", "name": "n", "client_id": "c", "auth_url": "https://a/x",
               "token_url": "https://a/t"}  # fmt: skip
        assert api.post("/oauth-apps/custom", json=app).status_code == 403
        assert api.get("/oauth-templates").status_code == 403  # oauth-templates:read
