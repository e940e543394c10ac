from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.tool_selection_item import ToolSelectionItem

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ToolSelectionItem
    from ..models.tool_selection_item import ToolSelectionItem  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[ToolSelectionItem]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = ToolSelectionItem.from_dict(items_item_data)

        items.append(items_item)

    return items


class ToolSelection(ResponseModel):
    """Which tools of a server are exposed."""

    if TYPE_CHECKING:
        items: list[ToolSelectionItem]
        """ Every tool of the server. """

        def __init__(
            self,
            *,
            items: list[ToolSelectionItem],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSelection: ...

    else:
        items = _Field("items", _convert_items, nested=True)
