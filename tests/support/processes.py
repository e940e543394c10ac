"""Waiting for processes and conditions; free loopback ports."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
from collections.abc import Callable


def gone(pid: int) -> bool:
    """Whether ``pid`` no longer exists (a zombie awaiting init's reaping counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    return False


def wait_for(predicate: Callable[[], object], limit: float = 10.0) -> bool:
    """Poll ``predicate`` until it holds or ``limit`` seconds pass (blocking)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


async def wait_until(predicate: Callable[[], object], limit: float = 5.0) -> bool:
    """Poll ``predicate`` until it holds or ``limit`` seconds pass (without blocking the loop)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


def free_port() -> int:
    """A loopback TCP port free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
