"""handlers/connections.py over real HTTP against a real gateway process.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, tools and a connection whose server is gone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from mcpgateway_local.store import Store
from tests.conftest import GatewayFactory
from tests.support.seeded import (
    CALENDAR_ID,
    MISSING_ID,
    ORPHAN_CONNECTION_ID,
    SECRET,
    WEATHER_ID,
    Gw,
    assert_clean_log,
    ok,
    open_seeded,
    seed_tools,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gw(gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    with open_seeded(gateway_factory, tmp_path_factory, seed_tools) as seeded:
        yield seeded


# --- connections ---------------------------------------------------------------------------


def create_connection(gw: Gw, **fields: Any) -> httpx.Response:
    return gw.http.post("/connections", json={"server_id": CALENDAR_ID, **fields})


def test_connection_create_variants(gw: Gw) -> None:
    created = ok(
        create_connection(
            gw,
            credential_type="api_key",
            credential_value=SECRET,
            alias="primary",
            header_name="X-API-Key",
            connection_data={"region": "eu", "options": {"retries": 3}},
        ),
        201,
    )
    assert SECRET not in str(created)
    assert created["credential_masked"] == "********"
    assert (created["credential_type"], created["header_name"], created["prefix"]) == (
        "api_key",
        "X-API-Key",
        "",
    )
    assert created["alias"] == "primary" and created["is_valid"] is True
    assert created["connection_data"] == {"region": "eu", "options": {"retries": 3}}
    assert uuid.UUID(created["user_id"]) and created["server_id"] == CALENDAR_ID
    got = gw.http.get(f"/connections/{created['id']}")
    assert got.status_code == 200 and SECRET not in got.text
    assert SECRET not in gw.http.get("/connections", params={"include_server": "true"}).text

    bearer = ok(
        create_connection(gw, credential_type="bearer", credential_value="b", prefix="Bearer "),
        201,
    )
    assert bearer["header_name"] == "Authorization" and bearer["prefix"] == "Bearer "
    assert ok(gw.http.get(f"/connections/{bearer['id']}"))["token_type"] == "Bearer"
    none = ok(create_connection(gw, credential_type="none"), 201)
    assert none["credential_masked"] == "" and none["connection_data"] is None
    basic = ok(create_connection(gw, credential_type="basic", credential_value="u:p"), 201)
    assert basic["credential_masked"] == "********"

    duplicate = create_connection(
        gw, credential_type="bearer", credential_value="x", alias="primary"
    )
    assert duplicate.status_code == 409
    other_server = gw.http.post(
        "/connections",
        json={
            "server_id": WEATHER_ID,
            "credential_type": "bearer",
            "credential_value": "x",
            "alias": "primary",
        },
    )
    assert other_server.status_code == 201  # aliases are unique per server

    for body in (
        {"credential_type": "none", "credential_value": "unexpected"},
        {"credential_type": "api_key"},
        {"credential_type": "bearer", "credential_value": ""},
        {"credential_type": "oauth_magic", "credential_value": "x"},
        {"credential_type": "basic", "credential_value": "no-colon"},
        {"credential_type": "bearer", "credential_value": "x" * 4097},
        {"credential_value": "x"},
        {"credential_type": "none", "connection_data": {"password": "p"}},
        {"credential_type": "none", "connection_data": {"nested": {"apiKey": "k"}}},
        {"credential_type": "none", "connection_data": {"items": [{"access_token": "t"}]}},
        {"credential_type": "none", "connection_data": {"client_secret": "s"}},
        {"credential_type": "none", "connection_data": "not an object"},
    ):
        response = create_connection(gw, **body)
        assert response.status_code == 422, (body, response.text)
        assert isinstance(response.json()["detail"], list)
    secret_key = create_connection(gw, credential_type="none", connection_data={"API_KEY": "k"})
    assert secret_key.json()["detail"][0]["loc"] == ["body", "connection_data", "API_KEY"]
    fine = create_connection(
        gw, credential_type="none", connection_data={"token_url": "https://x", "max_tokens": 5}
    )
    assert fine.status_code == 201, fine.text
    unknown = gw.http.post(
        "/connections", json={"server_id": MISSING_ID, "credential_type": "none"}
    )
    assert unknown.status_code == 404
    assert (
        gw.http.post("/connections", json={"server_id": "x", "credential_type": "none"}).status_code
        == 404
    )

    # The secret is kept internally (to be sent to the server), never returned.
    store = Store.open(gw.local.data_dir)
    try:
        stored = store.get("connection", created["id"])
    finally:
        store.close()
    assert stored is not None and stored["_secret"] == SECRET
    for doc_id in (
        created["id"],
        bearer["id"],
        none["id"],
        basic["id"],
        other_server.json()["id"],
        fine.json()["id"],
    ):
        assert gw.http.delete(f"/connections/{doc_id}").status_code == 204


def test_basic_connection(gw: Gw) -> None:
    created = ok(
        gw.http.post(
            "/connections/basic",
            json={
                "server_id": WEATHER_ID,
                "username": "alice",
                "password": SECRET,
                "connection_data": {"realm": "x"},
            },
        ),
        201,
    )
    assert SECRET not in str(created)
    assert (created["username"], created["auth_method"]) == ("alice", "basic")
    assert created["connection_data"] == {"realm": "x"} and created["is_valid"] is True
    assert SECRET not in gw.http.get(f"/connections/{created['id']}").text
    again = gw.http.post(
        "/connections/basic", json={"server_id": WEATHER_ID, "username": "bob", "password": "p"}
    )
    assert again.status_code == 409
    for body in (
        {"server_id": CALENDAR_ID, "username": "a:b", "password": "p"},
        {"server_id": CALENDAR_ID, "username": "", "password": "p"},
        {"server_id": CALENDAR_ID, "username": "a"},
        {
            "server_id": CALENDAR_ID,
            "username": "a",
            "password": "p",
            "connection_data": {"secret": "s"},
        },
    ):
        response = gw.http.post("/connections/basic", json=body)
        assert response.status_code == 422, (body, response.text)
    missing = gw.http.post(
        "/connections/basic", json={"server_id": MISSING_ID, "username": "a", "password": "p"}
    )
    assert missing.status_code == 404
    assert gw.http.delete(f"/connections/{created['id']}").status_code == 204


def test_connection_list_get_refresh_delete(gw: Gw) -> None:
    created = ok(
        create_connection(gw, credential_type="bearer", credential_value="v", alias="list-me"),
        201,
    )
    connection_id = created["id"]
    listing = ok(gw.http.get("/connections"))
    assert listing["total"] == len(listing["items"])
    ids = [c["id"] for c in listing["items"]]
    assert connection_id in ids and ORPHAN_CONNECTION_ID not in ids
    entry = next(c for c in listing["items"] if c["id"] == connection_id)
    assert entry["server"] is None and entry["is_valid"] is True
    assert entry["health_status"] == "healthy" and entry["consecutive_refresh_failures"] == 0
    gateway_fields = {"ownership": "individual", "revoked_at": None, "revoke_reason": None}
    assert {k: entry[k] for k in gateway_fields} == gateway_fields  # the gateway's own fields

    with_server = ok(gw.http.get("/connections", params={"include_server": "true"}))
    entry = next(c for c in with_server["items"] if c["id"] == connection_id)
    assert entry["server"] == {
        "id": CALENDAR_ID,
        "name": "calendar",
        "display_name": "Calendar",
        "logo_url": None,
    }
    assert entry["auto_refresh_enabled"] is False and entry["ownership"] == "individual"
    with_invalid = ok(gw.http.get("/connections", params={"include_invalid": "true"}))
    orphan = next(c for c in with_invalid["items"] if c["id"] == ORPHAN_CONNECTION_ID)
    assert orphan["is_valid"] is False and orphan["refresh_error"]
    assert ok(gw.http.get(f"/connections/{ORPHAN_CONNECTION_ID}"))["is_valid"] is False

    got = ok(gw.http.get(f"/connections/{connection_id}"))
    assert got["id"] == connection_id and got["last_refreshed_at"] is None
    assert got["created_at"] == created["created_at"]
    refreshed = ok(gw.http.post(f"/connections/{connection_id}/refresh"))
    assert refreshed["last_refreshed_at"] is not None
    assert refreshed["updated_at"] >= got["updated_at"]
    assert (
        ok(gw.http.get(f"/connections/{connection_id}"))["last_refreshed_at"]
        == (refreshed["last_refreshed_at"])
    )
    assert gw.http.post(f"/connections/{MISSING_ID}/refresh").status_code == 404
    assert gw.http.get(f"/connections/{MISSING_ID}").status_code == 404
    assert gw.http.get("/connections/not-a-uuid").status_code == 404
    assert gw.http.get("/connections", params={"include_server": "maybe"}).status_code == 422

    assert gw.http.delete(f"/connections/{connection_id}").status_code == 204
    assert gw.http.get(f"/connections/{connection_id}").status_code == 404
    assert gw.http.delete(f"/connections/{connection_id}").status_code == 404


def test_initiate_oauth(gw: Gw) -> None:
    app_id = str(uuid.uuid4())
    url = f"/servers/{WEATHER_ID}/oauth/authorize"
    first = ok(
        gw.http.post(
            url,
            json={
                "oauth_app_id": app_id,
                "redirect_uri": "http://localhost:9999/cb",
                "scopes": ["read", "write"],
                "connection_data": {"tenant": "t1"},
            },
        )
    )
    assert first["expires_in"] == 600 and len(first["state"]) >= 32
    parts = urlsplit(first["authorization_url"])
    assert (parts.scheme, parts.hostname) == ("https", "oauth.mcpgateway-local.invalid")
    query = parse_qs(parts.query)
    assert query["state"] == [first["state"]] and query["oauth_app_id"] == [app_id]
    assert query["server_id"] == [WEATHER_ID] and query["scope"] == ["read write"]
    assert query["redirect_uri"] == ["http://localhost:9999/cb"]
    second = ok(gw.http.post(url, json={"oauth_app_id": app_id}))
    assert second["state"] != first["state"]
    assert gw.http.post(url, json={}).status_code == 422
    secret_data = gw.http.post(
        url, json={"oauth_app_id": app_id, "connection_data": {"token": "t"}}
    )
    assert secret_data.status_code == 422
    missing = gw.http.post(f"/servers/{MISSING_ID}/oauth/authorize", json={"oauth_app_id": app_id})
    assert missing.status_code == 404
    wrong_connection = gw.http.post(url, json={"oauth_app_id": app_id, "connection_id": MISSING_ID})
    assert wrong_connection.status_code == 404


def test_gateway_log_has_no_errors(gw: Gw) -> None:
    """Every response above matched the spec (else the gateway logs an error and answers 500)."""
    assert_clean_log(gw.local)
