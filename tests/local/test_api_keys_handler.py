"""handlers/api_keys.py over real HTTP against a real gateway process.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, a bundle and sessions in clock-dependent states.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import GatewayFactory
from tests.support.seeded import (
    KEY,
    MISSING_ID,
    Gw,
    assert_clean_log,
    open_seeded,
    parse,
    seed_sessions,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gw(gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    with open_seeded(gateway_factory, tmp_path_factory, seed_sessions) as seeded:
        yield seeded


# --- API keys ------------------------------------------------------------------------------


def test_create_and_use_api_key(gw: Gw) -> None:
    before = datetime.now(UTC)
    response = gw.http.post(
        "/users/me/api-keys",
        json={
            "name": "ci-pipeline",
            "description": "CI",
            "scopes": ["tools:read", "api-keys:read"],
            "expires_in_days": 90,
            "environment": "test",
            "rate_limit_rpm": 120,
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    secret = created["key"]
    assert secret.startswith("mgw_local_") and created["key_prefix"] == secret[:14]
    assert (created["environment"], created["scopes"], created["rate_limit_rpm"]) == (
        "test",
        ["tools:read", "api-keys:read"],
        120,
    )
    assert created["is_active"] is True and created["description"] == "CI"
    expires = parse(created["expires_at"]) - before
    assert timedelta(days=90) - timedelta(seconds=5) < expires < timedelta(days=90, seconds=5)

    with gw.as_key(secret) as client:
        mine = client.get(f"/users/me/api-keys/{created['id']}")
        assert mine.status_code == 200
        assert mine.json()["key"] is None
        assert mine.json()["key_prefix"] == created["key_prefix"]
    listed = gw.http.get("/users/me/api-keys").json()
    assert created["id"] in [k["id"] for k in listed["items"]]
    assert all(k["key"] is None for k in listed["items"])
    assert listed["total"] == len(listed["items"])
    assert not any(KEY.startswith(k["key_prefix"]) for k in listed["items"])  # bootstrap hidden

    at = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    fixed = gw.http.post(
        "/users/me/api-keys",
        json={"name": "fixed", "expires_at": at.replace(tzinfo=None).isoformat()},
    ).json()
    assert parse(fixed["expires_at"]) == at
    never = gw.http.post("/users/me/api-keys", json={"name": "forever"}).json()
    assert never["expires_at"] is None and never["environment"] == "live"


def test_create_api_key_errors(gw: Gw) -> None:
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    both = gw.http.post(
        "/users/me/api-keys", json={"name": "x", "expires_in_days": 1, "expires_at": future}
    )
    assert both.status_code == 422
    assert (
        gw.http.post("/users/me/api-keys", json={"name": "x", "expires_at": past}).status_code
        == 422
    )
    assert gw.http.post("/users/me/api-keys", json={"name": ""}).status_code == 422
    assert (
        gw.http.post("/users/me/api-keys", json={"name": "x", "environment": "prod"}).status_code
        == 422
    )
    assert gw.http.get(f"/users/me/api-keys/{MISSING_ID}").status_code == 404
    assert gw.http.get("/users/me/api-keys/not-a-uuid").status_code == 404
    assert gw.http.delete(f"/users/me/api-keys/{MISSING_ID}").status_code == 404
    assert gw.http.post(f"/users/me/api-keys/{MISSING_ID}/rotate", json={}).status_code == 404


def test_rotate_without_grace_revokes_at_once(gw: Gw) -> None:
    old = gw.http.post(
        "/users/me/api-keys", json={"name": "rotate-now", "scopes": ["api-keys:read"]}
    ).json()
    response = gw.http.post(
        f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 0}
    )
    assert response.status_code == 200, response.text
    rotation = response.json()
    assert rotation["old_key_revoked"] is True
    assert rotation["grace_period_ends_at"] is None
    new = rotation["new_key"]
    assert new["id"] != old["id"] and new["key"] != old["key"]
    assert (new["name"], new["scopes"]) == ("rotate-now", ["api-keys:read"])
    with gw.as_key(old["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 401
    with gw.as_key(new["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    ids = [k["id"] for k in gw.http.get("/users/me/api-keys").json()["items"]]
    assert old["id"] not in ids and new["id"] in ids
    everything = gw.http.get("/users/me/api-keys", params={"include_revoked": "true"}).json()
    old_view = next(k for k in everything["items"] if k["id"] == old["id"])
    assert old_view["is_active"] is False
    assert gw.http.get(f"/users/me/api-keys/{old['id']}").json()["is_active"] is False
    again = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 0})
    assert again.status_code == 422


def test_rotate_with_grace_period(gw: Gw) -> None:
    old = gw.http.post("/users/me/api-keys", json={"name": "rotate-later"}).json()
    before = datetime.now(UTC)
    rotation = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={}).json()  # 24 h
    assert rotation["old_key_revoked"] is False
    ends = parse(rotation["grace_period_ends_at"]) - before
    assert timedelta(hours=24) - timedelta(seconds=5) < ends < timedelta(hours=24, seconds=5)
    with gw.as_key(old["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    with gw.as_key(rotation["new_key"]["key"]) as client:
        assert client.get("/users/me/api-keys").status_code == 200
    assert gw.http.get(f"/users/me/api-keys/{old['id']}").json()["is_active"] is True
    bad = gw.http.post(f"/users/me/api-keys/{old['id']}/rotate", json={"grace_period_hours": 500})
    assert bad.status_code == 422


def test_revoke(gw: Gw) -> None:
    created = gw.http.post("/users/me/api-keys", json={"name": "revoke-me"}).json()
    with gw.as_key(created["key"]) as client:
        assert client.get("/sessions").status_code == 200
        assert client.delete(f"/users/me/api-keys/{created['id']}").status_code == 204
        rejected = client.get("/sessions")
        assert rejected.status_code == 401
        assert rejected.headers["www-authenticate"] == "Bearer"
    assert gw.http.delete(f"/users/me/api-keys/{created['id']}").status_code == 204
    assert gw.http.get(f"/users/me/api-keys/{created['id']}").json()["is_active"] is False
    rotate = gw.http.post(f"/users/me/api-keys/{created['id']}/rotate", json={})
    assert rotate.status_code == 422


def test_zz_no_server_errors(gw: Gw) -> None:
    """Nothing above made the gateway log a spec mismatch or an unhandled error."""
    assert_clean_log(gw.local)
