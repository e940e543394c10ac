from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.bundle_connection import BundleConnection

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BundleConnection
    from ..models.bundle_connection import BundleConnection  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[BundleConnection]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = BundleConnection.from_dict(items_item_data)

        items.append(items_item)

    return items


class BundleConnectionList(ResponseModel):
    """Connections assigned to a bundle."""

    if TYPE_CHECKING:
        items: list[BundleConnection]
        total: int
        """ Number of assignments. """

        def __init__(
            self,
            *,
            items: list[BundleConnection],
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleConnectionList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
