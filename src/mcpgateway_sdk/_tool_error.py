"""`ToolError`: a tool ran and reported a failure (raised by `ToolExecuteResult.raise_for_error`)."""

from __future__ import annotations

from typing import Any

from ._exceptions import GatewayError

__all__ = ["ToolError"]


class ToolError(GatewayError):
    """The tool itself failed: the gateway answered 200 with `error` set.

    `message` is the tool's error text, `tool_name` and `server_id` say which tool it was, and
    `result` is whatever the tool returned alongside (usually `None`).
    """

    def __init__(
        self,
        message: str = "the tool reported an error",
        *,
        tool_name: str | None = None,
        server_id: str | None = None,
        result: Any = None,
    ) -> None:
        super().__init__(200, message)
        self.tool_name = tool_name
        self.server_id = server_id
        self.result = result

    def __str__(self) -> str:
        where = f" (tool {self.tool_name})" if self.tool_name else ""
        return f"{self.message}{where}"

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"tool_name": self.tool_name, "server_id": self.server_id, "result": self.result}
        return (_rebuild, (type(self), self.message, state))


def _rebuild(cls: type[ToolError], message: str, state: dict[str, Any]) -> ToolError:
    return cls(message, **state)
