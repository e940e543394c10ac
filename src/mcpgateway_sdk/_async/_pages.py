"""`AsyncPage`: one page of a list endpoint, still a `list` of its items. Its sync twin `Page` is
generated from this file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

from .._paging import PageParts

__all__ = ["AsyncPage"]

T = TypeVar("T")


class AsyncPage(list[T]):
    """This page's items (index, slice and `len()` it like a list), plus paging.

    `total` is the number of matching items (`None` when the gateway does not say), `has_more`
    whether another page follows, `await next_page()` fetches it (`None` after the last page),
    and `async for item in page.auto_paging_iter()` walks every item of every page, fetching
    pages as it goes. The envelope's other fields (`status_counts`, `page`, `next_cursor` ...)
    are attributes too, and all of them are in `extra`.
    """

    total: int | None
    has_more: bool
    extra: dict[str, Any]

    def __init__(self, parts: PageParts[Any], fetch_next: Callable[[], Any]) -> None:
        super().__init__(parts.items)
        self.total = parts.total
        self.has_more = parts.has_more
        self.extra = parts.extra
        self._fetch_next = fetch_next

    async def next_page(self) -> AsyncPage[T] | None:
        """The following page, or `None` when this is the last one."""
        if not self.has_more:
            return None
        return cast("AsyncPage[T]", await self._fetch_next())

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this page and the pages after it, each fetched when reached."""
        page: AsyncPage[T] | None = self
        while page is not None:
            for index in range(len(page)):  # not `yield from`: the sync twin is generated
                yield page[index]
            page = await page.next_page()

    def __getattr__(self, name: str) -> Any:
        extra = self.__dict__.get("extra")
        if extra is not None and not name.startswith("_") and name in extra:
            return extra[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        items = super().__repr__()
        return f"{type(self).__name__}({items}, total={self.total!r}, has_more={self.has_more!r})"
