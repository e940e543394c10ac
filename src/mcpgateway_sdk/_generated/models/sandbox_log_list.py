from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.sandbox_log import SandboxLog

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxLog
    from ..models.sandbox_log import SandboxLog  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[SandboxLog]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = SandboxLog.from_dict(items_item_data)

        items.append(items_item)

    return items


class SandboxLogList(ResponseModel):
    """One page of a sandbox's call log."""

    if TYPE_CHECKING:
        items: list[SandboxLog]
        total: int
        """ Number of matching entries. """
        limit: int
        offset: int

        def __init__(
            self,
            *,
            items: list[SandboxLog],
            total: int,
            limit: int,
            offset: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxLogList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        limit = _Field("limit", None)
        offset = _Field("offset", None)
