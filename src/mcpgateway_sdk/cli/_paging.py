"""Every item of a paged list method, page after page.

The one place the CLI pages: when the SDK's pages (`auto_paging_iter`) land, `all_servers` becomes
`gw.servers.list(...).auto_paging_iter()` and `each_item` can go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from .._sync.client import MCPGatewaySync

__all__ = ["PAGE_SIZE", "all_servers", "each_item"]

T = TypeVar("T")
PAGE_SIZE = 100


def each_item(fetch: Callable[[int, int], Sequence[T]], page_size: int = PAGE_SIZE) -> Iterator[T]:
    """Items of `fetch(page, page_size)` for page 1, 2, ... until a page comes back short."""
    page = 1
    while True:
        items = fetch(page, page_size)
        yield from items
        if len(items) < page_size:
            return
        page += 1


def all_servers(gw: MCPGatewaySync, **filters: Any) -> Iterator[Any]:
    """Every server matching `filters` (`search`, `status`, `type`), across pages."""
    return each_item(lambda page, size: gw.servers.list(page=page, page_size=size, **filters))
