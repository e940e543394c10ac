from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.composite_static_config_version import CompositeStaticConfigVersion
from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.composite_static_entry import CompositeStaticEntry

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, CompositeStaticEntry
    from ..models.composite_static_entry import CompositeStaticEntry  # noqa: PLC0415

    _lazy_imported = True


def _convert_entries(data: Any) -> list[CompositeStaticEntry]:
    if not _lazy_imported:
        _import_lazy()
    entries = []
    _entries = data
    for entries_item_data in _entries:
        entries_item = CompositeStaticEntry.from_dict(entries_item_data)

        entries.append(entries_item)

    return entries


def _convert_version(data: Any) -> CompositeStaticConfigVersion:
    if not _lazy_imported:
        _import_lazy()
    version = CompositeStaticConfigVersion(data)

    return version


class CompositeStaticConfig(ResponseModel):
    """Several static credentials sent together."""

    if TYPE_CHECKING:
        entries: list[CompositeStaticEntry]
        """ The credentials. """
        version: CompositeStaticConfigVersion
        """ Format version. """

        def __init__(
            self,
            *,
            entries: list[CompositeStaticEntry],
            version: CompositeStaticConfigVersion = 1,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> CompositeStaticConfig: ...

    else:
        entries = _Field("entries", _convert_entries, nested=True)
        version = _Field("version", _convert_version, 1)
