"""Reading one page of a list endpoint: its items, total, whether more follow, and the other
envelope fields. Pure functions shared by the async and sync page classes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._helpers import FromDict, parse_list

__all__ = ["PageParts", "cursor_page", "numbered_page", "offset_page"]

M = TypeVar("M", bound=FromDict)


@dataclass(frozen=True, slots=True)
class PageParts(Generic[M]):
    """What a page holds besides the call that fetches the next one."""

    items: list[M]
    total: int | None
    has_more: bool
    extra: dict[str, Any] = field(default_factory=dict)
    next_cursor: str | None = None


def _envelope(data: Any) -> tuple[int | None, dict[str, Any]]:
    if not isinstance(data, Mapping):
        return None, {}
    extra = {key: value for key, value in data.items() if key != "items"}
    total = extra.get("total")
    return (total if isinstance(total, int) and not isinstance(total, bool) else None), extra


def numbered_page(data: Any, model: type[M], page: int, page_size: int) -> PageParts[M]:
    """A `page`/`page_size` page; more follow when the gateway says so (`has_next`), else when
    `total` says so, else when this page is full (a gateway that does not say)."""
    items = parse_list(data, model)
    total, extra = _envelope(data)
    has_next = extra.get("has_next")
    if isinstance(has_next, bool):
        more = has_next
    elif total is not None:
        more = page * page_size < total
    else:
        more = len(items) >= page_size
    return PageParts(items, total, more and bool(items), extra)


def offset_page(data: Any, model: type[M], offset: int, limit: int) -> PageParts[M]:
    """An `offset`/`limit` page; more follow while `offset + len(items) < total`."""
    items = parse_list(data, model)
    total, extra = _envelope(data)
    more = offset + len(items) < total if total is not None else len(items) >= limit
    return PageParts(items, total, more and bool(items), extra)


def cursor_page(data: Any, model: type[M]) -> PageParts[M]:
    """A cursor page; more follow while the gateway returns a `next_cursor`."""
    items = parse_list(data, model)
    total, extra = _envelope(data)
    cursor = extra.get("next_cursor")
    cursor = cursor if isinstance(cursor, str) and cursor else None
    return PageParts(items, total, cursor is not None and bool(items), extra, cursor)
