"""SQLite storage: a generic document table, API keys, and the TTL cache.

One connection per app (`check_same_thread=False`) guarded by a re-entrant lock. The API is
synchronous on purpose: every call is a sub-millisecond local operation, and a sync
`with store.transaction():` block cannot interleave with other coroutines, so it is atomic without
async locking. Never `await` inside `transaction()` (another task touching the store meanwhile
raises RuntimeError). Runtime threads may use the store too; the lock serialises them.
"""

from __future__ import annotations

import asyncio
import builtins
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DB_FILENAME = "gateway.sqlite3"
Document = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    created_at REAL NOT NULL,
    revoked_at REAL,
    expires_at REAL
);
CREATE TABLE IF NOT EXISTS cache (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value)),
    expires_at REAL
);
"""


class DocumentExists(KeyError):
    """`insert` of a (kind, id) that is already stored."""


class DocumentMissing(KeyError):
    """`update` of a (kind, id) that is not stored."""


@dataclass(frozen=True, slots=True)
class ApiKeyRecord:
    """A stored API key: only the SHA-256 of the key, never the key. Times are Unix seconds."""

    id: str
    name: str
    key_hash: str
    prefix: str
    data: dict[str, Any] = field(default_factory=dict)
    created_at: float = field(default_factory=time.time)
    revoked_at: float | None = None
    expires_at: float | None = None

    def usable(self, now: float) -> bool:
        """Not revoked yet (a future `revoked_at` is a grace period) and not expired."""
        revoked = self.revoked_at is not None and self.revoked_at <= now
        expired = self.expires_at is not None and self.expires_at <= now
        return not (revoked or expired)


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """A live cache value (any JSON) and its expiry (Unix seconds, None = never)."""

    value: Any
    expires_at: float | None


def utc_now_iso() -> str:
    """Now as ISO 8601 UTC with microseconds (`...+00:00`)."""
    return datetime.now(UTC).isoformat()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class Store:
    """The gateway's database. `Store.open(None)` is in-memory (tests)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: tuple[int, int | None] | None = None

    @classmethod
    def open(cls, data_dir: Path | None) -> Store:
        """Open (creating if needed) `data_dir/gateway.sqlite3`, or an in-memory database."""
        path: Path | None = None
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = data_dir / DB_FILENAME
            path.touch(mode=0o600, exist_ok=True)  # the WAL files inherit these permissions
            path.chmod(0o600)  # also for a database created by an older version
        db = sqlite3.connect(
            str(path) if path else ":memory:", check_same_thread=False, isolation_level=None
        )
        store = cls(db, path)
        store._init_schema()
        return store

    def _init_schema(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=5000")
        if self.path is not None:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema {version} is newer than this gateway ({SCHEMA_VERSION})"
            )
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._db.close()

    # --- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing block (BEGIN IMMEDIATE; nested blocks are savepoints)."""
        with self._lock:
            self._check_owner()
            depth = self._depth
            self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            if depth == 0:
                self._owner = _owner_token()
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self._owner = None
                    self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO sp{depth}")
                    self._db.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            if depth == 0:
                self._owner = None
                self._db.execute("COMMIT")
            else:
                self._db.execute(f"RELEASE sp{depth}")

    def _check_owner(self) -> None:
        if self._depth and self._owner != _owner_token():
            raise RuntimeError("store used by another task during a transaction (await inside it?)")

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            self._check_owner()
            return self._db.execute(sql, params)

    # --- documents ----------------------------------------------------------------------

    def insert(self, kind: str, doc: Mapping[str, Any]) -> None:
        """Store a new document; its id is `doc["id"]` (a str). DocumentExists on a clash."""
        doc_id = _doc_id(doc)
        now = utc_now_iso()
        try:
            self._execute(
                "INSERT INTO documents(kind, id, data, created_at, updated_at) VALUES (?,?,?,?,?)",
                (kind, doc_id, _dumps(dict(doc)), now, now),
            )
        except sqlite3.IntegrityError:
            raise DocumentExists((kind, doc_id)) from None

    def get(self, kind: str, doc_id: str) -> Document | None:
        """The document, or None."""
        row = self._execute(
            "SELECT data FROM documents WHERE kind=? AND id=?", (kind, doc_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def update(self, kind: str, doc_id: str, doc: Mapping[str, Any]) -> None:
        """Replace a stored document. DocumentMissing if absent."""
        cursor = self._execute(
            "UPDATE documents SET data=?, updated_at=? WHERE kind=? AND id=?",
            (_dumps(dict(doc)), utc_now_iso(), kind, doc_id),
        )
        if cursor.rowcount == 0:
            raise DocumentMissing((kind, doc_id))

    def delete(self, kind: str, doc_id: str) -> bool:
        """Remove a document; False if it was not there."""
        cursor = self._execute("DELETE FROM documents WHERE kind=? AND id=?", (kind, doc_id))
        return cursor.rowcount > 0

    def list(
        self, kind: str, where: Callable[[Document], bool] | None = None
    ) -> builtins.list[Document]:
        """Documents of `kind` in insertion order, filtered by `where`."""
        rows = self._execute(
            "SELECT data FROM documents WHERE kind=? ORDER BY created_at, rowid", (kind,)
        ).fetchall()
        docs = [json.loads(row[0]) for row in rows]
        return [d for d in docs if where(d)] if where else docs

    # --- API keys -----------------------------------------------------------------------

    def insert_api_key(self, record: ApiKeyRecord) -> None:
        """Store a new key record (DocumentExists if its id or hash is taken)."""
        try:
            self._execute(
                "INSERT INTO api_keys(id, name, key_hash, prefix, data, created_at, revoked_at,"
                " expires_at) VALUES (?,?,?,?,?,?,?,?)",
                _key_row(record),
            )
        except sqlite3.IntegrityError:
            raise DocumentExists(("api_key", record.id)) from None

    def save_api_key(self, record: ApiKeyRecord) -> None:
        """Replace a stored key record (match on id). DocumentMissing if absent."""
        row = _key_row(record)
        cursor = self._execute(
            "UPDATE api_keys SET name=?, key_hash=?, prefix=?, data=?, created_at=?, revoked_at=?,"
            " expires_at=? WHERE id=?",
            (*row[1:], row[0]),
        )
        if cursor.rowcount == 0:
            raise DocumentMissing(("api_key", record.id))

    def get_api_key(self, key_id: str) -> ApiKeyRecord | None:
        """The key record with this id, or None."""
        row = self._execute(f"SELECT {_KEY_COLUMNS} FROM api_keys WHERE id=?", (key_id,)).fetchone()
        return _key_record(row) if row else None

    def find_api_key(self, key_hash: str) -> ApiKeyRecord | None:
        """The key record with this SHA-256 hash, or None."""
        row = self._execute(
            f"SELECT {_KEY_COLUMNS} FROM api_keys WHERE key_hash=?", (key_hash,)
        ).fetchone()
        return _key_record(row) if row else None

    def list_api_keys(self) -> builtins.list[ApiKeyRecord]:
        """All key records, oldest first."""
        rows = self._execute(f"SELECT {_KEY_COLUMNS} FROM api_keys ORDER BY created_at, rowid")
        return [_key_record(row) for row in rows.fetchall()]

    def delete_api_key(self, key_id: str) -> bool:
        """Remove a key record; False if absent."""
        return self._execute("DELETE FROM api_keys WHERE id=?", (key_id,)).rowcount > 0

    # --- cache --------------------------------------------------------------------------

    def cache_get(self, key: str, now: float | None = None) -> CacheEntry | None:
        """The live entry for `key` (expired entries are dropped and give None)."""
        now = time.time() if now is None else now
        row = self._execute("SELECT value, expires_at FROM cache WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        if row[1] is not None and row[1] <= now:
            self._execute("DELETE FROM cache WHERE key=? AND expires_at<=?", (key, now))
            return None
        return CacheEntry(json.loads(row[0]), row[1])

    def cache_set(
        self, key: str, value: Any, ttl: float | None, now: float | None = None
    ) -> CacheEntry:
        """Store any JSON `value`; `ttl` seconds (None = no expiry)."""
        now = time.time() if now is None else now
        expires_at = None if ttl is None else now + ttl
        self._execute(
            "INSERT INTO cache(key, value, expires_at) VALUES (?,?,?) ON CONFLICT(key)"
            " DO UPDATE SET value=excluded.value, expires_at=excluded.expires_at",
            (key, _dumps(value), expires_at),
        )
        return CacheEntry(value, expires_at)

    def cache_delete(self, key: str) -> bool:
        """Remove an entry; False if absent."""
        return self._execute("DELETE FROM cache WHERE key=?", (key,)).rowcount > 0

    def cache_purge(self, now: float | None = None) -> int:
        """Drop expired entries; returns how many."""
        now = time.time() if now is None else now
        cursor = self._execute(
            "DELETE FROM cache WHERE expires_at IS NOT NULL AND expires_at<=?", (now,)
        )
        return cursor.rowcount


_KEY_COLUMNS = "id, name, key_hash, prefix, data, created_at, revoked_at, expires_at"


def _key_row(r: ApiKeyRecord) -> tuple[Any, ...]:
    return (
        r.id,
        r.name,
        r.key_hash,
        r.prefix,
        _dumps(r.data),
        r.created_at,
        r.revoked_at,
        r.expires_at,
    )


def _key_record(row: tuple[Any, ...]) -> ApiKeyRecord:
    return ApiKeyRecord(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6], row[7])


def _doc_id(doc: Mapping[str, Any]) -> str:
    doc_id = doc.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError("a document needs a non-empty string `id`")
    return doc_id


def _owner_token() -> tuple[int, int | None]:
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    return threading.get_ident(), id(task) if task is not None else None
