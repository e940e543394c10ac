from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_unknown_tool_ids(data: Any) -> list[UUID]:
    unknown_tool_ids = []
    _unknown_tool_ids = data
    for unknown_tool_ids_item_data in _unknown_tool_ids:
        unknown_tool_ids_item = UUID(unknown_tool_ids_item_data)

        unknown_tool_ids.append(unknown_tool_ids_item)

    return unknown_tool_ids


class BundleToolState(ResponseModel):
    """A bundle's tool state after a declarative replace: counts relative to the scope (the whole bundle, or one server's
    tools in it).

    """

    if TYPE_CHECKING:
        total: int
        """ Tools in scope. """
        enabled_count: int
        """ Tools in scope enabled in this bundle. """
        disabled_count: int
        """ Tools in scope disabled in this bundle. """
        unknown_tool_ids: list[UUID]
        """ Requested ids that are not tools in scope; not counted. """

        def __init__(
            self,
            *,
            total: int,
            enabled_count: int,
            disabled_count: int,
            unknown_tool_ids: list[UUID] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleToolState: ...

    else:
        total = _Field("total", None)
        enabled_count = _Field("enabled_count", None)
        disabled_count = _Field("disabled_count", None)
        unknown_tool_ids = _Field("unknown_tool_ids", _convert_unknown_tool_ids, [])
