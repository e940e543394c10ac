"""Shared models: `PaginatedResponse` (a page of items, as the published SDKs exported it)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self

__all__ = ["PaginatedResponse"]

_FIELDS = ("items", "total", "offset", "limit")


class PaginatedResponse:
    """One page of a list: `items`, `total` (all items), `offset` (default 0), `limit` (100).

    Like every model it has `to_dict()` / `from_dict()` and is a read-only mapping over its JSON
    field names (`page["total"]`, `dict(page)`; its `items` is the field, not `Mapping.items`).
    No SDK method returns it; it is here for code written against the published SDKs.
    """

    __slots__ = _FIELDS

    def __init__(self, items: list[Any], total: int, offset: int = 0, limit: int = 100) -> None:
        self.items = list(items)
        self.total = total
        self.offset = offset
        self.limit = limit

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a page from its JSON form (`items` and `total` are required)."""
        return cls(
            items=list(src_dict["items"]),
            total=int(src_dict["total"]),
            offset=int(src_dict.get("offset", 0)),
            limit=int(src_dict.get("limit", 100)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The page as its JSON form."""
        return {name: getattr(self, name) for name in _FIELDS}

    def __getitem__(self, key: str) -> Any:
        if key not in _FIELDS:
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        """The value of field `key`, or `default`."""
        return getattr(self, key) if key in _FIELDS else default

    def keys(self) -> list[str]:
        """The JSON field names."""
        return list(_FIELDS)

    def values(self) -> list[Any]:
        """The field values, in `keys()` order."""
        return [getattr(self, name) for name in _FIELDS]

    def __contains__(self, key: object) -> bool:
        return key in _FIELDS

    def __iter__(self) -> Iterator[str]:
        return iter(_FIELDS)

    def __len__(self) -> int:
        return len(_FIELDS)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PaginatedResponse):
            return self.to_dict() == other.to_dict()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like the other models

    def __repr__(self) -> str:
        return (
            f"PaginatedResponse(items=<{len(self.items)} items>, total={self.total!r}, "
            f"offset={self.offset!r}, limit={self.limit!r})"
        )
