from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.tool_search_result import ToolSearchResult

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ToolSearchResult
    from ..models.tool_search_result import ToolSearchResult  # noqa: PLC0415

    _lazy_imported = True


def _convert_tools(data: Any) -> list[ToolSearchResult]:
    if not _lazy_imported:
        _import_lazy()
    tools = []
    _tools = data
    for tools_item_data in _tools:
        tools_item = ToolSearchResult.from_dict(tools_item_data)

        tools.append(tools_item)

    return tools


class ToolSearchResults(ResponseModel):
    """Result of a tool search, best match first."""

    if TYPE_CHECKING:
        tools: list[ToolSearchResult]
        total: int
        """ Number of tools returned. """

        def __init__(
            self,
            *,
            tools: list[ToolSearchResult],
            total: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSearchResults: ...

    else:
        tools = _Field("tools", _convert_tools, nested=True)
        total = _Field("total", None)
