from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.connection import Connection

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, Connection
    from ..models.connection import Connection  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[Connection]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = Connection.from_dict(items_item_data)

        items.append(items_item)

    return items


class ConnectionList(ResponseModel):
    """The caller's connections."""

    if TYPE_CHECKING:
        items: list[Connection]
        total: int
        """ Number of matching connections (all pages). """
        page: int
        """ This page's number. """
        page_size: int
        """ Connections per page. """

        def __init__(
            self,
            *,
            items: list[Connection],
            total: int,
            page: int = 1,
            page_size: int = 20,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectionList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        page = _Field("page", None, 1)
        page_size = _Field("page_size", None, 20)
