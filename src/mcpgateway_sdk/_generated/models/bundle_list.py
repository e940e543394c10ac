from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.bundle import Bundle

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, Bundle
    from ..models.bundle import Bundle  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[Bundle]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = Bundle.from_dict(items_item_data)

        items.append(items_item)

    return items


class BundleList(ResponseModel):
    """One page of bundles."""

    if TYPE_CHECKING:
        items: list[Bundle]
        total: int
        """ Number of matching bundles. """
        page: int
        page_size: int

        def __init__(
            self,
            *,
            items: list[Bundle],
            total: int,
            page: int,
            page_size: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        page = _Field("page", None)
        page_size = _Field("page_size", None)
