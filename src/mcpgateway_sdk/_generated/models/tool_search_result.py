from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_tool_id(data: Any) -> UUID:
    tool_id = UUID(data)

    return tool_id


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


class ToolSearchResult(ResponseModel):
    """One tool matched by a search, with its relevance score."""

    if TYPE_CHECKING:
        tool_id: UUID
        tool_name: str
        """ Tool name as exposed by its server. """
        server_id: UUID
        description: str
        server_name: str
        display_name: None | str
        """ Human-friendly tool name, if set. """
        score: float
        """ Relevance, from 0 (worst) to 1 (best). """
        input_schema: Any
        """ JSON Schema of the tool arguments. """
        use_when: None | str
        """ When to pick this tool. Sent by later gateways. """
        returns: None | str
        """ What the tool returns. Sent by later gateways. """
        usage_hints: None | str
        """ Extra advice on calling the tool. Sent by later gateways. """

        def __init__(
            self,
            *,
            tool_id: UUID,
            tool_name: str,
            server_id: UUID,
            description: str = "",
            server_name: str = "",
            display_name: None | str = None,
            score: float = 0.0,
            input_schema: Any = {},
            use_when: None | str = None,
            returns: None | str = None,
            usage_hints: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSearchResult: ...

    else:
        tool_id = _Field("tool_id", _convert_tool_id)
        tool_name = _Field("tool_name", None)
        server_id = _Field("server_id", _convert_server_id)
        description = _Field("description", None, "")
        server_name = _Field("server_name", None, "")
        display_name = _Field("display_name", None, None)
        score = _Field("score", None, 0.0)
        input_schema = _Field("input_schema", None, {})
        use_when = _Field("use_when", None, None)
        returns = _Field("returns", None, None)
        usage_hints = _Field("usage_hints", None, None)
