from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.bundle_tool import BundleTool

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BundleTool
    from ..models.bundle_tool import BundleTool  # noqa: PLC0415

    _lazy_imported = True


def _convert_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    id = UUID(data)

    return id


def _convert_created_at(data: Any) -> datetime.datetime:
    if not _lazy_imported:
        _import_lazy()
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    if not _lazy_imported:
        _import_lazy()
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


def _convert_tools(data: Any) -> list[BundleTool]:
    if not _lazy_imported:
        _import_lazy()
    tools = []
    _tools = data
    for tools_item_data in _tools:
        tools_item = BundleTool.from_dict(tools_item_data)

        tools.append(tools_item)

    return tools


class BundleDetail(ResponseModel):
    """A bundle with its key and its tools."""

    if TYPE_CHECKING:
        id: UUID
        """ Bundle id. """
        name: str
        created_at: datetime.datetime
        updated_at: datetime.datetime
        bundle_key: str
        """ Key that gives access to the bundle's tools. """
        tools: list[BundleTool]
        """ The bundle's tools. """
        description: None | str
        agent_id: None | str
        """ External agent identifier (free string); at most one bundle per agent. """
        tool_count: int
        """ Number of tools in the bundle. """

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            bundle_key: str,
            tools: list[BundleTool],
            description: None | str = None,
            agent_id: None | str = None,
            tool_count: int = 0,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleDetail: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        bundle_key = _Field("bundle_key", None)
        tools = _Field("tools", _convert_tools, nested=True)
        description = _Field("description", None, None)
        agent_id = _Field("agent_id", None, None)
        tool_count = _Field("tool_count", None, 0)
