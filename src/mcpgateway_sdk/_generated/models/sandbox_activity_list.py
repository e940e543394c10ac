from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.sandbox_activity import SandboxActivity

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxActivity
    from ..models.sandbox_activity import SandboxActivity  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[SandboxActivity]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = SandboxActivity.from_dict(items_item_data)

        items.append(items_item)

    return items


class SandboxActivityList(ResponseModel):
    """Events of one sandbox, oldest first (the newest is last)."""

    if TYPE_CHECKING:
        items: list[SandboxActivity]
        total: int
        """ Number of events. """

        def __init__(
            self,
            *,
            items: list[SandboxActivity],
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxActivityList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
