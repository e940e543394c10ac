"""Connections: the listing's filters and pages, and `expiration_status` (no Starlette).

`expiration_status` follows the token's expiry: no expiry -> the stored value (`healthy`);
expired -> `expired`; a refresh token held and less than an hour left -> `auto_refresh_active`;
otherwise less than a day -> `critical`, less than a week -> `warning`, else `healthy`.
The list is newest first; `status` matches `expiration_status`, `q` the alias, the server's
name and the provider account (case-insensitive), the time bounds `created_at` (inclusive).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from .domain_errors import Invalid
from .records import parse_time
from .store import Document

__all__ = ["expiration_status", "page_of", "select"]

_HOUR = timedelta(hours=1)


def expiration_status(doc: Mapping[str, Any], now: datetime | None = None) -> str:
    """The connection's expiry state (see the module docstring)."""
    expires = parse_time(doc.get("expires_at"))
    if expires is None:
        return str(doc.get("expiration_status") or "healthy")
    left = expires - (now or datetime.now(UTC))
    if left <= timedelta(0):
        return "expired"
    if doc.get("_refresh_token") and left < _HOUR:
        return "auto_refresh_active"
    if left < timedelta(days=1):
        return "critical"
    if left < timedelta(days=7):
        return "warning"
    return "healthy"


def _bound(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    moment = parse_time(value)
    if moment is None:
        raise Invalid(["query", name], f"{name} must be an ISO 8601 date-time", "datetime_parsing")
    return moment


def select(
    docs: Sequence[Document],
    *,
    server_name: Callable[[Document], str],
    q: str | None,
    server_id: str | None,
    status: str | None,
    created_after: object,
    created_before: object,
) -> list[Document]:
    """The connections that pass every filter given, newest first."""
    after = _bound(created_after, "created_after")
    before = _bound(created_before, "created_before")
    needle = q.casefold() if q else None

    def keep(doc: Document) -> bool:
        created = parse_time(doc.get("created_at"))
        if server_id is not None and str(doc.get("server_id")) != server_id:
            return False
        if status is not None and expiration_status(doc) != status:
            return False
        if after is not None and (created is None or created < after):
            return False
        if before is not None and (created is None or created > before):
            return False
        if needle is not None:
            fields = (doc.get("alias"), server_name(doc), doc.get("provider_name"))
            text = " ".join(str(f) for f in (*fields, doc.get("provider_email")) if f)
            return needle in text.casefold()
        return True

    kept = [doc for doc in docs if keep(doc)]
    kept.sort(key=lambda d: str(d.get("created_at") or ""), reverse=True)
    return kept


def page_of(items: Sequence[Any], page: int, page_size: int) -> dict[str, Any]:
    """The `ConnectionList` envelope of one page."""
    start = (page - 1) * page_size
    return {
        "items": list(items[start : start + page_size]),
        "total": len(items),
        "page": page,
        "page_size": page_size,
    }
