from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.server import Server
    from ..models.status_counts import StatusCounts

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, Server, StatusCounts
    from ..models.server import Server  # noqa: PLC0415
    from ..models.status_counts import StatusCounts  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[Server]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = Server.from_dict(items_item_data)

        items.append(items_item)

    return items


def _convert_status_counts(data: Any) -> StatusCounts:
    if not _lazy_imported:
        _import_lazy()
    status_counts = StatusCounts.from_dict(data)

    return status_counts


class ServerList(ResponseModel):
    """One page of servers."""

    if TYPE_CHECKING:
        items: list[Server]
        """ Servers on this page. """
        total: int
        """ Servers matching the filters. """
        page: int
        """ Page number, from 1. """
        page_size: int
        """ Page size. """
        status_counts: StatusCounts
        """ Number of servers in each status. """

        def __init__(
            self,
            *,
            items: list[Server],
            total: int,
            page: int,
            page_size: int,
            status_counts: StatusCounts,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        page = _Field("page", None)
        page_size = _Field("page_size", None)
        status_counts = _Field("status_counts", _convert_status_counts, nested=True)
