"""Wire rows of `gw.sessions`-side calls: sessions (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from tests.facade.wire.rows import (
    BUNDLE,
    NONE,
    SERVER,
    SESSION,
    V1,
    ListOf,
    Model,
    U,
    W,
)

# fmt: off
CASES: list[W] = [
    # --- sessions (8) ---------------------------------------------------------------------
    W("sessions.create", (), {}, "create_session",
      f"{V1}/sessions", {}, {}, Model("Session", "id"), label="no-args"),
    W("sessions.create", (), {"server_id": SERVER, "allowed_tool_names": ["HOTSPOT__*"],
                              "denied_tool_names": ["HOTSPOT__internal_debug"]},
      "create_session",
      f"{V1}/sessions", {},
      {"server_id": SERVER, "allowed_tool_names": ["HOTSPOT__*"],
       "denied_tool_names": ["HOTSPOT__internal_debug"]},
      Model("Session", "server_id"), label="server"),
    W("sessions.create", (), {"bundle_id": U(BUNDLE)}, "create_session",
      f"{V1}/sessions", {}, {"bundle_id": BUNDLE}, Model("Session", "bundle_id"),
      label="bundle"),
    W("sessions.list", (), {}, "list_sessions",
      f"{V1}/sessions", {}, None, ListOf("Session", "id")),
    W("sessions.list", (), {"server_id": U(SERVER), "include_inactive": True}, "list_sessions",
      f"{V1}/sessions", {"server_id": SERVER, "include_inactive": "true"}, None,
      ListOf("Session", "server_id"), label="server-inactive"),
    W("sessions.list", (), {"bundle_id": BUNDLE}, "list_sessions",
      f"{V1}/sessions", {"bundle_id": BUNDLE}, None, ListOf("Session", "bundle_id"),
      label="bundle"),
    W("sessions.get", (SESSION,), {}, "get_session",
      f"{V1}/sessions/{SESSION}", {}, None, Model("Session", "expires_at")),
    # update: argument left out -> key absent; None -> JSON null (clear); list -> replace.
    W("sessions.update", (SESSION,), {}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {}, Model("Session", "id"), label="absent"),
    W("sessions.update", (SESSION, None), {"denied_tool_names": None}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {"allowed_tool_names": None, "denied_tool_names": None},
      Model("Session", "id"), label="null"),
    W("sessions.update", (U(SESSION), ["a__x", "b__*"]), {}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {"allowed_tool_names": ["a__x", "b__*"]},
      Model("Session", "id"), label="list"),
    W("sessions.delete", (SESSION,), {}, "delete_session",
      f"{V1}/sessions/{SESSION}", {}, None, NONE),
    W("sessions.delete", (SESSION,), {"hard_delete": True}, "delete_session",
      f"{V1}/sessions/{SESSION}", {"hard_delete": "true"}, None, NONE, label="hard"),
    W("sessions.touch", (SESSION,), {}, "touch_session",
      f"{V1}/sessions/{SESSION}/touch", {}, None, Model("Session", "last_accessed_at")),
    W("sessions.cleanup", (), {}, "cleanup_sessions",
      f"{V1}/sessions/cleanup", {}, None, Model("SessionCleanupResult", "cleaned_count")),
    W("sessions.stats", (), {}, "get_session_stats",
      f"{V1}/sessions/stats", {}, None, Model("SessionStats", "total_active")),

]
# fmt: on
