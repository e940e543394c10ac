"""API keys: create, list, get, rotate, revoke (the store's `api_keys` table).

Only the SHA-256 of a key is stored (`auth.hash_api_key`); the secret is shown once, in `key` of
the create and rotate responses. Keys work at once: `auth.authenticate` reads the table on every
request, so a revoked key gets 401 on its next request. Rotation sets the old key's `revoked_at`
to the end of the grace period (now when `grace_period_hours` is 0); until then it keeps working.
The bootstrap key is not in the table: it is neither listed nor revocable.

`ApiKeyRecord.data` holds the non-secret settings: description, environment, scopes,
rate_limit_rpm, updated_at (Unix seconds), created_by, and rotated_from / rotated_to links.

Policy (key_policy.py): scopes must be known scope names (422); a non-admin key may create only
keys whose scopes it covers (a scoped key cannot mint an unscoped one) and that expire no later
than itself (a key without `expires_at` inherits its creator's), else 403; it sees and manages
only itself (other keys: 403). The bootstrap key manages every key.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from ..auth import Caller, generate_api_key, hash_api_key, key_display_prefix
from ..key_policy import covers, unknown_scopes
from ..records import new_id
from ..store import ApiKeyRecord, Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    forbidden,
    not_found,
    operation,
    unprocessable,
)

API_KEY = "API key"
HOUR = 3600.0
OTHER_KEYS = "Only the admin (bootstrap) key can manage other API keys"


def _iso(timestamp: float | None) -> str | None:
    return None if timestamp is None else datetime.fromtimestamp(timestamp, UTC).isoformat()


def _render(record: ApiKeyRecord, now: float, secret: str | None = None) -> Document:
    data = record.data
    return {
        "id": record.id,
        "name": record.name,
        "description": data.get("description"),
        "key_prefix": record.prefix,
        "environment": data.get("environment", "live"),
        "scopes": data.get("scopes"),
        "rate_limit_rpm": data.get("rate_limit_rpm", 60),
        "is_active": record.usable(now),
        "created_at": _iso(record.created_at),
        "updated_at": _iso(data.get("updated_at", record.created_at)),
        "expires_at": _iso(record.expires_at),
        "last_used_at": _iso(data.get("last_used_at")),
        "last_used_ip": data.get("last_used_ip"),
        "key": secret,
    }


def _check_scopes(caller: Caller, scopes: list[str] | None) -> None:
    if scopes is not None:
        unknown = unknown_scopes(scopes)
        if unknown:
            raise unprocessable(
                ["body", "scopes"],
                f"Unknown scopes {unknown}: use '<area>:read', '<area>:write', '<area>:*', "
                "'tools:execute' or '*' (see the BearerAuth description in openapi.json)",
            )
    if not covers(caller.scopes, scopes):
        raise forbidden("A key can only create keys with the same or narrower scopes")


def _check_expiry(caller: Caller, expires_at: float | None) -> float | None:
    """The new key's expiry: not later than the creator's (inherited when not given)."""
    if caller.is_admin or caller.expires_at is None:
        return expires_at
    if expires_at is None:
        return caller.expires_at
    if expires_at > caller.expires_at:
        raise forbidden("A key can only create keys that expire no later than itself")
    return expires_at


def _manageable(req: ApiRequest, record: ApiKeyRecord) -> ApiKeyRecord:
    if not req.caller.is_admin and record.id != req.caller.key_id:
        raise forbidden(OTHER_KEYS)
    return record


def _record_or_404(gw: GatewayState, key_id: str) -> ApiKeyRecord:
    try:
        canonical = str(uuid.UUID(key_id))
    except ValueError:
        raise not_found(API_KEY) from None
    record = gw.store.get_api_key(canonical)
    if record is None:
        raise not_found(API_KEY)
    return record


def _expiry(body: dict[str, Any], now: float) -> float | None:
    days, at = body.get("expires_in_days"), body.get("expires_at")
    if days is not None and at is not None:
        raise unprocessable(
            ["body", "expires_at"], "Give expires_in_days or expires_at, not both", "value_error"
        )
    if days is not None:
        return now + int(days) * 24 * HOUR
    if at is None:
        return None
    moment = datetime.fromisoformat(at)  # format checked by the dispatcher
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # naive times are UTC
    expires = moment.timestamp()
    if expires <= now:
        raise unprocessable(["body", "expires_at"], "expires_at must be in the future")
    return expires


def _issue(
    gw: GatewayState, name: str, data: dict[str, Any], expires_at: float | None, now: float
) -> tuple[ApiKeyRecord, str]:
    secret = generate_api_key()
    record = ApiKeyRecord(
        id=new_id(),
        name=name,
        key_hash=hash_api_key(secret),
        prefix=key_display_prefix(secret),
        data={**data, "updated_at": now},
        created_at=now,
        expires_at=expires_at,
    )
    gw.store.insert_api_key(record)
    return record, secret


@operation("create_api_key")
async def create_api_key(req: ApiRequest) -> ApiResult:
    body: dict[str, Any] = req.body
    now = time.time()
    _check_scopes(req.caller, body.get("scopes"))
    expires_at = _check_expiry(req.caller, _expiry(body, now))
    data = {
        "description": body.get("description"),
        "environment": body.get("environment") or "live",
        "scopes": body.get("scopes"),
        "rate_limit_rpm": body.get("rate_limit_rpm", 60),
        "created_by": req.caller.key_id,
    }
    record, secret = _issue(req.gw, body["name"], data, expires_at, now)
    return ApiResult.json(_render(record, now, secret), status=201)


@operation("list_api_keys")
async def list_api_keys(req: ApiRequest) -> ApiResult:
    now = time.time()
    include_revoked = bool(req.query.get("include_revoked"))
    items = [
        _render(record, now)
        for record in req.gw.store.list_api_keys()
        if (include_revoked or record.usable(now))
        and (req.caller.is_admin or record.id == req.caller.key_id)
    ]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("get_api_key")
async def get_api_key(req: ApiRequest) -> ApiResult:
    record = _manageable(req, _record_or_404(req.gw, req.path["key_id"]))
    return ApiResult.json(_render(record, time.time()))


@operation("rotate_api_key")
async def rotate_api_key(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body if isinstance(req.body, dict) else {}
    grace_hours = int(body.get("grace_period_hours", 24))
    now = time.time()
    with gw.store.transaction():
        old = _manageable(req, _record_or_404(gw, req.path["key_id"]))
        if not old.usable(now):
            raise unprocessable(
                ["path", "key_id"], "This API key is revoked or expired; create a new key instead"
            )
        data = {k: v for k, v in old.data.items() if k not in ("rotated_to", "updated_at")}
        data["rotated_from"] = old.id
        new, secret = _issue(gw, old.name, data, old.expires_at, now)
        ends = now + grace_hours * HOUR
        if old.revoked_at is not None:
            ends = min(ends, old.revoked_at)  # a key already in a grace period keeps its end
        gw.store.save_api_key(
            replace(
                old, data={**old.data, "rotated_to": new.id, "updated_at": now}, revoked_at=ends
            )
        )
    revoked_now = ends <= now
    return ApiResult.json(
        {
            "new_key": _render(new, now, secret),
            "old_key_revoked": revoked_now,
            "grace_period_ends_at": None if revoked_now else _iso(ends),
        }
    )


@operation("revoke_api_key")
async def revoke_api_key(req: ApiRequest) -> ApiResult:
    gw = req.gw
    now = time.time()
    with gw.store.transaction():
        record = _manageable(req, _record_or_404(gw, req.path["key_id"]))
        if record.revoked_at is None or record.revoked_at > now:
            gw.store.save_api_key(
                replace(record, data={**record.data, "updated_at": now}, revoked_at=now)
            )
    return ApiResult.no_content()
