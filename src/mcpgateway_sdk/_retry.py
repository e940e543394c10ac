"""Retry policy: which failures are retried, and how long to wait before the next try."""

from __future__ import annotations

import datetime
import email.utils
import math
import random
import time
from typing import Final

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "backoff_delay",
    "retry_after_seconds",
    "should_retry",
]

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})
INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 30.0


def should_retry(
    *,
    idempotent: bool,
    status_code: int | None = None,
    error: Exception | None = None,
) -> bool:
    """Whether a failed try may be repeated.

    A request that provably never reached the server (connect failure) is always safe to repeat.
    Other failures (retryable status, a connection broken after sending, read timeout) are
    repeated only for idempotent requests: a tool run or a create is never sent twice.
    """
    if error is not None:
        if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return True
        return idempotent and isinstance(error, httpx.TransportError)
    return idempotent and status_code in RETRY_STATUSES


def backoff_delay(attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (0-based).

    Honours the server's `Retry-After` (capped at 30 s); otherwise exponential backoff from
    0.5 s, capped at 8 s, with full jitter in the upper half of the window.
    """
    if retry_after is not None:
        return min(max(retry_after, 0.0), MAX_RETRY_AFTER)
    window: float = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return window * (0.5 + random.random() / 2)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """Parse `Retry-After` (seconds or an HTTP date) or `retry-after-ms`; `None` if absent or bad."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:  # a date without a zone is UTC
            when = when.replace(tzinfo=datetime.UTC)
        seconds = when.timestamp() - time.time()
    return max(seconds, 0.0) if math.isfinite(seconds) else None
