from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.catalog_server import CatalogServer

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, CatalogServer
    from ..models.catalog_server import CatalogServer  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[CatalogServer]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = CatalogServer.from_dict(items_item_data)

        items.append(items_item)

    return items


class CatalogServerList(ResponseModel):
    """One page of catalog search results."""

    if TYPE_CHECKING:
        items: list[CatalogServer]
        """ Matching entries. """
        total: int
        """ Number of matches. """
        next_cursor: None | str
        """ Cursor for the next page; null on the last page. """

        def __init__(
            self,
            *,
            items: list[CatalogServer],
            total: int,
            next_cursor: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> CatalogServerList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        next_cursor = _Field("next_cursor", None, None)
