from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.generation_job import GenerationJob

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, GenerationJob
    from ..models.generation_job import GenerationJob  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[GenerationJob]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = GenerationJob.from_dict(items_item_data)

        items.append(items_item)

    return items


class GenerationJobPage(ResponseModel):
    """One page of generation jobs."""

    if TYPE_CHECKING:
        items: list[GenerationJob]
        """ Jobs on this page, newest first. """
        total: int
        """ Jobs matching the filter. """
        page: int
        """ Page number, from 1. """
        page_size: int
        """ Page size. """

        def __init__(
            self,
            *,
            items: list[GenerationJob],
            total: int,
            page: int,
            page_size: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> GenerationJobPage: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        page = _Field("page", None)
        page_size = _Field("page_size", None)
