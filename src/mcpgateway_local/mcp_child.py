"""One stdio MCP child process: its environment, the stdio transport, shutdown of its group.

Used by :mod:`mcpgateway_local.mcp_supervisor`, which owns the children's lifecycle. Children
get a minimal environment (:func:`child_environment`). :func:`shutdown` closes the child's
stdin, waits briefly, then terminates (and finally kills) its whole process group.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import anyio
import anyio.abc
import mcp_types
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from anyio.streams.text import TextReceiveStream
from mcp.client._transport import TransportStreams
from mcp.shared.message import SessionMessage

__all__ = [
    "SHUTDOWN_LIMIT",
    "Child",
    "child_environment",
    "shutdown",
    "signal_group",
    "stdio_transport",
    "wait_exit",
]

logger = logging.getLogger("mcpgateway_local.mcp_supervisor")  # the supervisor's log, as before

_STDERR_TAIL_LINES = 40
_MAX_STDERR_LINE = 64 * 1024
_EXIT_POLL_INTERVAL = 0.2
_STDIN_CLOSE_GRACE = 2.0
_TERMINATE_GRACE = 2.0
_KILL_REAP_TIMEOUT = 2.0
SHUTDOWN_LIMIT = _STDIN_CLOSE_GRACE + _TERMINATE_GRACE + _KILL_REAP_TIMEOUT
"""The longest :func:`shutdown` waits for a child before giving up on it (seconds)."""
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


def child_environment(command: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Build the minimal environment for a child.

    Inherits ``PATH``, ``HOME``, ``LANG`` and ``SYSTEMROOT`` (when set). When ``command`` is this
    interpreter, ``PYTHONPATH`` is set so the child can import ``mcpgateway_local`` (other
    commands get no ``PYTHONPATH``, so a foreign Python never sees our packages). ``env`` is
    applied last and wins.
    """
    result = {
        key: os.environ[key] for key in ("PATH", "HOME", "LANG", "SYSTEMROOT") if key in os.environ
    }
    if _is_this_python(command):
        entries = [_PACKAGE_ROOT, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        result["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(entries))
    result.update(env or {})
    return result


def _is_this_python(command: str) -> bool:
    """Whether ``command`` names the running interpreter."""
    if command == sys.executable:
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(command, sys.executable)
    return False


@dataclass(eq=False)
class Child:
    """Process-level state shared by the transport and the owner task."""

    stderr_tail: deque[str] = field(default_factory=lambda: deque(maxlen=_STDERR_TAIL_LINES))
    process: anyio.abc.Process | None = None
    down_reason: str | None = None
    on_down: list[anyio.Event] = field(default_factory=list)

    def mark_down(self, reason: str) -> None:
        """Record why the child went away (first reason wins) and wake the owner."""
        if self.down_reason is None:
            self.down_reason = reason
        for event in self.on_down:
            event.set()

    def kill_group(self) -> None:
        """Synchronously SIGKILL the child's process group (last resort, never raises)."""
        process = self.process
        if process is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover - POSIX is the supported platform
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)

    def describe_exit(self, *, with_exit: bool = True) -> str:
        """A readable exit description (unless ``with_exit`` is false) with the stderr tail."""
        process = self.process
        parts: list[str] = []
        if with_exit and process is not None and process.returncode is not None:
            parts.append(f"process exited with code {process.returncode}")
        elif with_exit and self.down_reason:
            parts.append(self.down_reason)
        tail = "\n".join(list(self.stderr_tail)[-10:])
        if tail:
            parts.append(f"stderr:\n{tail}")
        if parts:
            return "; ".join(parts)
        return "process is not running" if with_exit else ""


@asynccontextmanager
async def stdio_transport(
    command: str, args: Sequence[str], env: dict[str, str], cwd: str | None, child: Child
) -> AsyncIterator[TransportStreams]:
    """Spawn ``command`` and bridge its stdin/stdout to MCP message streams.

    Differs from :func:`mcp.client.stdio.stdio_client` in what the supervisor needs: the process
    is exposed (pid, exit code), stderr is kept as a bounded tail instead of inherited, a dead
    child is reported through ``child.mark_down`` and non-JSON stdout lines are skipped.
    """
    process = await anyio.open_process([command, *args], env=env, cwd=cwd, start_new_session=True)
    child.process = process
    read_writer, read_stream = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_stream, write_reader = anyio.create_memory_object_stream[SessionMessage](0)

    async def stdout_reader() -> None:
        assert process.stdout is not None
        try:
            async with read_writer, contextlib.aclosing(_lines(process.stdout)) as lines:
                async for line in lines:
                    if not line.strip():
                        continue
                    try:
                        message = mcp_types.jsonrpc_message_adapter.validate_json(
                            line, by_name=False
                        )
                    except ValueError:
                        child.stderr_tail.append(f"[stdout, not JSON-RPC] {line[:500]}")
                        continue
                    await read_writer.send(SessionMessage(message))
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream, OSError):
            pass
        finally:
            child.mark_down("stdout closed")

    async def stdin_writer() -> None:
        assert process.stdin is not None
        try:
            async with write_reader:
                async for session_message in write_reader:
                    data = session_message.message.model_dump_json(
                        by_alias=True, exclude_unset=True
                    )
                    # A lone surrogate must not kill the transport: callers check arguments,
                    # and anything left is replaced rather than raising in this task.
                    await process.stdin.send((data + "\n").encode("utf-8", "replace"))
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            await read_writer.aclose()
            child.mark_down("stdin closed")

    async def stderr_reader() -> None:
        assert process.stderr is not None
        errors = (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError)
        with contextlib.suppress(*errors):
            async with contextlib.aclosing(_lines(process.stderr, _MAX_STDERR_LINE)) as lines:
                async for line in lines:
                    if not line.strip():
                        continue
                    child.stderr_tail.append(line[:1000])
                    logger.debug("[pid %d] %s", process.pid, line)

    async def exit_watcher() -> None:
        while process.returncode is None:  # noqa: ASYNC110 - returncode has no awaitable signal
            await anyio.sleep(_EXIT_POLL_INTERVAL)
        child.mark_down(f"process exited with code {process.returncode}")

    async with anyio.create_task_group() as tg:
        tg.start_soon(stdout_reader)
        tg.start_soon(stdin_writer)
        tg.start_soon(stderr_reader)
        tg.start_soon(exit_watcher)
        try:
            yield read_stream, write_stream
        finally:
            with anyio.CancelScope(shield=True):
                await shutdown(process, write_stream, read_stream)
            tg.cancel_scope.cancel()


async def _lines(
    stream: anyio.abc.ByteReceiveStream, max_line: int | None = None
) -> AsyncGenerator[str, None]:
    """Decode ``stream`` as UTF-8 and yield its lines (linear in the line length).

    With ``max_line``, an over-long line is yielded in pieces instead of buffered whole.
    """
    pending: list[str] = []
    size = 0
    async for chunk in TextReceiveStream(stream, errors="replace"):
        if "\n" not in chunk:
            pending.append(chunk)
            size += len(chunk)
            if max_line is not None and size > max_line:
                yield "".join(pending)
                pending, size = [], 0
            continue
        lines = ("".join(pending) + chunk).split("\n")
        last = lines.pop()
        pending, size = [last], len(last)
        for line in lines:
            yield line.removesuffix("\r")
    if pending and (rest := "".join(pending)):
        yield rest


async def shutdown(
    process: anyio.abc.Process,
    write_stream: MemoryObjectSendStream[SessionMessage],
    read_stream: MemoryObjectReceiveStream[SessionMessage | Exception],
) -> None:
    """Close stdin, give the child a grace period, then terminate and kill its process group."""
    write_stream.close()
    read_stream.close()
    assert process.stdin is not None
    with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
        await process.stdin.aclose()
    if not await wait_exit(process, _STDIN_CLOSE_GRACE):
        signal_group(process, signal.SIGTERM)
        if not await wait_exit(process, _TERMINATE_GRACE):
            signal_group(process, signal.SIGKILL)
            if not await wait_exit(process, _KILL_REAP_TIMEOUT):
                logger.warning("MCP server process %d survived SIGKILL", process.pid)
    # The leader may be gone while grandchildren still hold the group: sweep it.
    signal_group(process, signal.SIGKILL)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
                await stream.aclose()


def signal_group(process: anyio.abc.Process, signum: int) -> None:
    """Send ``signum`` to the child's process group (the child itself on Windows)."""
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - POSIX is the supported platform
            process.kill() if signum == signal.SIGKILL else process.terminate()
        else:
            os.killpg(process.pid, signum)


async def wait_exit(process: anyio.abc.Process, limit: float) -> bool:
    """Poll ``returncode`` until the process exits or ``limit`` seconds pass."""
    deadline = anyio.current_time() + limit
    while process.returncode is None:
        if anyio.current_time() >= deadline:
            return False
        await anyio.sleep(0.01)
    return True
