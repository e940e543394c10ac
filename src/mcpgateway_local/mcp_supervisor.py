"""Supervisor for stdio MCP servers run as child processes.

:class:`McpSupervisor` keeps one live MCP client per running server. Each child is owned by one
long-lived asyncio task that spawns the process (in its own process group), performs the MCP
handshake, lists the tools and then waits until the server is stopped or the child dies, so every
async context is entered and exited in the same task. Callers in any task of the same event loop
can call tools concurrently through the live session.

Children get a minimal environment (see :func:`child_environment`). Stopping closes the child's
stdin, waits briefly, then terminates (and finally kills) its whole process group, so no
grandchild outlives :meth:`McpSupervisor.aclose`.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc
import mcp_types
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from .mcp_child import SHUTDOWN_LIMIT, child_environment, stdio_transport
from .mcp_session import (
    ChildInfo,
    Handle,
    McpCallTimeout,
    McpServerDown,
    McpStartError,
    McpSupervisorError,
    ServerState,
    alive,
    describe,
    list_all_tools,
    outcome,
    start_error,
    translate,
)
from .mcp_session import pid as child_pid
from .process_runtime import PROCESS_TYPES, ProcessRuntime
from .server_runtime import RuntimeEvent, StateListener, ToolOutcome, ToolSpec

if TYPE_CHECKING:
    from .state import GatewayState

__all__ = [
    "ChildInfo",
    "McpCallTimeout",
    "McpServerDown",
    "McpStartError",
    "McpSupervisor",
    "McpSupervisorError",
    "ServerState",
    "ToolOutcome",
    "ToolSpec",
    "child_environment",
    "runtime",
]

logger = logging.getLogger(__name__)

RESTART_DELAYS = (0.5, 2.0, 5.0)
"""Back-off before each automatic restart of a crashed server; then it stays ``failed``."""
STABLE_AFTER = 60.0
"""A server that ran this long before crashing starts a fresh series of restart attempts."""


class McpSupervisor:
    """Runs stdio MCP servers as children and talks to them over live sessions.

    Use one instance per event loop; call :meth:`aclose` (or use ``async with``) on shutdown.
    ``mode`` is the ``mcp.Client`` protocol mode for children. The default ``"legacy"`` (the
    ``initialize`` handshake, protocol 2025-11-25) is what every stdio server in the wild
    speaks; ``"auto"`` first probes ``server/discover``, which some older servers never answer
    before ``initialize`` (the start would then run into its timeout).
    """

    def __init__(
        self,
        *,
        start_timeout: float = 30.0,
        mode: str = "legacy",
        client_name: str = "mcpgateway-local",
        restart_delays: Sequence[float] = (),
        stable_after: float = STABLE_AFTER,
    ) -> None:
        self._start_timeout = start_timeout
        self._restart_delays = tuple(restart_delays)
        self._stable_after = stable_after
        self._restart_tasks: dict[str, asyncio.Task[None]] = {}
        self.listeners: list[StateListener] = []
        """Told about automatic restarts (see :data:`StateListener`)."""
        self._mode = mode
        self._client_info = mcp_types.Implementation(name=client_name, version="1.0")
        self._handles: dict[str, Handle] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._closed = False

    async def __aenter__(self) -> McpSupervisor:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(
        self,
        server_id: str,
        command: str,
        args: list[str],
        env: dict[str, str] | None,
        cwd: str | None = None,
        *,
        timeout: float | None = None,
    ) -> list[ToolSpec]:
        """Spawn the server, perform the MCP handshake and return its tools.

        A server already running under ``server_id`` is stopped first (restart). Raises
        :class:`McpStartError` with a readable message (including the child's stderr tail) when
        the process cannot be spawned, exits, or does not finish within ``timeout`` (default:
        the supervisor's ``start_timeout``). With ``restart_delays``, a server that crashes
        later is restarted after each delay in turn, then left ``failed`` with the reason.
        """
        self._cancel_restart(server_id)
        return await self._start(server_id, command, args, env, cwd, timeout=timeout)

    async def _start(
        self,
        server_id: str,
        command: str,
        args: list[str],
        env: dict[str, str] | None,
        cwd: str | None = None,
        *,
        timeout: float | None = None,
        restarts: int = 0,
        raw_env: bool = False,
    ) -> list[ToolSpec]:
        if self._closed:
            raise McpStartError("the supervisor is closed")
        async with self._lock(server_id):
            await self._stop_locked(server_id)
            handle = Handle(
                server_id=server_id,
                command=command,
                args=list(args),
                env=dict(env or {}) if raw_env else child_environment(command, env),
                cwd=cwd,
                timeout=timeout,
                restarts=restarts,
            )
            handle.child.on_down.append(handle.finish)
            self._handles[server_id] = handle
            loop = asyncio.get_running_loop()
            ready: asyncio.Future[list[ToolSpec]] = loop.create_future()
            limit = self._start_timeout if timeout is None else timeout
            handle.task = loop.create_task(
                self._own(handle, ready, limit), name=f"mcp-server:{server_id}"
            )
            try:
                return await ready
            except asyncio.CancelledError:
                handle.state = "stopping"
                handle.scope.cancel()
                await self._stop_locked(server_id)
                raise

    async def stop(self, server_id: str) -> None:
        """Stop the server and reap its process group; a no-op for unknown ids.

        A server still starting is aborted (its ``start`` raises :class:`McpStartError`).
        """
        self._cancel_restart(server_id)
        handle = self._handles.get(server_id)
        if handle is not None and handle.state == "starting":
            handle.state = "stopping"
            handle.scope.cancel()
        async with self._lock(server_id):
            await self._stop_locked(server_id)

    async def aclose(self) -> None:
        """Stop every server; afterwards no child process of this supervisor is alive."""
        self._closed = True
        for server_id in list(self._restart_tasks):
            self._cancel_restart(server_id)
        await asyncio.gather(*(self.stop(server_id) for server_id in list(self._handles)))

    async def _stop_locked(self, server_id: str) -> None:
        handle = self._handles.pop(server_id, None)
        if handle is None:
            return
        if handle.state in ("starting", "running"):
            handle.state = "stopping"
        handle.finish.set()
        grace = SHUTDOWN_LIMIT + 2.0
        with anyio.move_on_after(grace, shield=True):
            await handle.done.wait()
        if not handle.done.is_set():
            # The owner is stuck; cancel it and make sure the group is dead regardless.
            handle.scope.cancel()
            with anyio.move_on_after(2.0, shield=True):
                await handle.done.wait()
            handle.child.kill_group()
        if handle.state == "stopping":
            handle.state = "stopped"

    def _lock(self, server_id: str) -> asyncio.Lock:
        return self._locks.setdefault(server_id, asyncio.Lock())

    async def _own(
        self, handle: Handle, ready: asyncio.Future[list[ToolSpec]], limit: float
    ) -> None:
        """Owner task: enter the client, publish the tools, wait for stop or death, exit."""
        started = time.monotonic()
        scope = handle.scope
        scope.deadline = anyio.current_time() + limit
        try:
            with scope:
                transport = stdio_transport(
                    handle.command, handle.args, handle.env, handle.cwd, handle.child
                )
                client = Client(
                    transport,
                    mode=self._mode,
                    cache=None,
                    read_timeout_seconds=limit,
                    client_info=self._client_info,
                )
                async with client:
                    tools = await list_all_tools(client)
                    scope.deadline = math.inf
                    handle.client = client
                    handle.tools = tools
                    handle.started_at = time.time()
                    if handle.state == "starting":
                        handle.state = "running"
                    if not ready.done():
                        ready.set_result(tools)
                    logger.info(
                        "MCP server %r started in %.2fs (pid %s, %d tools, protocol %s)",
                        handle.server_id,
                        time.monotonic() - started,
                        child_pid(handle),
                        len(tools),
                        client.protocol_version,
                    )
                    await handle.finish.wait()
                    handle.client = None
            if scope.cancelled_caught and not ready.done():
                what = (
                    "it was stopped while starting"
                    if handle.state == "stopping"
                    else f"did not start within {limit:g}s"
                )
                ready.set_exception(start_error(handle, what, killed=True))
        except BaseException as exc:
            if not ready.done():
                ready.set_exception(start_error(handle, describe(exc)))
            elif isinstance(exc, Exception):
                logger.warning(
                    "MCP server %r session ended with an error: %s",
                    handle.server_id,
                    describe(exc),
                )
            if not isinstance(exc, Exception):
                raise
        finally:
            handle.client = None
            if alive(handle):
                # Only reachable when the transport's own shutdown was interrupted.
                handle.child.kill_group()
            if handle.state == "starting":
                handle.state = "failed"
            elif handle.state == "running":
                handle.state = "crashed"
            if handle.state == "crashed":
                handle.reason = handle.child.describe_exit()
                logger.warning("MCP server %r went down: %s", handle.server_id, handle.reason)
                self._after_crash(handle)
            handle.done.set()

    # -- supervision ---------------------------------------------------------------------------

    def _after_crash(self, handle: Handle) -> None:
        """Schedule the next restart of a crashed (or failed-to-restart) server, or give up."""
        if (
            self._closed
            or not self._restart_delays
            or self._handles.get(handle.server_id) is not handle
        ):
            return
        ran = time.time() - handle.started_at if handle.started_at is not None else 0.0
        attempt = 1 if ran >= self._stable_after else handle.restarts + 1
        total = len(self._restart_delays)
        cause = handle.reason or handle.child.describe_exit()
        if attempt > total:
            handle.state = "failed"
            handle.reason = f"crashed again after {total} automatic restarts; giving up: {cause}"
            logger.error("MCP server %r: %s", handle.server_id, handle.reason)
            self._notify(handle.server_id, "failed", handle.reason, [])
            return
        handle.state = "restarting"
        handle.reason = f"{cause}; restarting (attempt {attempt} of {total})"
        delay = self._restart_delays[attempt - 1]
        task = asyncio.get_running_loop().create_task(
            self._restart(handle, attempt, delay), name=f"mcp-restart:{handle.server_id}"
        )
        self._restart_tasks[handle.server_id] = task
        self._notify(handle.server_id, "restarting", handle.reason, [])

    async def _restart(self, crashed: Handle, attempt: int, delay: float) -> None:
        server_id = crashed.server_id
        try:
            await asyncio.sleep(delay)
            if self._closed or self._handles.get(server_id) is not crashed:
                return
            del self._restart_tasks[server_id]  # from here on, stop() waits on the lock
            try:
                tools = await self._start(
                    server_id,
                    crashed.command,
                    crashed.args,
                    crashed.env,
                    crashed.cwd,
                    timeout=crashed.timeout,
                    restarts=attempt,
                    raw_env=True,
                )
            except McpStartError:
                failed = self._handles.get(server_id)
                if failed is not None:
                    self._after_crash(failed)
                return
            logger.warning("MCP server %r restarted (attempt %d)", server_id, attempt)
            total = len(self._restart_delays)
            cause = f"automatic restart {attempt} of {total} after: {crashed.child.describe_exit()}"
            self._notify(server_id, "running", cause, tools)
        finally:
            if self._restart_tasks.get(server_id) is asyncio.current_task():
                del self._restart_tasks[server_id]

    def _cancel_restart(self, server_id: str) -> None:
        task = self._restart_tasks.pop(server_id, None)
        if task is not None:
            task.cancel()

    def _notify(
        self, server_id: str, state: RuntimeEvent, reason: str | None, tools: list[ToolSpec]
    ) -> None:
        for listener in list(self.listeners):
            try:
                listener(server_id, state, reason, tools)
            except Exception:
                logger.exception("MCP supervisor listener failed for %r", server_id)

    # -- queries -------------------------------------------------------------------------------

    def is_running(self, server_id: str) -> bool:
        """Whether ``server_id`` is up with a live child process."""
        handle = self._handles.get(server_id)
        return handle is not None and handle.running

    def info(self, server_id: str) -> ChildInfo | None:
        """Diagnostics for ``server_id`` (state, pid, exit code, stderr tail), or ``None``."""
        handle = self._handles.get(server_id)
        if handle is None:
            return None
        process = handle.child.process
        state: ServerState = handle.state
        if state == "running" and handle.child.down_reason is not None:
            state = "crashed"
        client = handle.client
        return ChildInfo(
            server_id=server_id,
            state=state,
            pid=process.pid if process is not None else None,
            returncode=process.returncode if process is not None else None,
            protocol_version=client.protocol_version if client is not None else None,
            started_at=handle.started_at,
            reason=handle.reason or handle.child.down_reason,
            stderr_tail=tuple(handle.child.stderr_tail),
        )

    def pid(self, server_id: str) -> int | None:
        """The child's process id, or ``None``."""
        handle = self._handles.get(server_id)
        return child_pid(handle) if handle is not None else None

    def server_ids(self) -> list[str]:
        """Ids of all servers known to the supervisor (running or crashed)."""
        return list(self._handles)

    async def list_tools(self, server_id: str, *, refresh: bool = False) -> list[ToolSpec]:
        """The server's tools (as listed at start, or freshly listed when ``refresh``)."""
        handle, client = self._live(server_id)
        if refresh:
            try:
                handle.tools = await list_all_tools(client)
            except MCPError as exc:
                raise translate(handle, exc) from exc
        return list(handle.tools)

    async def call_tool(
        self,
        server_id: str,
        name: str,
        arguments: Mapping[str, Any] | None,
        timeout: float,
    ) -> ToolOutcome:
        """Call tool ``name``; tool failures come back as ``ToolOutcome(is_error=True)``.

        Raises :class:`McpServerDown` when the server is not running or dies during the call and
        :class:`McpCallTimeout` when no answer arrives within ``timeout`` seconds.
        """
        handle, client = self._live(server_id)
        try:
            result = await client.call_tool(
                name, dict(arguments or {}), read_timeout_seconds=timeout
            )
        except MCPError as exc:
            if exc.code in (CONNECTION_CLOSED, REQUEST_TIMEOUT) or not handle.running:
                raise translate(handle, exc, timeout) from exc
            return ToolOutcome(
                result=None, is_error=True, error=f"MCP error {exc.code}: {exc.message}"
            )
        except (anyio.ClosedResourceError, anyio.BrokenResourceError) as exc:
            raise translate(handle, exc) from exc
        except Exception as exc:  # e.g. a result that fails the tool's output schema
            if not handle.running:
                raise translate(handle, exc) from exc
            return ToolOutcome(result=None, is_error=True, error=f"Invalid tool result: {exc}")
        return outcome(result)

    async def ping(self, server_id: str, timeout: float = 5.0) -> bool:
        """Whether the server answers a ``ping`` (``tools/list`` on the 2026 protocol) in time."""
        try:
            handle, client = self._live(server_id)
        except McpServerDown:
            return False
        try:
            with anyio.fail_after(timeout):
                if client.protocol_version in MODERN_PROTOCOL_VERSIONS:
                    await client.session.list_tools()
                else:
                    await client.session.send_ping()
        except Exception:
            return False
        return handle.running

    def _live(self, server_id: str) -> tuple[Handle, Client]:
        """The handle and client of a running server, or raise :class:`McpServerDown`."""
        handle = self._handles.get(server_id)
        if handle is None:
            raise McpServerDown(f"MCP server {server_id!r} is not running")
        client = handle.client
        if client is None or not handle.running:
            raise McpServerDown(
                f"MCP server {server_id!r} is not running ({handle.state}): {handle.reason or handle.child.describe_exit()}"
            )
        return handle, client


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[McpSupervisor]:
    """App hook: a :class:`McpSupervisor` in ``gw.mcp``, run through a :class:`ProcessRuntime`
    for the process types; every child is stopped at shutdown."""
    supervisor = McpSupervisor(restart_delays=RESTART_DELAYS)
    process = ProcessRuntime(supervisor)
    supervisor.listeners.append(gw.runtimes.notify)
    gw.mcp = supervisor
    for server_type in PROCESS_TYPES:
        gw.runtimes.register(server_type, process)
    try:
        yield supervisor
    finally:
        for server_type in PROCESS_TYPES:
            gw.runtimes.unregister(server_type, process)
        await supervisor.aclose()
        gw.mcp = None
