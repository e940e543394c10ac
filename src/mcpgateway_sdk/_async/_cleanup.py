"""Clean-up steps that never raise: each returns its outcome as a string (`"ok"`, or why not).

Used when the SDK must undo what a call created (a server whose `access_mode` was not applied, a
generation job): the caller's error says what was attempted and how it went. Outcomes: `ok`,
`ok (not found)` (already gone), `HTTP <status> <message>`, `network error: <message>`,
`unparseable response: <error>` (a 2xx the SDK could not read). A busy target
(`GenerationJobBusyError`, also an older gateway's 409 "... retry shortly" on the calls that
map it, see `with_legacy_busy`) is retried once after `BUSY_RETRY_DELAY` seconds.
"""

from __future__ import annotations

import asyncio
import time  # noqa: F401, RUF100  (the sync twin sleeps with time.sleep)
from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._exceptions import (
    ConflictError,
    GatewayError,
    GenerationJobBusyError,
    NotFoundError,
    busy_from_conflict,
)

__all__ = ["BUSY_RETRY_DELAY", "attempt", "cleanup_step", "step_ok", "with_legacy_busy"]

BUSY_RETRY_DELAY = 1.0
T = TypeVar("T")


def step_ok(outcome: str) -> bool:
    """Whether a clean-up outcome counts as done (`ok`, or `ok (...)`)."""
    return outcome == "ok" or outcome.startswith("ok (")


def _failure(exc: Exception) -> str:
    if isinstance(exc, GatewayError):
        if exc.status_code == 0:
            return f"network error: {exc.message}"
        if 200 <= exc.status_code < 300:  # a 2xx whose body could not be read
            return f"unparseable response: {exc.message}"
        return f"HTTP {exc.status_code} {exc.message}"
    return f"unparseable response: {exc}"


async def with_legacy_busy(call: Callable[[], Awaitable[T]]) -> T:
    """Run `call`; an older gateway's plain 409 "... retry shortly" becomes
    `GenerationJobBusyError` (for `servers.delete`, `generation.cancel`, `generation.delete`)."""
    try:
        return await call()
    except ConflictError as exc:
        busy = busy_from_conflict(exc)
        if busy is None:
            raise
        raise busy from exc


async def attempt(step: Callable[[], Awaitable[T]]) -> tuple[str, Exception | None]:
    """Run `step` once (twice when the target is busy): its outcome and the error it ended
    with (None on success or when the target was already gone)."""
    for tries_left in (1, 0):
        try:
            await step()
        except NotFoundError:
            return "ok (not found)", None
        except GenerationJobBusyError as exc:
            if tries_left:
                await asyncio.sleep(BUSY_RETRY_DELAY)
                continue
            return _failure(exc), exc
        except (GatewayError, ValueError) as exc:
            return _failure(exc), exc
        return "ok", None
    return "unreachable", None  # pragma: no cover  (the loop always returns)


async def cleanup_step(step: Callable[[], Awaitable[T]]) -> str:
    """Run `step` once (twice when the target is busy); its outcome, never an exception."""
    outcome, _ = await attempt(step)
    return outcome
