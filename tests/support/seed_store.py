"""Documents that tests write straight into a gateway's store before it starts."""

from __future__ import annotations

from mcpgateway_local.store import Store


def insert_remote_server(store: Store, server_id: str, name: str, timestamp: str) -> None:
    """A stopped `remote` server document, as the servers module stores one."""
    store.insert(
        "server",
        {
            "id": server_id,
            "name": name,
            "display_name": name.title(),
            "type": "remote",
            "status": "stopped",
            "config": {},
            "created_at": timestamp,
            "updated_at": timestamp,
        },
    )
