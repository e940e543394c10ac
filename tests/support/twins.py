"""Run the same scenario against `MCPGateway` (async) and `MCPGatewaySync` (sync)."""

from __future__ import annotations

import asyncio
import inspect
import weakref
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
            # A test that never calls close() must not leave the loop's sockets to the garbage
            # collector: with warnings as errors, their ResourceWarning fails a later test.
            self._finalizer = weakref.finalize(self, _close_runner, self._runner)
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
            self._finalizer.detach()
        else:
            self.client.close()


def walk(twin: Twin, page: Any) -> list[Any]:
    """Every item `auto_paging_iter()` yields (`async for` on the async client)."""
    if twin.mode == "sync":
        return list(page.auto_paging_iter())

    async def collect() -> list[Any]:
        return [item async for item in page.auto_paging_iter()]

    return list(twin.run(collect()))


def _close_runner(runner: asyncio.Runner) -> None:
    """Close a forgotten twin's event loop; from inside another running loop, close just the
    loop (its sockets), since `Runner.close()` would have to run it."""
    if asyncio._get_running_loop() is None:
        runner.close()
        return
    loop = runner._loop  # type: ignore[attr-defined]  # no public accessor that does not create one
    if loop is not None and not loop.is_closed() and not loop.is_running():
        loop.close()


async def _await(value: Any) -> Any:
    return await value
