from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.bundle_tool import BundleTool

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BundleTool
    from ..models.bundle_tool import BundleTool  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[BundleTool]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = BundleTool.from_dict(items_item_data)

        items.append(items_item)

    return items


class BundleToolList(ResponseModel):
    """One page of a bundle's tools."""

    if TYPE_CHECKING:
        items: list[BundleTool]
        total: int
        """ Number of matching tools. """
        page: int
        page_size: int
        has_next: bool
        """ Whether another page follows. """

        def __init__(
            self,
            *,
            items: list[BundleTool],
            total: int,
            page: int,
            page_size: int,
            has_next: bool,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleToolList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        page = _Field("page", None)
        page_size = _Field("page_size", None)
        has_next = _Field("has_next", None)
