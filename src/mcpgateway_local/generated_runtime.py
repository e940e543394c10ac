"""The `ServerRuntime` of `generated` servers: tools that are HTTP calls to an API.

Nothing runs in the background: a generated server is up while its status is `running` (it is
created running; `stop` / `start` toggle it), its tools come from its stored API description,
and a call is one HTTP request (`generated_servers.call_generated_tool`). An HTTP error from the
API is a tool error result; an API that does not answer in time is a `ToolCallTimeout`. A
generated server that was running when the gateway stopped is running again after a restart
(`_keep_running` on its document, set by start and cleared by stop).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import httpx

from .domain_errors import NotFound
from .generated_servers import GENERATED_TYPE, call_generated_tool, generated_tool_specs
from .kinds import SERVER
from .server_runtime import (
    ServerConfigError,
    ServerDown,
    ServerLaunch,
    ServerRuntime,
    ToolCallTimeout,
    ToolOutcome,
    ToolSpec,
)
from .state import GatewayState
from .store import Store
from .toolbox import Toolbox

__all__ = ["GeneratedRuntime", "resume_after_restart", "runtime"]


class GeneratedRuntime(ServerRuntime):
    """Runs the tools of `generated` servers (one instance per gateway)."""

    down_label = "API server stopped"

    def __init__(self, store: Store) -> None:
        self.store = store

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        """The server's tools (from its API description)."""
        try:
            specs = generated_tool_specs(self.store, launch.server_id)
        except NotFound:
            raise ServerConfigError("the server has no stored API description") from None
        self._keep_running(launch.server_id, True)
        return specs

    def _keep_running(self, server_id: str, keep: bool) -> None:
        server = self.store.get(SERVER, server_id)
        if server is not None and server.get("_keep_running") != keep:
            server["_keep_running"] = keep
            self.store.update(SERVER, server_id, server)

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        """The tools again (the description does not change once stored)."""
        if not self.is_running(server_id):
            raise ServerDown("the server is stopped")
        return generated_tool_specs(self.store, server_id)

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        """One HTTP call to the API; an error status is a tool error."""
        if not self.is_running(server_id):
            raise ServerDown("the server is stopped")
        try:
            answer = await call_generated_tool(self.store, server_id, name, arguments, timeout)
        except httpx.TimeoutException:
            raise ToolCallTimeout(f"the API did not answer within {timeout:g}s") from None
        except NotFound as exc:
            raise ServerDown(exc.message) from None
        if answer.error is not None:
            return ToolOutcome(None, is_error=True, error=answer.error)
        return ToolOutcome(answer.result)

    async def stop(self, server_id: str) -> None:
        """Nothing runs: the status says the server is stopped (and stays so after a restart)."""
        self._keep_running(server_id, False)

    def is_running(self, server_id: str) -> bool:
        """Whether the server's status is `running`."""
        server = self.store.get(SERVER, server_id)
        return server is not None and server.get("status") == "running"

    def down_reason(self, server_id: str) -> str:
        """Why the server is not running."""
        return "the server is stopped (start it to call the API again)"


def resume_after_restart(box: Toolbox) -> None:
    """Mark running again the generated servers the restart stopped (the toolbox's load stops
    every server with a runtime; a generated server has nothing to start)."""
    for server in box.store.list(
        SERVER, lambda d: d.get("type") == GENERATED_TYPE and d.get("_keep_running") is True
    ):
        if server.get("status") != "running":
            server["status"] = "running"
            box.save_server(server)


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[GeneratedRuntime]:
    """App hook: register the runtime of `generated` servers."""
    generated = GeneratedRuntime(gw.store)
    gw.runtimes.register(GENERATED_TYPE, generated)
    resume_after_restart(Toolbox.of(gw))
    try:
        yield generated
    finally:
        gw.runtimes.unregister(GENERATED_TYPE, generated)
