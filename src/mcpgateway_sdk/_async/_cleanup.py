"""Clean-up steps that never raise: each returns its outcome as a string (`"ok"`, or why not).

Used when the SDK must undo what a call created (a server whose `access_mode` was not applied, a
generation job): the caller's error says what was attempted and how it went. A busy target
(`GenerationJobBusyError`) is retried once after `BUSY_RETRY_DELAY` seconds.
"""

from __future__ import annotations

import asyncio
import time  # noqa: F401, RUF100  (the sync twin sleeps with time.sleep)
from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._exceptions import GatewayError, GenerationJobBusyError, NotFoundError

__all__ = ["BUSY_RETRY_DELAY", "cleanup_step", "step_ok"]

BUSY_RETRY_DELAY = 1.0
T = TypeVar("T")


def step_ok(outcome: str) -> bool:
    """Whether a clean-up outcome counts as done (`ok`, or `ok (...)`)."""
    return outcome == "ok" or outcome.startswith("ok (")


def _failure(exc: Exception) -> str:
    if isinstance(exc, GatewayError):
        if exc.status_code == 0:
            return f"network error: {exc.message}"
        return f"HTTP {exc.status_code} {exc.message}"
    return f"unparseable response: {exc}"


async def cleanup_step(step: Callable[[], Awaitable[T]]) -> str:
    """Run `step` once (twice when the target is busy); its outcome, never an exception."""
    for attempt in range(2):
        try:
            await step()
        except NotFoundError:
            return "ok (not found)"
        except GenerationJobBusyError as exc:
            if attempt == 0:
                await asyncio.sleep(BUSY_RETRY_DELAY)
                continue
            return _failure(exc)
        except (GatewayError, ValueError) as exc:
            return _failure(exc)
        return "ok"
    return "unreachable"  # pragma: no cover  (the loop always returns)
