"""The :class:`~mcpgateway_local.server_runtime.ServerRuntime` of the process types.

``stdio`` (``config: {command, args, env, cwd}``), ``npx`` / ``uvx`` (``config: {package, args,
env}`` or an explicit ``command``) servers run as MCP children of the supervisor
(``mcp_supervisor.py``, which registers this runtime for them in its app hook).

Credentials whose names are environment variable names (``[A-Za-z_][A-Za-z0-9_]*``) are passed
to the child as environment variables (``prefix`` + value); ``config.env`` wins on a clash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .server_runtime import (
    ServerConfigError,
    ServerLaunch,
    ServerRuntime,
    ToolOutcome,
    ToolSpec,
)

if TYPE_CHECKING:
    from .mcp_supervisor import McpSupervisor

__all__ = ["PROCESS_TYPES", "ProcessRuntime", "launch_command"]

PROCESS_TYPES = ("stdio", "npx", "uvx")
"""The server types run as child processes."""
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def launch_command(launch: ServerLaunch) -> tuple[str, list[str], dict[str, str], str | None]:
    """Command, args, env and cwd of a process server (:class:`ServerConfigError` if unusable)."""
    config = launch.config
    command = config.get("command")
    raw_args = config.get("args") or []
    if not isinstance(raw_args, list):
        raise ServerConfigError("config.args must be a list of strings")
    args = [str(a) for a in raw_args]
    kind = launch.type
    if not command and kind in ("npx", "uvx"):
        package = config.get("package")
        if not isinstance(package, str) or not package:
            raise ServerConfigError(f"a {kind} server needs `config.package` or `config.command`")
        command = kind
        args = (["-y", package] if kind == "npx" else [package]) + args
    if not isinstance(command, str) or not command:
        raise ServerConfigError("a stdio server needs `config.command`")
    env = {c.name: c.prefix + c.value for c in launch.credentials if _ENV_NAME.match(c.name)}
    raw_env = config.get("env") or {}
    if isinstance(raw_env, dict):
        env.update({str(k): str(v) for k, v in raw_env.items()})
    cwd = config.get("cwd")
    return command, args, env, cwd if isinstance(cwd, str) and cwd else None


class ProcessRuntime(ServerRuntime):
    """Process servers through one :class:`~mcpgateway_local.mcp_supervisor.McpSupervisor`."""

    down_label = "Server process died"

    def __init__(self, supervisor: McpSupervisor) -> None:
        self.supervisor = supervisor

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        """Spawn the child, perform the MCP handshake and return its tools."""
        command, args, env, cwd = launch_command(launch)
        return await self.supervisor.start(
            launch.server_id, command, args, env, cwd, timeout=launch.start_timeout
        )

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        """List the child's tools again."""
        return await self.supervisor.list_tools(server_id, refresh=True)

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        """Call a tool of the child."""
        return await self.supervisor.call_tool(server_id, name, dict(arguments), timeout)

    async def stop(self, server_id: str) -> None:
        """Stop the child and reap its process group."""
        await self.supervisor.stop(server_id)

    def is_running(self, server_id: str) -> bool:
        """Whether the child is up."""
        return self.supervisor.is_running(server_id)

    async def ping(self, server_id: str, timeout: float) -> bool:
        """Whether the child answers a ping in time."""
        return await self.supervisor.ping(server_id, timeout)

    def restarting(self, server_id: str) -> bool:
        """Whether the supervisor is restarting the child after a crash."""
        info = self.supervisor.info(server_id)
        return info is not None and info.state == "restarting"

    def down_reason(self, server_id: str) -> str:
        """Why the child is not running (its exit, or that there is none)."""
        info = self.supervisor.info(server_id)
        if info is not None and info.reason:
            return info.reason
        return "the server process is not running"
