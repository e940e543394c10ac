"""This process's `MCPGatewaySync`: created on first use, shared by all threads, closed at exit.

The client is keyed by process id, so a client created in a parent before a fork (gunicorn's
master with `--preload`, a Celery parent) is never used by a child: each process creates its own
connection pool. Creation happens under a lock so concurrent first requests share one client.
"""

from __future__ import annotations

import atexit
import os
import threading

from mcpgateway_sdk import MCPGatewaySync

_lock = threading.Lock()
_clients: dict[int, MCPGatewaySync] = {}


def get_gateway() -> MCPGatewaySync:
    """The client of the current process (MCPGATEWAY_URL / MCPGATEWAY_TOKEN from the env)."""
    pid = os.getpid()
    client = _clients.get(pid)
    if client is None:
        with _lock:
            client = _clients.get(pid)
            if client is None:
                client = _clients[pid] = MCPGatewaySync()
    return client


@atexit.register
def _close() -> None:
    # atexit handlers are inherited by forked children: close only this process's own client.
    client = _clients.get(os.getpid())
    if client is not None:
        client.close()
