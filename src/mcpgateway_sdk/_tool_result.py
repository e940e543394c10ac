"""The result of `tools.execute`: the generated model plus `raise_for_error()`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from ._generated.models import ToolExecuteResult as _GeneratedToolExecuteResult
from ._tool_error import ToolError

__all__ = ["ToolExecuteResult"]


class ToolExecuteResult(_GeneratedToolExecuteResult):
    """Outcome of a tool call. A failure inside the tool is not an exception: it is in `error`
    (the gateway answers 200); `raise_for_error()` turns it into a `ToolError`."""

    __slots__ = ()

    if TYPE_CHECKING:

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def raise_for_error(self) -> Self:
        """Raise `ToolError` when the tool reported an error; otherwise return this result."""
        error = self.error
        if isinstance(error, str) and error:
            raise ToolError(
                error,
                tool_name=self.tool_name,
                server_id=str(self.server_id),
                result=self.result,
            )
        return self
