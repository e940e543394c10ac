from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.o_auth_app import OAuthApp

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, OAuthApp
    from ..models.o_auth_app import OAuthApp  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[OAuthApp]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = OAuthApp.from_dict(items_item_data)

        items.append(items_item)

    return items


class OAuthAppListResponse(ResponseModel):
    """OAuth apps."""

    if TYPE_CHECKING:
        items: list[OAuthApp]
        total: int
        """ Number of apps. """

        def __init__(
            self,
            *,
            items: list[OAuthApp],
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthAppListResponse: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None)
