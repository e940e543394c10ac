from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


class ToolExecuteResult(ResponseModel):
    """Outcome of a tool call. A failure inside the tool is reported in `error` with status 200."""

    if TYPE_CHECKING:
        server_id: UUID
        """ Server that ran the tool. """
        tool_name: str
        result: Any
        """ What the tool returned: any JSON value, null on failure. """
        duration_ms: int
        """ Wall time of the call in milliseconds. """
        error: None | str
        """ Error message when the tool failed. """

        def __init__(
            self,
            *,
            server_id: UUID,
            tool_name: str,
            result: Any = None,
            duration_ms: int = 0,
            error: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolExecuteResult: ...

    else:
        server_id = _Field("server_id", _convert_server_id)
        tool_name = _Field("tool_name", None)
        result = _Field("result", None, None)
        duration_ms = _Field("duration_ms", None, 0)
        error = _Field("error", None, None)
