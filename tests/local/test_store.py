"""store.py: documents, transactions, API-key records, persistence and the temporary data dir."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from mcpgateway_local.auth import generate_api_key, hash_api_key, key_display_prefix
from mcpgateway_local.store import ApiKeyRecord, DocumentExists, DocumentMissing, Store
from tests.support.skeleton_app import (
    make_client,
)

# --- store -------------------------------------------------------------------------------------


def test_store_documents_and_transactions(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.insert("server", {"id": "a", "name": "one"})
    with pytest.raises(DocumentExists):
        store.insert("server", {"id": "a"})
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("server", {"id": "b", "name": "two"})
        store.update("server", "a", {"id": "a", "name": "changed"})
        raise RuntimeError("abort")
    assert store.get("server", "b") is None
    assert store.get("server", "a") == {"id": "a", "name": "one"}
    with store.transaction():
        store.insert("server", {"id": "c", "name": "three"})
        with pytest.raises(ValueError), store.transaction():
            store.insert("server", {"id": "d"})
            raise ValueError("inner only")
    assert [d["id"] for d in store.list("server")] == ["a", "c"]
    assert [d["id"] for d in store.list("server", lambda d: d["name"] == "three")] == ["c"]
    with pytest.raises(DocumentMissing):
        store.update("server", "zz", {"id": "zz"})
    assert store.delete("server", "c") and not store.delete("server", "c")
    store.cache_set("k", {"v": [1, None]}, ttl=None)
    store.cache_set("gone", 1, ttl=10, now=100.0)
    assert (
        store.cache_get("gone", now=105.0) is not None
        and store.cache_get("gone", now=111.0) is None
    )
    store.close()

    reopened = Store.open(tmp_path)
    assert reopened.get("server", "a") == {"id": "a", "name": "one"}
    entry = reopened.cache_get("k")
    assert entry is not None and entry.value == {"v": [1, None]}
    reopened.close()
    assert oct((tmp_path / "gateway.sqlite3").stat().st_mode & 0o777) == "0o600"


async def test_store_rejects_await_inside_transaction() -> None:
    store = Store.open(None)
    entered = asyncio.Event()

    async def other() -> None:
        await entered.wait()
        with pytest.raises(RuntimeError, match="transaction"):
            store.get("x", "y")

    task = asyncio.create_task(other())
    with store.transaction():
        store.insert("x", {"id": "1"})
        entered.set()
        await task
    assert store.get("x", "1") == {"id": "1"}


def test_api_key_records(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    key = generate_api_key()
    record = ApiKeyRecord(
        id="k1",
        name="ci",
        key_hash=hash_api_key(key),
        prefix=key_display_prefix(key),
        data={"scopes": []},
    )
    store.insert_api_key(record)
    with pytest.raises(DocumentExists):
        store.insert_api_key(replace(record, id="k2"))
    store.save_api_key(replace(record, revoked_at=5.0))
    store.close()
    again = Store.open(tmp_path)
    found = again.find_api_key(hash_api_key(key))
    assert found is not None and found.revoked_at == 5.0 and found.data == {"scopes": []}
    assert not found.usable(now=6.0) and found.usable(now=4.0)
    assert [r.id for r in again.list_api_keys()] == ["k1"]
    again.close()


def test_data_persists_across_app_restart(tmp_path: Path) -> None:
    for attempt in range(2):
        with make_client(tmp_path) as c:
            store: Store = c.app.state.gw.store  # type: ignore[attr-defined]
            if attempt == 0:
                store.insert("server", {"id": "kept"})
            else:
                assert store.get("server", "kept") == {"id": "kept"}


def test_temporary_data_dir_removed(tmp_path: Path) -> None:
    with make_client() as c:
        data_dir: Path = c.app.state.gw.data_dir  # type: ignore[attr-defined]
        assert (data_dir / "gateway.sqlite3").exists()
    assert not data_dir.exists()
