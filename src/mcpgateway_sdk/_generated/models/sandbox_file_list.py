from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.sandbox_file import SandboxFile

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxFile
    from ..models.sandbox_file import SandboxFile  # noqa: PLC0415

    _lazy_imported = True


def _convert_items(data: Any) -> list[SandboxFile]:
    if not _lazy_imported:
        _import_lazy()
    items = []
    _items = data
    for items_item_data in _items:
        items_item = SandboxFile.from_dict(items_item_data)

        items.append(items_item)

    return items


class SandboxFileList(ResponseModel):
    """Entries of one directory inside a sandbox."""

    if TYPE_CHECKING:
        items: list[SandboxFile]
        path: str
        """ The directory that was listed. """

        def __init__(
            self,
            *,
            items: list[SandboxFile],
            path: str,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxFileList: ...

    else:
        items = _Field("items", _convert_items, nested=True)
        path = _Field("path", None)
