"""One supervised stdio MCP server: its handle and what the supervisor does with its client.

:class:`Handle` is the supervisor's record of one server (command, child process, live client,
state); :func:`list_all_tools`, :func:`outcome` and :func:`describe` list a server's tools,
convert a tool result and describe a failure. Used by :mod:`mcpgateway_local.mcp_supervisor`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT, CallToolResult, TextContent

from .mcp_child import Child
from .server_runtime import (
    ServerDown,
    ServerRuntimeError,
    ServerStartError,
    ToolCallTimeout,
    ToolOutcome,
    ToolSpec,
)
from .tool_hints import hints_from_meta

__all__ = [
    "ChildInfo",
    "Handle",
    "McpCallTimeout",
    "McpServerDown",
    "McpStartError",
    "McpSupervisorError",
    "ServerState",
    "alive",
    "describe",
    "list_all_tools",
    "outcome",
    "pid",
    "start_error",
    "translate",
]

ServerState = Literal[
    "starting", "running", "stopping", "stopped", "crashed", "restarting", "failed"
]
"""A supervised server's state."""

MAX_TOOL_PAGES = 100
"""At most this many `tools/list` pages are followed."""


class McpSupervisorError(ServerRuntimeError):
    """Base class for supervisor errors."""


class McpStartError(McpSupervisorError, ServerStartError):
    """The server could not be spawned, initialized or listed within the start timeout."""


class McpServerDown(McpSupervisorError, ServerDown):
    """The server is not running (never started, stopped, or its process died)."""


class McpCallTimeout(McpSupervisorError, ToolCallTimeout):
    """A tool call did not answer within its timeout (the request was cancelled)."""


@dataclass(frozen=True, slots=True)
class ChildInfo:
    """Diagnostics for one supervised server."""

    server_id: str
    state: ServerState
    pid: int | None
    returncode: int | None
    protocol_version: str | None
    started_at: float | None
    reason: str | None
    stderr_tail: tuple[str, ...]


@dataclass(eq=False)
class Handle:
    """One supervised server and the task that owns it."""

    server_id: str
    command: str
    args: list[str]
    env: dict[str, str]
    cwd: str | None
    child: Child = field(default_factory=Child)
    state: ServerState = "starting"
    reason: str | None = None
    client: Client | None = None
    tools: list[ToolSpec] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    scope: anyio.CancelScope = field(default_factory=anyio.CancelScope)
    finish: anyio.Event = field(default_factory=anyio.Event)
    done: anyio.Event = field(default_factory=anyio.Event)
    started_at: float | None = None
    timeout: float | None = None
    restarts: int = 0

    @property
    def running(self) -> bool:
        """Whether the server is up and its child is alive."""
        return (
            self.state == "running" and self.client is not None and self.child.down_reason is None
        )


async def list_all_tools(client: Client) -> list[ToolSpec]:
    """List every tool, following pagination."""
    tools: list[ToolSpec] = []
    cursor: str | None = None
    for _ in range(MAX_TOOL_PAGES):
        page = await client.list_tools(cursor=cursor, cache_mode="bypass")
        tools.extend(
            ToolSpec(
                name=tool.name,
                description=tool.description or "",
                input_schema=dict(tool.input_schema),
                hints=hints_from_meta(tool.meta),
            )
            for tool in page.tools
        )
        cursor = page.next_cursor
        if cursor is None:
            break
    return tools


def outcome(result: CallToolResult) -> ToolOutcome:
    """Convert an MCP tool result to a :class:`ToolOutcome`."""
    items: list[Any] = [
        block.text
        if isinstance(block, TextContent)
        else block.model_dump(mode="json", by_alias=True, exclude_none=True)
        for block in result.content
    ]
    if result.is_error:
        texts = [item for item in items if isinstance(item, str)]
        return ToolOutcome(result=None, is_error=True, error="\n".join(texts) or "Tool call failed")
    if result.structured_content is not None:
        return ToolOutcome(result=result.structured_content)
    if not items:
        return ToolOutcome(result=None)
    return ToolOutcome(result=items[0] if len(items) == 1 else items)


def pid(handle: Handle) -> int | None:
    process = handle.child.process
    return process.pid if process is not None else None


def alive(handle: Handle) -> bool:
    process = handle.child.process
    return process is not None and process.returncode is None


def describe(exc: BaseException) -> str:
    """A one-line description of ``exc`` (first leaf of an exception group)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, MCPError):
        if exc.code == CONNECTION_CLOSED:
            return "the process closed the connection during the MCP handshake"
        return f"MCP error {exc.code}: {exc.message}"
    if isinstance(exc, FileNotFoundError):
        return f"command not found: {exc.filename or exc}"
    if isinstance(exc, anyio.get_cancelled_exc_class()):
        return "start was cancelled"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def start_error(handle: Handle, what: str, *, killed: bool = False) -> McpStartError:
    """Build a readable start error for ``handle`` (``killed``: we ended the process)."""
    handle.state = "failed"
    cmd = " ".join([handle.command, *handle.args])
    spawned = handle.child.process is not None
    details = handle.child.describe_exit(with_exit=not killed) if spawned else ""
    handle.reason = f"{what}; {details}" if details else what
    return McpStartError(
        f"MCP server {handle.server_id!r} ({cmd}) failed to start: {handle.reason}"
    )


def translate(
    handle: Handle, exc: BaseException, timeout: float | None = None
) -> McpSupervisorError:
    """Map a transport-level failure to a supervisor error."""
    if isinstance(exc, MCPError) and exc.code == REQUEST_TIMEOUT and handle.running:
        return McpCallTimeout(f"MCP server {handle.server_id!r} did not answer within {timeout:g}s")
    return McpServerDown(
        f"MCP server {handle.server_id!r} went down: {handle.child.describe_exit()}"
    )
