"""Session rules shared by REST and MCP: flags, validity, scope, sliding expiry (no Starlette).

`handlers/sessions.py` serves the REST API on top of these; the toolbox and the MCP endpoint use
`session_usable` / `record_session_access`. Only this module and that handler write `session`
documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .kinds import SESSION
from .records import canonical_uuid, parse_time
from .scoping import ToolScope
from .state import GatewayState
from .store import Document

__all__ = [
    "IDLE_AFTER",
    "SESSION_TTL",
    "extend_session",
    "record_session_access",
    "save_session",
    "session_flags",
    "session_scope",
    "session_usable",
]

SESSION_TTL = timedelta(hours=1)
"""How long a session lives after its creation or last touch."""
IDLE_AFTER = timedelta(minutes=30)
"""A session not accessed for this long counts as idle."""


def session_flags(doc: Mapping[str, Any], now: datetime | None = None) -> dict[str, bool]:
    """`is_active`, `is_expired`, `is_idle` of a stored session, computed for `now`."""
    now = now or datetime.now(UTC)
    active = bool(doc.get("is_active", True))
    expires = parse_time(doc.get("expires_at"))
    accessed = parse_time(doc.get("last_accessed_at"))
    expired = expires is not None and now >= expires
    idle = active and not expired and accessed is not None and now - accessed >= IDLE_AFTER
    return {"is_active": active, "is_expired": expired, "is_idle": idle}


def session_usable(doc: Mapping[str, Any], now: datetime | None = None) -> bool:
    """Active (not deleted) and not expired."""
    flags = session_flags(doc, now)
    return flags["is_active"] and not flags["is_expired"]


def session_scope(doc: Mapping[str, Any]) -> ToolScope:
    """The tool scope (allow/deny lists) of a stored session."""
    return ToolScope(doc.get("allowed_tool_names"), doc.get("denied_tool_names"))


def record_session_access(gw: GatewayState, session_id: str) -> Document | None:
    """Mark a usable session as used now (sliding expiry), for modules that serve sessions.

    Returns the updated stored document, or None when the session is unknown, deleted or
    expired. Other modules must not write `session` documents themselves; call this instead.
    """
    canonical = canonical_uuid(session_id)
    if canonical is None:
        return None
    with gw.store.transaction():
        doc = gw.store.get(SESSION, canonical)
        if doc is None or not session_usable(doc):
            return None
        extend_session(doc, datetime.now(UTC))
        save_session(gw, doc)
    return doc


def extend_session(doc: Document, now: datetime) -> None:
    doc["last_accessed_at"] = _iso(now)
    doc["expires_at"] = _iso(now + SESSION_TTL)


def save_session(gw: GatewayState, doc: Document) -> None:
    """Refresh the stored flags and write the document."""
    doc.update(session_flags(doc))
    gw.store.update(SESSION, doc["id"], doc)


def _iso(moment: datetime) -> str:
    return moment.isoformat()
