"""Run the same scenario against `MCPGateway` (async) and `MCPGatewaySync` (sync)."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

MODES = ("async", "sync")


class Twin:
    """One client of either kind; `call("tools.search", "q")` runs the method and returns its value.

    The async client lives on a private event loop (`asyncio.Runner`), so tests stay plain functions.
    """

    def __init__(self, mode: str, **kwargs: Any) -> None:
        self.mode = mode
        self._runner = asyncio.Runner() if mode == "async" else None
        if self._runner is not None:
            self.client: Any = self._runner.run(self._make_async(kwargs))
        else:
            self.client = MCPGatewaySync(**kwargs)

    @staticmethod
    async def _make_async(kwargs: dict[str, Any]) -> MCPGateway:
        return MCPGateway(**kwargs)

    def run(self, value: Any) -> Any:
        """Await `value` on the twin's loop when it is awaitable."""
        if inspect.isawaitable(value):
            assert self._runner is not None
            return self._runner.run(_await(value))
        return value

    def call(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        target: Any = self.client
        for part in dotted.split("."):
            target = getattr(target, part)
        return self.run(target(*args, **kwargs))

    def enter(self) -> Any:
        """Enter the client's context manager (runs the version check)."""
        if self.mode == "async":
            return self.run(self.client.__aenter__())
        return self.client.__enter__()

    def close(self) -> None:
        if self._runner is not None:
            self._runner.run(self.client.aclose())
            self._runner.close()
        else:
            self.client.close()


async def _await(value: Any) -> Any:
    return await value
