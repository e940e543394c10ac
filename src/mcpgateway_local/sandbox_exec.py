"""Running one command in a sandbox: checks, the runtime call, bookkeeping (exec count,
activity, the call log). Shared by `exec` and script tools; no Starlette, domain errors only.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .domain_errors import Conflict, Invalid, NotFound
from .records import now_iso
from .sandbox_egress import executes_offline
from .sandbox_logs import record_call
from .sandbox_records import SANDBOX, exec_tasks, log_activity, touch
from .sandbox_runtime import ExecOutcome, SandboxNotFoundError, SandboxRuntime
from .state import GatewayState
from .store import Document

__all__ = [
    "KILLED_EXIT_CODE",
    "MAX_COMMAND_BYTES",
    "STOPPED_DETAIL",
    "Call",
    "require_runtime",
    "run_command",
]

logger = logging.getLogger(__name__)
STOPPED_DETAIL = "Sandbox is stopped; resume it first"
KILLED_EXIT_CODE = 137
MAX_COMMAND_BYTES = 64 * 1024
"""Longest `command` accepted (Linux refuses one argument over 128 KiB with E2BIG)."""
_COMMAND_LOG_CHARS = 1000


class RuntimeMissing(Conflict):
    """The gateway runs without a sandbox runtime."""


def require_runtime(gw: GatewayState) -> SandboxRuntime:
    """The sandbox runtime (a `Conflict` when this gateway has none)."""
    runtime = gw.sandboxes
    if not isinstance(runtime, SandboxRuntime):
        raise RuntimeMissing("The sandbox runtime is not running in this gateway")
    return runtime


@dataclass(frozen=True, slots=True)
class Call:
    """What the log says about a call besides the command: who made it and with what labels."""

    source_name: str = "exec"
    tool_name: str | None = None
    metadata: Mapping[str, str] | None = None
    parent_call_id: str | None = None
    call_id: str | None = None
    failure: Callable[[ExecOutcome], str | None] | None = None
    """Why the call failed (None: it succeeded); default: a non-zero exit code fails it."""


def _check_command(command: str) -> None:
    if "\0" in command:
        raise Invalid(["body", "command"], "The command contains a NUL character")
    if len(command.encode("utf-8")) > MAX_COMMAND_BYTES:
        raise Invalid(
            ["body", "command"],
            f"The command is longer than {MAX_COMMAND_BYTES} bytes; put long scripts in a file "
            "(upload it) and run that",
        )


async def _run(
    gw: GatewayState,
    runtime: SandboxRuntime,
    doc: Document,
    command: str,
    timeout: int,
    env: Mapping[str, str] | None,
    stdin: bytes | None,
) -> tuple[ExecOutcome, bool]:
    """The outcome, and whether the command was killed by a stop or destroy."""
    sandbox_id = doc["id"]
    started = time.monotonic()
    task = asyncio.ensure_future(
        runtime.exec(
            sandbox_id,
            command,
            timeout,
            env={**dict(doc.get("_env_vars") or {}), **dict(env or {})},
            memory_mb=int(doc.get("memory_mb") or 512),
            max_file_mb=int(doc.get("disk_mb") or 1024),
            network=not executes_offline(doc),
            stdin=stdin,
        )
    )
    tasks = exec_tasks(gw).setdefault(sandbox_id, set())
    tasks.add(task)
    try:
        return await task, False
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            task.cancel()  # the client went away: the command dies with its task
            gone = {"command": command[:_COMMAND_LOG_CHARS], "reason": "client disconnected"}
            with contextlib.suppress(Exception):
                log_activity(gw, sandbox_id, "exec_cancelled", gone, when=now_iso())
            logger.info("sandbox %s: exec cancelled (client disconnected)", sandbox_id)
            raise
        killed = ExecOutcome(
            exit_code=KILLED_EXIT_CODE,
            stdout="",
            stderr="The sandbox was stopped while the command was running; it was killed",
            duration_ms=int((time.monotonic() - started) * 1000),
        )
        return killed, True
    except SandboxNotFoundError:
        raise NotFound("Sandbox not found") from None
    except ValueError as exc:
        raise Invalid(["body", "command"], str(exc)) from None
    except OSError as exc:
        if exc.errno == errno.E2BIG:
            raise Invalid(["body"], "The command and its environment are too large") from None
        raise Conflict(f"Could not start the command: {exc}") from None
    finally:
        tasks.discard(task)
        registry = exec_tasks(gw)
        if not tasks and registry.get(sandbox_id) is tasks:
            del registry[sandbox_id]


def _exit_failure(outcome: ExecOutcome) -> str | None:
    if outcome.exit_code == 0:
        return None
    return outcome.stderr or f"exit code {outcome.exit_code}"


async def run_command(
    gw: GatewayState,
    doc: Document,
    command: str,
    timeout: int,
    call: Call,
    *,
    env: Mapping[str, str] | None = None,
    stdin: bytes | None = None,
) -> ExecOutcome:
    """Run `command` in the (loaded) sandbox `doc`; record it in the activity and the call log.

    `Conflict` unless the sandbox is running; `Invalid` for a command that cannot be run.
    """
    runtime = require_runtime(gw)
    status = doc.get("status")
    if status == "stopped":
        raise Conflict(STOPPED_DETAIL)
    if status != "running":
        raise Conflict(f"Sandbox is {status}; it must be running to run commands")
    _check_command(command)
    sandbox_id = doc["id"]
    runtime.create(sandbox_id)
    touch(gw, sandbox_id, None)
    created = now_iso()
    outcome, killed = await _run(gw, runtime, doc, command, timeout, env, stdin)
    now = now_iso()
    with gw.store.transaction():
        current = gw.store.get(SANDBOX, sandbox_id)
        if current is None:
            return outcome
        current["exec_count"] = int(current.get("exec_count") or 0) + 1
        current["last_activity_at"] = now
        gw.store.update(SANDBOX, sandbox_id, current)
        detail: dict[str, Any] = {
            "command": command[:_COMMAND_LOG_CHARS],
            "exit_code": outcome.exit_code,
            "duration_ms": outcome.duration_ms,
            "timed_out": outcome.timed_out,
            "killed": killed,
        }
        if call.metadata:
            detail["metadata"] = dict(call.metadata)
        if call.tool_name is not None:
            detail["tool_name"] = call.tool_name
        log_activity(gw, sandbox_id, "exec", detail, when=now)
        failure = (call.failure or _exit_failure)(outcome)
        record_call(
            gw,
            sandbox_id,
            source_name=call.source_name,
            tool_name=call.tool_name,
            command=command,
            status="success" if failure is None else "error",
            output=outcome.stdout,
            error=failure,
            exit_code=outcome.exit_code,
            metadata=call.metadata,
            parent_call_id=call.parent_call_id,
            created_at=created,
            latency_ms=outcome.duration_ms,
            call_id=call.call_id,
        )
    return outcome
