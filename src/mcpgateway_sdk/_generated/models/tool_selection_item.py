from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_tool_id(data: Any) -> UUID:
    tool_id = UUID(data)

    return tool_id


class ToolSelectionItem(ResponseModel):
    """Whether one tool is exposed."""

    if TYPE_CHECKING:
        tool_id: UUID
        """ Tool id. """
        tool_name: str
        """ Tool name without the `<server>__` prefix. """
        description: None | str
        """ Tool description. """
        enabled: bool
        """ Whether the tool is exposed. """

        def __init__(
            self,
            *,
            tool_id: UUID,
            tool_name: str,
            description: None | str,
            enabled: bool,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSelectionItem: ...

    else:
        tool_id = _Field("tool_id", _convert_tool_id)
        tool_name = _Field("tool_name", None)
        description = _Field("description", None)
        enabled = _Field("enabled", None)
