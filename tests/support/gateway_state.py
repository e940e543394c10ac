"""A gateway's state in process (no HTTP, no runtimes started), over an in-memory store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mcpgateway_local.auth import hash_api_key
from mcpgateway_local.settings import Settings
from mcpgateway_local.spec import load_spec
from mcpgateway_local.state import GatewayState
from mcpgateway_local.store import Store


@contextmanager
def in_process_state(data_dir: Path, api_key: str = "k") -> Iterator[GatewayState]:
    """A `GatewayState` whose bootstrap key is ``api_key``; its store is closed on exit."""
    store = Store.open(None)
    try:
        yield GatewayState(
            Settings(api_key=api_key), load_spec(), store, data_dir, hash_api_key(api_key)
        )
    finally:
        store.close()
