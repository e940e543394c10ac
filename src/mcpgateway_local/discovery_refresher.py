"""Runtime hook: refreshes discovery OAuth grants before their access tokens expire.

One task per gateway: it sleeps until the soonest grant is due (at most `POLL_SECONDS`, so new
grants are seen), refreshes what is due, and repeats. Failures are kept on the grant (its status
turns `degraded` or `reauthorization_required`); the task itself never dies of one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from .discovery_oauth import next_due, refresh_due
from .state import GatewayState

__all__ = ["runtime"]

POLL_SECONDS = 5.0
logger = logging.getLogger("mcpgateway_local")


async def _loop(gw: GatewayState) -> None:
    while True:
        due = next_due(gw)
        wait = POLL_SECONDS if due is None else min(POLL_SECONDS, max(due - time.time(), 0.1))
        await asyncio.sleep(wait)
        try:
            await refresh_due(gw)
        except Exception:  # keep refreshing the others; the grant records its own failure
            logger.exception("discovery OAuth refresh failed")


@contextlib.asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[None]:
    """Run the refresher for the life of the gateway."""
    task = asyncio.create_task(_loop(gw), name="discovery-oauth-refresher")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
