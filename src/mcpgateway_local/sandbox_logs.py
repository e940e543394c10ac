"""The sandbox call log: every command (`exec`) and script-tool call, recorded with its status,
tool name, metadata, parent call, times, latency, and output/error excerpts; filtered, sorted,
paged and exported as JSON or CSV (no Starlette; bad filters are `Invalid`).

Documents of kind `sandbox_log` hold the `SandboxLog` wire fields. Destroying a sandbox deletes
its entries.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .domain_errors import Invalid
from .records import new_id, now_iso, parse_time
from .state import GatewayState
from .store import Document

__all__ = [
    "LOG",
    "LogFilters",
    "csv_chunks",
    "delete_logs",
    "filters_from_query",
    "json_chunks",
    "query_logs",
    "record_call",
    "wire",
]

LOG = "sandbox_log"
"""Kind of the log documents."""
EXCERPT_CHARS = 2000
SORT_KEYS = ("created_at", "tool_name", "source_name", "latency_ms", "status")
COLUMNS = (
    "id",
    "sandbox_id",
    "created_at",
    "finished_at",
    "latency_ms",
    "status",
    "source_name",
    "tool_name",
    "exit_code",
    "parent_call_id",
    "metadata",
    "command",
    "output",
    "error",
)


def _excerpt(text: str | None) -> str | None:
    if text is None:
        return None
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"


def record_call(
    gw: GatewayState,
    sandbox_id: str,
    *,
    source_name: str,
    tool_name: str | None,
    command: str,
    status: str,
    output: str,
    error: str | None,
    exit_code: int | None,
    metadata: Mapping[str, str] | None,
    parent_call_id: str | None,
    created_at: str,
    latency_ms: int,
    call_id: str | None = None,
) -> Document:
    """Store one log entry (call it inside the caller's transaction or alone)."""
    doc: Document = {
        "id": call_id or new_id(),
        "sandbox_id": sandbox_id,
        "source_name": source_name,
        "tool_name": tool_name,
        "status": status,
        "command": _excerpt(command) or "",
        "output": _excerpt(output) or "",
        "error": _excerpt(error),
        "exit_code": exit_code,
        "metadata": {str(k): str(v) for k, v in (metadata or {}).items()},
        "parent_call_id": parent_call_id,
        "created_at": created_at,
        "finished_at": now_iso(),
        "latency_ms": max(0, int(latency_ms)),
    }
    gw.store.insert(LOG, doc)
    return doc


def delete_logs(gw: GatewayState, sandbox_id: str) -> None:
    """Remove every entry of a sandbox (when it is destroyed)."""
    for entry in gw.store.list(LOG, lambda d: d.get("sandbox_id") == sandbox_id):
        gw.store.delete(LOG, entry["id"])


@dataclass(frozen=True, slots=True)
class LogFilters:
    """What `logs` and `export_logs` select and how they sort."""

    status: str | None = None
    search: str | None = None
    tool_name: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    meta_contains: tuple[tuple[str, str], ...] = ()
    parent_call_id: str | None = None
    from_time: datetime | None = None
    to_time: datetime | None = None
    sort_by: str = "created_at"
    descending: bool = True

    def matches(self, doc: Mapping[str, Any]) -> bool:
        """Whether an entry passes every filter."""
        if self.status is not None and doc.get("status") != self.status:
            return False
        if self.tool_name is not None and doc.get("tool_name") != self.tool_name:
            return False
        if self.parent_call_id is not None and doc.get("parent_call_id") != self.parent_call_id:
            return False
        if self.search is not None:
            needle = self.search.lower()
            haystack = (doc.get("command"), doc.get("output"), doc.get("error"))
            if not any(needle in str(part or "").lower() for part in haystack):
                return False
        labels: Mapping[str, Any] = doc.get("metadata") or {}
        if any(labels.get(key) != value for key, value in self.meta):
            return False
        if any(value not in str(labels.get(key, "")) or key not in labels
               for key, value in self.meta_contains):  # fmt: skip
            return False
        created = parse_time(doc.get("created_at"))
        if self.from_time is not None and (created is None or created < self.from_time):
            return False
        return not (self.to_time is not None and (created is None or created > self.to_time))


def _pairs(values: Sequence[str] | None, name: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for index, value in enumerate(values or ()):
        key, sep, wanted = str(value).partition("=")
        if not sep or not key:
            raise Invalid(["query", name, index], "Expected key=value", "value_error")
        pairs.append((key, wanted))
    return tuple(pairs)


def _time(value: Any, name: str) -> datetime | None:
    if value is None:
        return None
    parsed = parse_time(str(value))
    if parsed is None:
        raise Invalid(["query", name], "Input should be an ISO-8601 date-time", "datetime_parsing")
    return parsed


def filters_from_query(query: Mapping[str, Any]) -> LogFilters:
    """The filters of a validated query (`Invalid` for a wrong value)."""
    sort_by = query.get("sort_by") or "created_at"
    if sort_by not in SORT_KEYS:
        raise Invalid(["query", "sort_by"], f"Input should be one of {', '.join(SORT_KEYS)}")
    order = query.get("sort_order") or "desc"
    if order not in ("asc", "desc"):
        raise Invalid(["query", "sort_order"], "Input should be 'asc' or 'desc'")
    status = query.get("status")
    if status is not None and status not in ("success", "error"):
        raise Invalid(["query", "status"], "Input should be 'success' or 'error'")
    parent = query.get("parent_call_id")
    return LogFilters(
        status=status,
        search=query.get("search"),
        tool_name=query.get("tool_name"),
        meta=_pairs(query.get("meta"), "meta"),
        meta_contains=_pairs(query.get("meta_contains"), "meta_contains"),
        parent_call_id=str(parent).lower() if parent is not None else None,
        from_time=_time(query.get("from_time"), "from_time"),
        to_time=_time(query.get("to_time"), "to_time"),
        sort_by=sort_by,
        descending=order == "desc",
    )


def _sort_key(sort_by: str) -> Any:
    def key(doc: Mapping[str, Any]) -> tuple[Any, ...]:
        value = doc.get(sort_by)
        if sort_by == "latency_ms":
            primary: Any = int(value or 0)
        elif sort_by == "created_at":
            primary = parse_time(value) or datetime.min.replace(tzinfo=UTC)
        else:
            primary = str(value or "")
        # created_at then id break ties, so pages never overlap
        return (primary, str(doc.get("created_at") or ""), str(doc.get("id")))

    return key


def query_logs(gw: GatewayState, sandbox_id: str, filters: LogFilters) -> list[Document]:
    """Every matching entry of the sandbox, sorted."""
    entries = gw.store.list(LOG, lambda d: d.get("sandbox_id") == sandbox_id)
    chosen = [e for e in entries if filters.matches(e)]
    chosen.sort(key=_sort_key(filters.sort_by), reverse=filters.descending)
    return chosen


def wire(doc: Mapping[str, Any]) -> Document:
    """An entry as `SandboxLog`."""
    return {column: doc.get(column) for column in COLUMNS}


def json_chunks(rows: Sequence[Mapping[str, Any]]) -> Iterator[bytes]:
    """A JSON array, one row per chunk."""
    yield b"["
    for index, row in enumerate(rows):
        yield (b"," if index else b"") + json.dumps(wire(row), ensure_ascii=False).encode()
    yield b"]"


def csv_chunks(rows: Sequence[Mapping[str, Any]]) -> Iterator[bytes]:
    """CSV with a header row; metadata as JSON; one row per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> bytes:
        data = buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
        return data

    writer.writerow(COLUMNS)
    yield flush()
    for row in rows:
        out = wire(row)
        out["metadata"] = json.dumps(out["metadata"] or {}, sort_keys=True)
        writer.writerow(["" if out[c] is None else out[c] for c in COLUMNS])
        yield flush()
