from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class LocalToolSyncResult(ResponseModel):
    """What a local tool sync changed."""

    if TYPE_CHECKING:
        tools_added: int
        """ Tools created. """
        tools_updated: int
        """ Tools changed. """
        tools_removed: int
        """ Tools deleted. """
        total_tools: int
        """ Tools after the sync. """

        def __init__(
            self,
            *,
            tools_added: int,
            tools_updated: int,
            tools_removed: int,
            total_tools: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> LocalToolSyncResult: ...

    else:
        tools_added = _Field("tools_added", None)
        tools_updated = _Field("tools_updated", None)
        tools_removed = _Field("tools_removed", None)
        total_tools = _Field("total_tools", None)
