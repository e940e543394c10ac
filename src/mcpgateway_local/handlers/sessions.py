"""Sessions: create/list/get/update/delete/touch, cleanup and stats (kind `session`).

Stored `session` document = the `Session` wire schema at top level (other modules read it):
{id, server_id, bundle_id, process_state, external_sessions, last_accessed_at, expires_at,
is_active, is_expired, is_idle, created_at, allowed_tool_names, denied_tool_names}.

* `is_active` is the stored soft-delete flag (false after `DELETE` without `hard_delete`, or after
  cleanup of an expired session).
* `is_expired` (now >= `expires_at`) and `is_idle` (no access for `IDLE_AFTER`) depend on the
  clock: responses compute them; the stored values are only as fresh as the last write. Readers in
  other modules should call `session_flags(doc)` / `session_usable(doc)` instead of trusting them.
* A session lives `SESSION_TTL` after its creation or last touch (sliding window).
* Tool scoping lists hold qualified names (`server__tool`, `server__*`, `*`); `null` = no list.
  Malformed entries are refused with 422 (`scoping.invalid_scope_entries`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from ..errors import ValidationItem, validation_item
from ..kinds import SESSION
from ..records import canonical_uuid, fetch_or_404, new_id, public
from ..scoping import invalid_scope_entries
from ..session_rules import (
    IDLE_AFTER,
    SESSION_TTL,
    extend_session,
    record_session_access,
    save_session,
    session_flags,
    session_scope,
    session_usable,
)
from ..store import Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    HTTPProblem,
    RequestValidationError,
    forbidden,
    not_found,
    operation,
    unprocessable,
)

__all__ = [
    "IDLE_AFTER",
    "SESSION_TTL",
    "record_session_access",
    "session_flags",
    "session_scope",
    "session_usable",
]

SCOPE_KEYS = ("allowed_tool_names", "denied_tool_names")
ADMIN_ONLY = "Admin role required (use the gateway's bootstrap key)"


def _render(doc: Mapping[str, Any], now: datetime | None = None) -> Document:
    out = public(doc)
    out.update(session_flags(doc, now))
    out.setdefault("process_state", {})
    out.setdefault("external_sessions", {})
    for key in ("server_id", "bundle_id", *SCOPE_KEYS):
        out.setdefault(key, None)
    return out


def _save(gw: GatewayState, doc: Document) -> Document:
    """Refresh the stored flags, write the document, return its response form."""
    save_session(gw, doc)
    return _render(doc)


def _session_or_404(gw: GatewayState, session_id: str) -> Document:
    return fetch_or_404(gw.store, SESSION, session_id, "Session")


def _target(gw: GatewayState, kind: str, raw: Any, what: str) -> str | None:
    """The canonical id of the referenced server/bundle, 404 if it does not exist."""
    if raw is None:
        return None
    canonical = canonical_uuid(raw)
    if canonical is None or gw.store.get(kind, canonical) is None:
        raise not_found(what)
    return canonical


def _scope_errors(body: Mapping[str, Any], keys: tuple[str, ...]) -> list[ValidationItem]:
    errors: list[ValidationItem] = []
    for key in keys:
        entries = body.get(key)
        if entries is None:
            continue
        bad = set(invalid_scope_entries(entries))
        errors.extend(
            validation_item(
                ["body", key, index],
                f"Invalid tool scope entry {entry!r}: use a qualified tool name 'server__tool', "
                "'server__*' for every tool of a server, or '*'",
                "value_error",
            )
            for index, entry in enumerate(entries)
            if entry in bad
        )
    return errors


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _require_admin(req: ApiRequest) -> None:
    if not req.caller.is_admin:
        raise forbidden(ADMIN_ONLY)


@operation("create_session")
async def create_session(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body or {}
    if body.get("server_id") is not None and body.get("bundle_id") is not None:
        raise unprocessable(
            ["body", "bundle_id"],
            "server_id and bundle_id are mutually exclusive: give one of them, or neither",
        )
    errors = _scope_errors(body, SCOPE_KEYS)
    if errors:
        raise RequestValidationError(errors)
    server_id = _target(gw, "server", body.get("server_id"), "Server")
    bundle_id = _target(gw, "bundle", body.get("bundle_id"), "Bundle")
    now = datetime.now(UTC)
    allowed, denied = body.get("allowed_tool_names"), body.get("denied_tool_names")
    doc: Document = {
        "id": new_id(),
        "server_id": server_id,
        "bundle_id": bundle_id,
        "process_state": {},
        "external_sessions": {},
        "last_accessed_at": _iso(now),
        "expires_at": _iso(now + SESSION_TTL),
        "is_active": True,
        "is_expired": False,
        "is_idle": False,
        "created_at": _iso(now),
        "allowed_tool_names": None if allowed is None else list(allowed),
        "denied_tool_names": None if denied is None else list(denied),
    }
    gw.store.insert(SESSION, doc)
    return ApiResult.json(_render(doc, now), status=201)


@operation("list_sessions")
async def list_sessions(req: ApiRequest) -> ApiResult:
    server_raw, bundle_raw = req.query.get("server_id"), req.query.get("bundle_id")
    server_id = canonical_uuid(server_raw) or server_raw
    bundle_id = canonical_uuid(bundle_raw) or bundle_raw
    include_inactive = bool(req.query.get("include_inactive"))
    now = datetime.now(UTC)
    items: list[Document] = []
    for doc in req.gw.store.list(SESSION):
        if server_raw is not None and doc.get("server_id") != server_id:
            continue
        if bundle_raw is not None and doc.get("bundle_id") != bundle_id:
            continue
        if not include_inactive and not session_usable(doc, now):
            continue
        items.append(_render(doc, now))
    return ApiResult.json({"items": items, "total": len(items)})


@operation("get_session")
async def get_session(req: ApiRequest) -> ApiResult:
    return ApiResult.json(_render(_session_or_404(req.gw, req.path["session_id"])))


@operation("update_session")
async def update_session(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body if isinstance(req.body, dict) else {}
    present = tuple(key for key in SCOPE_KEYS if key in req.raw_body_keys)
    errors = _scope_errors(body, present)
    if errors:
        raise RequestValidationError(errors)
    with gw.store.transaction():
        doc = _session_or_404(gw, req.path["session_id"])
        for key in present:  # absent: unchanged; null: cleared; list: replaced
            value = body.get(key)
            doc[key] = None if value is None else list(value)
        return ApiResult.json(_save(gw, doc))


@operation("delete_session")
async def delete_session(req: ApiRequest) -> ApiResult:
    gw = req.gw
    with gw.store.transaction():
        doc = _session_or_404(gw, req.path["session_id"])
        if req.query.get("hard_delete"):
            gw.store.delete(SESSION, doc["id"])
        elif doc.get("is_active", True):
            doc["is_active"] = False
            _save(gw, doc)
    return ApiResult.no_content()


@operation("touch_session")
async def touch_session(req: ApiRequest) -> ApiResult:
    gw = req.gw
    with gw.store.transaction():
        doc = _session_or_404(gw, req.path["session_id"])
        flags = session_flags(doc)
        if not flags["is_active"]:
            raise HTTPProblem(404, "Session not found: it was deleted")
        if flags["is_expired"]:
            raise HTTPProblem(404, "Session not found: it has expired (create a new one)")
        extend_session(doc, datetime.now(UTC))
        return ApiResult.json(_save(gw, doc))


@operation("cleanup_sessions")
async def cleanup_sessions(req: ApiRequest) -> ApiResult:
    _require_admin(req)
    gw = req.gw
    now = datetime.now(UTC)
    cleaned = 0
    with gw.store.transaction():
        for doc in gw.store.list(SESSION):
            flags = session_flags(doc, now)
            if flags["is_active"] and flags["is_expired"]:
                doc["is_active"] = False
                _save(gw, doc)
                cleaned += 1
    return ApiResult.json({"cleaned_count": cleaned})


@operation("get_session_stats")
async def get_session_stats(req: ApiRequest) -> ApiResult:
    _require_admin(req)
    now = datetime.now(UTC)
    stats = dict.fromkeys(
        (
            "total_active",
            "server_sessions",
            "bundle_sessions",
            "expired_not_cleaned",
            "idle_sessions",
        ),
        0,
    )
    for doc in req.gw.store.list(SESSION):
        flags = session_flags(doc, now)
        if not flags["is_active"]:
            continue
        if flags["is_expired"]:
            stats["expired_not_cleaned"] += 1
            continue
        stats["total_active"] += 1
        stats["server_sessions"] += doc.get("server_id") is not None
        stats["bundle_sessions"] += doc.get("bundle_id") is not None
        stats["idle_sessions"] += flags["is_idle"]
    return ApiResult.json(stats)
