"""handlers/sessions.py over real HTTP against a real gateway process, and its helpers in process.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, a bundle and sessions in clock-dependent states.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mcpgateway_local.handlers.sessions import (
    record_session_access,
    session_flags,
    session_scope,
)
from mcpgateway_local.settings import Settings
from mcpgateway_local.spec import load_spec
from mcpgateway_local.state import GatewayState
from mcpgateway_local.store import Store
from tests.conftest import GatewayFactory
from tests.support.seeded import (
    BUNDLE_ID,
    EXPIRED_SESSION_ID,
    IDLE_SESSION_ID,
    KEY,
    MISSING_ID,
    OTHER_SERVER_ID,
    SERVER_ID,
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


# --- sessions ------------------------------------------------------------------------------


def test_create_session_with_scoping(gw: Gw) -> None:
    before = datetime.now(UTC)
    response = gw.http.post(
        "/sessions",
        json={
            "allowed_tool_names": ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
            "denied_tool_names": ["HOTSPOT__internal_debug"],
        },
    )
    assert response.status_code == 201, response.text
    session = response.json()
    assert session["allowed_tool_names"] == ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"]
    assert session["denied_tool_names"] == ["HOTSPOT__internal_debug"]
    assert session["server_id"] is None and session["bundle_id"] is None
    assert (session["is_active"], session["is_expired"], session["is_idle"]) == (True, False, False)
    assert session["process_state"] == {} and session["external_sessions"] == {}
    created = parse(session["created_at"])
    assert before - timedelta(seconds=5) <= created <= datetime.now(UTC)
    assert parse(session["expires_at"]) - parse(session["last_accessed_at"]) == timedelta(hours=1)

    empty = gw.http.post("/sessions", json={})
    assert empty.status_code == 201
    assert empty.json()["allowed_tool_names"] is None
    on_server = gw.http.post("/sessions", json={"server_id": SERVER_ID.upper()}).json()
    assert on_server["server_id"] == SERVER_ID
    on_bundle = gw.http.post("/sessions", json={"bundle_id": BUNDLE_ID}).json()
    assert on_bundle["bundle_id"] == BUNDLE_ID


def test_create_session_errors(gw: Gw) -> None:
    both = gw.http.post("/sessions", json={"server_id": SERVER_ID, "bundle_id": BUNDLE_ID})
    assert both.status_code == 422
    assert "mutually exclusive" in both.json()["detail"][0]["msg"]
    missing_server = gw.http.post("/sessions", json={"server_id": MISSING_ID})
    assert missing_server.status_code == 404 and "Server" in missing_server.json()["detail"]
    missing_bundle = gw.http.post("/sessions", json={"bundle_id": MISSING_ID})
    assert missing_bundle.status_code == 404 and "Bundle" in missing_bundle.json()["detail"]
    assert gw.http.post("/sessions", json={"server_id": "not-a-uuid"}).status_code == 404
    malformed = gw.http.post(
        "/sessions",
        json={
            "allowed_tool_names": ["ok__tool", "no_separator", "*"],
            "denied_tool_names": ["__x"],
        },
    )
    assert malformed.status_code == 422
    locs = [item["loc"] for item in malformed.json()["detail"]]
    assert locs == [["body", "allowed_tool_names", 1], ["body", "denied_tool_names", 0]]
    assert gw.http.post("/sessions", json={"allowed_tool_names": "x"}).status_code == 422


def test_update_session_absent_vs_null(gw: Gw) -> None:
    session = gw.http.post(
        "/sessions",
        json={"allowed_tool_names": ["A__*"], "denied_tool_names": ["A__debug"]},
    ).json()
    url = f"/sessions/{session['id']}"
    only_deny = gw.http.patch(url, json={"denied_tool_names": ["A__debug", "A__reset"]}).json()
    assert only_deny["allowed_tool_names"] == ["A__*"]
    assert only_deny["denied_tool_names"] == ["A__debug", "A__reset"]
    nothing = gw.http.patch(url, json={}).json()
    assert nothing["allowed_tool_names"] == ["A__*"]
    assert nothing["denied_tool_names"] == ["A__debug", "A__reset"]
    cleared = gw.http.patch(url, json={"allowed_tool_names": None}).json()
    assert cleared["allowed_tool_names"] is None
    assert cleared["denied_tool_names"] == ["A__debug", "A__reset"]
    replaced = gw.http.patch(url, json={"allowed_tool_names": [], "denied_tool_names": None}).json()
    assert replaced["allowed_tool_names"] == [] and replaced["denied_tool_names"] is None
    assert gw.http.get(url).json()["allowed_tool_names"] == []
    bad = gw.http.patch(url, json={"allowed_tool_names": ["bad"]})
    assert bad.status_code == 422
    assert gw.http.get(url).json()["allowed_tool_names"] == []
    assert gw.http.patch(f"/sessions/{MISSING_ID}", json={}).status_code == 404


def test_touch_delete_and_list(gw: Gw) -> None:
    session = gw.http.post("/sessions", json={"server_id": OTHER_SERVER_ID}).json()
    url = f"/sessions/{session['id']}"
    time.sleep(0.05)
    touched = gw.http.post(f"{url}/touch")
    assert touched.status_code == 200
    assert parse(touched.json()["expires_at"]) > parse(session["expires_at"])
    assert parse(touched.json()["last_accessed_at"]) > parse(session["last_accessed_at"])
    assert gw.http.get(url).json()["expires_at"] == touched.json()["expires_at"]
    assert gw.http.post(f"/sessions/{MISSING_ID}/touch").status_code == 404

    listed = gw.http.get("/sessions", params={"server_id": OTHER_SERVER_ID}).json()
    assert [s["id"] for s in listed["items"]] == [session["id"]]
    assert listed["total"] == 1

    assert gw.http.delete(url).status_code == 204
    soft = gw.http.get(url).json()
    assert soft["is_active"] is False
    assert gw.http.get("/sessions", params={"server_id": OTHER_SERVER_ID}).json()["total"] == 0
    with_inactive = gw.http.get(
        "/sessions", params={"server_id": OTHER_SERVER_ID, "include_inactive": "true"}
    ).json()
    assert [s["id"] for s in with_inactive["items"]] == [session["id"]]
    assert gw.http.post(f"{url}/touch").status_code == 404
    assert gw.http.delete(url).status_code == 204  # soft delete again: no change

    assert gw.http.delete(url, params={"hard_delete": "true"}).status_code == 204
    assert gw.http.get(url).status_code == 404
    assert gw.http.delete(url).status_code == 404

    bundle_sessions = gw.http.get("/sessions", params={"bundle_id": BUNDLE_ID}).json()
    assert bundle_sessions["total"] >= 1
    assert all(s["bundle_id"] == BUNDLE_ID for s in bundle_sessions["items"])


def test_clock_dependent_flags(gw: Gw) -> None:
    idle = gw.http.get(f"/sessions/{IDLE_SESSION_ID}").json()
    assert (idle["is_active"], idle["is_expired"], idle["is_idle"]) == (True, False, True)
    expired = gw.http.get(f"/sessions/{EXPIRED_SESSION_ID}").json()
    assert (expired["is_active"], expired["is_expired"], expired["is_idle"]) == (True, True, False)
    active_ids = [s["id"] for s in gw.http.get("/sessions").json()["items"]]
    assert IDLE_SESSION_ID in active_ids and EXPIRED_SESSION_ID not in active_ids
    expired_touch = gw.http.post(f"/sessions/{EXPIRED_SESSION_ID}/touch")
    assert expired_touch.status_code == 404 and "expired" in expired_touch.json()["detail"]


def test_stats_and_cleanup(gw: Gw) -> None:
    stats = gw.http.get("/sessions/stats").json()
    assert stats["expired_not_cleaned"] == 1
    assert stats["idle_sessions"] >= 1
    assert stats["total_active"] >= stats["server_sessions"] + stats["bundle_sessions"]
    assert stats["server_sessions"] >= 1 and stats["bundle_sessions"] >= 1

    cleaned = gw.http.post("/sessions/cleanup")
    assert cleaned.status_code == 200 and cleaned.json() == {"cleaned_count": 1}
    assert gw.http.post("/sessions/cleanup").json() == {"cleaned_count": 0}
    assert gw.http.get(f"/sessions/{EXPIRED_SESSION_ID}").json()["is_active"] is False
    after = gw.http.get("/sessions/stats").json()
    assert after["expired_not_cleaned"] == 0
    assert after["total_active"] == stats["total_active"]

    key = gw.http.post("/users/me/api-keys", json={"name": "not-admin"}).json()["key"]
    with gw.as_key(key) as user:
        assert user.get("/sessions/stats").status_code == 403
        assert user.post("/sessions/cleanup").status_code == 403
        assert user.get("/sessions").status_code == 200


def test_session_helpers_for_other_modules(tmp_path: Path) -> None:
    """`record_session_access` / `session_scope`: what the MCP and tools modules call."""
    seed_sessions(tmp_path)
    store = Store.open(tmp_path)
    try:
        state = GatewayState(Settings(api_key=KEY), load_spec(None), store, tmp_path, "")
        assert record_session_access(state, EXPIRED_SESSION_ID) is None
        assert record_session_access(state, MISSING_ID) is None
        assert record_session_access(state, "not-a-uuid") is None
        doc = record_session_access(state, IDLE_SESSION_ID.upper())
        assert doc is not None
        assert session_flags(doc) == {"is_active": True, "is_expired": False, "is_idle": False}
        stored = store.get("session", IDLE_SESSION_ID)
        assert stored is not None and stored["expires_at"] == doc["expires_at"]
        scope = session_scope({"allowed_tool_names": ["A__*"], "denied_tool_names": ["A__x"]})
        assert scope.permits("a__y") and not scope.permits("A__x") and not scope.permits("B__y")
    finally:
        store.close()


def test_zz_no_server_errors(gw: Gw) -> None:
    """Nothing above made the gateway log a spec mismatch or an unhandled error."""
    assert_clean_log(gw.local)
