from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.skill import Skill

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, Skill
    from ..models.skill import Skill  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[Skill]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = Skill.from_dict(items_item_data)

        items.append(items_item)

    return items


class SkillList(ResponseModel):
    """One page of skills."""

    if TYPE_CHECKING:
        items: list[Skill]
        total: int
        """ Number of skills matching the filters. """
        offset: int
        limit: int

        def __init__(
            self,
            *,
            items: list[Skill],
            total: int,
            offset: int,
            limit: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SkillList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
        offset = _Field("offset", None)
        limit = _Field("limit", None)
