from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.skill_catalog_entry import SkillCatalogEntry

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SkillCatalogEntry
    from ..models.skill_catalog_entry import SkillCatalogEntry  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[SkillCatalogEntry]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = SkillCatalogEntry.from_dict(items_item_data)

        items.append(items_item)

    return items


class SkillCatalogList(ResponseModel):
    """Skills offered by one catalog source."""

    if TYPE_CHECKING:
        items: list[SkillCatalogEntry]
        source: str
        """ The source that was listed. """
        total: int

        def __init__(
            self,
            *,
            items: list[SkillCatalogEntry],
            source: str,
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SkillCatalogList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        source = _Field("source", None)
        total = _Field("total", None)
