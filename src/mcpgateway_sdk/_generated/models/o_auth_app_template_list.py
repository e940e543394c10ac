from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.o_auth_app_template import OAuthAppTemplate

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, OAuthAppTemplate
    from ..models.o_auth_app_template import OAuthAppTemplate  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[OAuthAppTemplate]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = OAuthAppTemplate.from_dict(items_item_data)

        items.append(items_item)

    return items


class OAuthAppTemplateList(ResponseModel):
    """OAuth provider templates."""

    if TYPE_CHECKING:
        items: list[OAuthAppTemplate]
        total: int
        """ Number of templates. """

        def __init__(
            self,
            *,
            items: list[OAuthAppTemplate],
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthAppTemplateList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
