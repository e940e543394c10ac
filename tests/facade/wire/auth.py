"""Wire rows of `gw.auth`-side calls: auth (API keys) (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.facade.wire.rows import (
    KEY,
    NONE,
    V1,
    ListOf,
    Model,
    U,
    W,
)

# fmt: off
CASES: list[W] = [
    # --- auth (5) -------------------------------------------------------------------------
    W("auth.create_api_key", ("ci",), {}, "create_api_key",
      f"{V1}/users/me/api-keys", {}, {"name": "ci", "environment": "live", "rate_limit_rpm": 60},
      Model("ApiKeyCreated", "key")),
    W("auth.create_api_key", ("ci",), {"description": "CI key", "scopes": ["tools:read"],
                                       "expires_at": datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC),
                                       "expires_in_days": 30, "environment": "test",
                                       "rate_limit_rpm": 10},
      "create_api_key",
      f"{V1}/users/me/api-keys", {},
      {"name": "ci", "description": "CI key", "scopes": ["tools:read"],
       "expires_at": "2027-01-02T03:04:05+00:00", "expires_in_days": 30,
       "environment": "test", "rate_limit_rpm": 10},
      Model("ApiKeyCreated", "environment"), label="all-args"),
    W("auth.create_api_key", ("ci",), {"expires_at": datetime(2027, 1, 2)}, "create_api_key",
      f"{V1}/users/me/api-keys", {},
      {"name": "ci", "environment": "live", "rate_limit_rpm": 60,
       "expires_at": "2027-01-02T00:00:00"},
      Model("ApiKeyCreated", "expires_at"), label="naive-expiry"),
    W("auth.list_api_keys", (), {}, "list_api_keys",
      f"{V1}/users/me/api-keys", {}, None, ListOf("ApiKey", "key_prefix")),
    W("auth.list_api_keys", (), {"include_revoked": True}, "list_api_keys",
      f"{V1}/users/me/api-keys", {"include_revoked": "true"}, None, ListOf("ApiKey", "id"),
      label="revoked"),
    W("auth.get_api_key", (U(KEY),), {}, "get_api_key",
      f"{V1}/users/me/api-keys/{KEY}", {}, None, Model("ApiKey", "rate_limit_rpm")),
    W("auth.rotate_api_key", (KEY,), {}, "rotate_api_key",
      f"{V1}/users/me/api-keys/{KEY}/rotate", {}, {"grace_period_hours": 24},
      Model("ApiKeyRotation", "old_key_revoked")),
    W("auth.rotate_api_key", (KEY, 0), {}, "rotate_api_key",
      f"{V1}/users/me/api-keys/{KEY}/rotate", {}, {"grace_period_hours": 0},
      Model("ApiKeyRotation", "new_key"), label="no-grace"),
    W("auth.revoke_api_key", (KEY,), {}, "revoke_api_key",
      f"{V1}/users/me/api-keys/{KEY}", {}, None, NONE),

]
# fmt: on
