"""Clean-up steps after a refused result (an access mode the gateway did not apply, an unreadable
answer): each step runs one call and reports its outcome as a string; it never raises.

Outcomes: `ok`, `ok (not found)` (already gone), `HTTP <status> <message>`, `network error:
<message>`, `unparseable response: <error>`. A busy job (`GenerationJobBusyError`, also the older
"retry shortly" 409) is retried once after `BUSY_RETRY_DELAY` seconds. The sync twin is generated
from this file.
"""

from __future__ import annotations

import asyncio
import time  # noqa: F401, RUF100  (used by the sync twin: `time.sleep`)
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ..._exceptions import (
    ConflictError,
    GatewayError,
    GenerationJobBusyError,
    NotFoundError,
    busy_from_conflict,
)

__all__ = ["BUSY_RETRY_DELAY", "attempt", "failure_outcome", "step_ok", "with_legacy_busy"]

T = TypeVar("T")

BUSY_RETRY_DELAY = 1.0
"""Seconds to wait before the one retry of a step that found the job busy."""


def step_ok(outcome: str) -> bool:
    """Whether a clean-up outcome counts as done (`ok`, or `ok (...)`)."""
    return outcome == "ok" or outcome.startswith("ok (")


def failure_outcome(exc: Exception) -> str:
    """The outcome string of a step that failed with `exc`."""
    if isinstance(exc, NotFoundError):
        return "ok (not found)"
    if isinstance(exc, GatewayError):
        if exc.status_code == 0:
            return f"network error: {exc.message}"
        if 200 <= exc.status_code < 300:  # a 2xx whose body could not be read
            return f"unparseable response: {exc.message}"
        return f"HTTP {exc.status_code} {exc.message}"
    return f"unparseable response: {exc}"


async def with_legacy_busy(call: Callable[[], Awaitable[T]]) -> T:
    """Run `call`; a plain 409 "... retry shortly" becomes `GenerationJobBusyError`."""
    try:
        return await call()
    except ConflictError as exc:
        busy = busy_from_conflict(exc)
        if busy is None:
            raise
        raise busy from exc


async def attempt(
    step: Callable[[], Awaitable[T]],
) -> tuple[str, Exception | None]:
    """Run `step` (retried once when busy); its outcome and the error it ended with, if any."""
    for tries_left in (1, 0):
        try:
            await step()
        except GenerationJobBusyError as exc:
            if tries_left:
                await asyncio.sleep(BUSY_RETRY_DELAY)
                continue
            return failure_outcome(exc), exc
        except (GatewayError, ValueError) as exc:
            return failure_outcome(exc), exc
        return "ok", None
    raise AssertionError("unreachable")  # pragma: no cover
