from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.server_credential import ServerCredential

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ServerCredential
    from ..models.server_credential import ServerCredential  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[ServerCredential]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = ServerCredential.from_dict(items_item_data)

        items.append(items_item)

    return items


class ServerCredentialList(ResponseModel):
    """Credentials of a server."""

    if TYPE_CHECKING:
        items: list[ServerCredential]
        """ The credentials. """
        total: int | None
        """ Number of credentials; not every gateway sends it. """

        def __init__(
            self,
            *,
            items: list[ServerCredential],
            total: int | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerCredentialList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        total = _Field("total", None, None)
