from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ToolSyncResult(ResponseModel):
    """What a tool sync with the server changed."""

    if TYPE_CHECKING:
        added: list[str]
        """ Names of new tools. """
        removed: list[str]
        """ Names of tools that are gone. """
        modified: list[str]
        """ Names of changed tools. """
        total_tools: int
        """ Tools after the sync. """
        sync_hash: str
        """ Hash of the new tool list. """

        def __init__(
            self,
            *,
            added: list[str],
            removed: list[str],
            modified: list[str],
            total_tools: int,
            sync_hash: str,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSyncResult: ...

    else:
        added = _Field("added", None)
        removed = _Field("removed", None)
        modified = _Field("modified", None)
        total_tools = _Field("total_tools", None)
        sync_hash = _Field("sync_hash", None)
