"""The local gateway's server authentication and 0.61 server settings, over REST: validation,
write-only secrets, purge rules, legacy credentials, access modes."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest

_n = itertools.count()
BEARER_FIELD = {"name": "api_key", "sensitive": True, "required": True, "provided_by": "admin"}


def _server(api: httpx.Client, **extra: Any) -> dict[str, Any]:
    name = f"auth-{next(_n)}"
    body = {"name": name, "display_name": name, "type": "remote",
            "config": {"url": "http://127.0.0.1:9/mcp"}, **extra}  # fmt: skip
    response = api.post("/servers", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _put(api: httpx.Client, sid: str, body: dict[str, Any]) -> httpx.Response:
    return api.put(f"/servers/{sid}/authentication", json=body)


def test_the_0_61_server_settings_are_stored_checked_and_returned(api: httpx.Client) -> None:
    created = _server(api, access_mode="bundle_only", allowed_hosts=["api.example.com"],
                      run_as_non_root=False)  # fmt: skip
    assert created["access_mode"] == "bundle_only" and created["run_as_non_root"] is False
    assert created["allowed_hosts"] == created["effective_allowed_hosts"] == ["api.example.com"]
    assert created["pending_reason"] is None
    plain = _server(api)
    assert (plain["access_mode"], plain["run_as_non_root"], plain["allowed_hosts"]) == (
        "public", True, None,
    )  # fmt: skip
    sid = plain["id"]
    updated = api.put(f"/servers/{sid}", json={"access_mode": None, "allowed_hosts": []}).json()
    assert updated["access_mode"] == "public" and updated["effective_allowed_hosts"] == []
    for body in ({"access_mode": "secret"}, {"allowed_hosts": "x"}, {"run_as_non_root": "no"}):
        response = api.put(f"/servers/{sid}", json=body)
        assert response.status_code == 422, body
        assert next(iter(body)) in response.text
    assert api.post("/servers", json={"name": "bad-mode", "display_name": "b", "type": "remote",
                                      "access_mode": "x"}).status_code == 422  # fmt: skip


def test_declarations_are_checked(api: httpx.Client) -> None:
    sid = _server(api)["id"]
    bad = [
        {"type": "magic", "config": {}},
        {"type": "api_key", "config": {"location": "cookie", "name": "k"}},
        {"type": "oauth2", "config": {"scopes": []}},
        {"type": "bearer", "config": {}, "fields": [BEARER_FIELD, BEARER_FIELD]},
        {"type": "bearer", "config": {}, "fields": [{**BEARER_FIELD, "provided_by": "robot"}]},
        {"type": "bearer", "config": {}, "fields": [BEARER_FIELD], "secrets": {"other": "x"}},
        {"type": "none", "config": {}, "secrets": {"api_key": "x"}},
        {"type": "composite_static", "config": {"entries": []}},
    ]
    for body in bad:
        response = _put(api, sid, body)
        assert response.status_code == 422, (body, response.text)
    assert api.put(f"/servers/{sid}/authentication/secret",
                   json={"name": "undeclared", "value": "x"}).status_code == 404  # fmt: skip
    assert _put(api, "no-such-server", {"type": "none", "config": {}}).status_code == 404


def test_secrets_are_write_only_and_purged_on_a_shape_change(api: httpx.Client) -> None:
    sid = _server(api)["id"]
    body = {"type": "bearer", "config": {}, "fields": [BEARER_FIELD], "secrets": {"api_key": "S1"}}
    stored = _put(api, sid, body).json()
    assert stored["fields"][0]["is_set"] and stored["fields"][0]["hint"] == "••••"
    assert "S1" not in _put(api, sid, {**body, "secrets": {"api_key": "S1"}}).text
    # Same type and ownership: the value stays.
    again = _put(api, sid, {"type": "bearer", "config": {}, "fields": [BEARER_FIELD]}).json()
    assert again["fields"][0]["is_set"]
    # provided_by admin -> user: the value goes.
    user = {**BEARER_FIELD, "provided_by": "user"}
    moved = _put(api, sid, {"type": "bearer", "config": {}, "fields": [user]}).json()
    assert not moved["fields"][0]["is_set"] and moved["missing_fields"] == ["api_key"]
    assert moved["pending_reason"] == "awaiting_credentials"
    for path in (f"/servers/{sid}", f"/servers/{sid}/authentication", "/servers?page_size=100"):
        assert "S1" not in api.get(path).text


def test_legacy_credentials_show_as_unmanaged_fields(api: httpx.Client) -> None:
    sid = _server(api)["id"]
    created = api.post(
        f"/servers/{sid}/credentials",
        json={"name": "LEGACY_TOKEN", "credential_type": "api_key", "value": "old-secret"},
    )
    assert created.status_code == 201
    view = api.get(f"/servers/{sid}/authentication").json()
    (legacy,) = view["fields"]
    assert legacy["name"] == "LEGACY_TOKEN" and legacy["managed"] is False and legacy["is_set"]
    assert "old-secret" not in api.get(f"/servers/{sid}/authentication").text
    assert api.delete(f"/servers/{sid}/authentication/secret/LEGACY_TOKEN").status_code == 204
    assert api.get(f"/servers/{sid}/credentials").json() in ([], {"items": [], "total": 0})


def test_oauth2_declaration_sent_with_the_create_is_stored(api: httpx.Client) -> None:
    config = {"app_id": "app-1", "scopes": ["read"], "resource": "http://127.0.0.1:9/mcp",
              "authorization_server_url": "http://127.0.0.1:9"}  # fmt: skip
    server = _server(api, auth_method="oauth2", credential_mode="user_provided",
                     initial_authentication={"type": "oauth2", "config": config, "fields": []},
                     initial_authentication_secrets=[])  # fmt: skip
    assert "initial_authentication" not in server
    view = api.get(f"/servers/{server['id']}/authentication").json()
    assert view["type"] == "oauth2" and view["config"] == config
    # No tokens yet: starting leaves it pending, awaiting credentials.
    health = api.post(f"/servers/{server['id']}/start").json()
    assert health["current_status"] == "pending"
    assert api.get(f"/servers/{server['id']}").json()["pending_reason"] == "awaiting_credentials"
    bad = api.post(
        "/servers",
        json={
            "name": "bad-init",
            "display_name": "b",
            "type": "remote",
            "initial_authentication": {"type": "x", "config": {}},
        },
    )
    assert bad.status_code == 422


@pytest.mark.parametrize(
    ("config", "auth", "message"),
    [
        ({}, {"type": "none", "config": {}}, "config.url"),
        ({"url": "http://127.0.0.1:9/mcp"},
         {"type": "hmac", "config": {"recipe": {"algo": "sha256", "key_field": "k",
                                                 "message": "m", "headers": {}}}},
         "not supported"),
        ({"url": "http://127.0.0.1:9/mcp"}, {"type": "none", "config": {}}, "cannot reach"),
    ],
)  # fmt: skip
def test_a_remote_server_that_cannot_run_says_why(
    api: httpx.Client, config: dict[str, Any], auth: dict[str, Any], message: str
) -> None:
    sid = _server(api, config=config)["id"]
    assert _put(api, sid, auth).status_code == 200
    health = api.post(f"/servers/{sid}/start").json()
    assert health["current_status"] == "error" and message in health["message"]
