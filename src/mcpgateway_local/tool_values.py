"""Values of the tools service: its errors, records and reports, and pure helpers (no I/O).

Tool records and wire renderings, sync hashes, schema repair for tools whose `inputSchema` is
not quite JSON Schema, secret masking, the scoping-session header. The errors are domain errors
(domain_errors.py), translated once by REST (errors.rest_problem) and once by MCP (mcp_wiring).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .domain_errors import Conflict, Forbidden, NotFound
from .records import public, qualified_name
from .store import Document

SESSION_HEADERS = ("x-mcp-session-id", "mcp-session-id")
"""Headers naming the scoping session, in order of precedence."""
_STATUSES = ("running", "stopped", "pending", "error")


# -- errors ------------------------------------------------------------------------------------


class SessionUnavailable(NotFound):
    """The scoping session id names no usable session."""

    def __init__(self, session_id: str) -> None:
        super().__init__(f"Session {session_id} not found or not active")


class ToolUnavailable(NotFound):
    """No such tool (or it is disabled)."""


class ToolForbidden(Forbidden):
    """The tool is outside the session's scope."""

    def __init__(self, qualified: str) -> None:
        super().__init__(f"Tool {qualified} is not allowed in this session")


class ToolNotInBundle(Forbidden):
    """A bundle was named and the tool is not one of its enabled tools."""

    def __init__(self, qualified: str) -> None:
        super().__init__(f"Tool {qualified} is not in the selected bundle")


class ServerNotRunning(Conflict):
    """The tool's server is not running."""

    def __init__(self, server_name: str, status: str, reason: str | None = None) -> None:
        detail = f"Server '{server_name}' is not running (status: {status}); start it first"
        if reason:
            detail += f". Last error: {reason}"
        super().__init__(detail)


# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToolRecord:
    """In-memory view of a `tool` document (effective values, overrides applied)."""

    id: str
    server_id: str
    server_name: str
    name: str
    description: str
    input_schema: dict[str, Any]
    enabled: bool
    local: bool
    original_name: str

    @property
    def qualified_name(self) -> str:
        """``server__tool`` with the effective tool name."""
        return qualified_name(self.server_name, self.name)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a tool sync changed (names are effective tool names)."""

    added: list[str]
    removed: list[str]
    modified: list[str]
    total_tools: int
    sync_hash: str


@dataclass(frozen=True, slots=True)
class HealthReport:
    """Status before/after a start, stop or check (the `ServerHealth` schema)."""

    server_id: str
    server_name: str
    previous_status: str
    current_status: str
    message: str
    checked_at: str

    def as_json(self) -> dict[str, Any]:
        """The wire form."""
        return {
            "server_id": self.server_id,
            "server_name": self.server_name,
            "previous_status": self.previous_status,
            "current_status": self.current_status,
            "message": self.message,
            "checked_at": self.checked_at,
        }


@dataclass(frozen=True, slots=True)
class Execution:
    """The outcome of one tool call (the `ToolExecuteResult` schema plus the qualified name)."""

    server_id: str
    tool_name: str
    qualified_name: str
    result: Any
    error: str | None
    duration_ms: int

    def as_json(self) -> dict[str, Any]:
        """The wire form."""
        return {
            "result": self.result,
            "server_id": self.server_id,
            "tool_name": self.tool_name,
            "duration_ms": self.duration_ms,
            "error": self.error,
        }


# -- small helpers -----------------------------------------------------------------------------


def mask_secret(value: str) -> str:
    """``****`` plus the last 4 characters when the value is long enough to keep it secret."""
    return "****" + value[-4:] if len(value) >= 12 else "****"


def session_id_of(headers: Mapping[str, str]) -> str | None:
    """The scoping session id: ``X-MCP-Session-ID``, else ``Mcp-Session-Id``."""
    for name in SESSION_HEADERS:
        value = headers.get(name)
        if value and value.strip():
            return value.strip()
    return None


def sync_hash(specs: Iterable[tuple[str, str, Any]]) -> str:
    """SHA-256 of the canonical JSON of ``(name, description, input_schema)`` sorted by name."""
    items = sorted(([n, d, s] for n, d, s in specs), key=lambda item: str(item[0]))
    data = json.dumps(items, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


_TYPE_ALIASES = {
    "str": "string",
    "text": "string",
    "int": "integer",
    "long": "integer",
    "float": "number",
    "double": "number",
    "decimal": "number",
    "bool": "boolean",
    "list": "array",
    "tuple": "array",
    "dict": "object",
    "map": "object",
    "none": "null",
}
_JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})


def _fix_type(value: Any) -> Any:
    if isinstance(value, str):
        low = value.strip().lower()
        low = _TYPE_ALIASES.get(low, low)
        return low if low in _JSON_TYPES else "string"
    if isinstance(value, list):
        fixed = [_fix_type(v) for v in value if isinstance(v, str)]
        unique = list(dict.fromkeys(fixed))
        return unique[0] if len(unique) == 1 else (unique or "string")
    return None


def _normalize_property(schema: Any) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {}
    out = dict(schema)
    if "type" in out:
        fixed = _fix_type(out["type"])
        if fixed is None:
            del out["type"]
        else:
            out["type"] = fixed
    kind = out.get("type")
    if kind == "object" or (kind is None and "properties" in out):
        nested = normalize_schema(out)
        if kind is None:
            nested.pop("type", None)
        return nested
    if kind == "array":
        items = out.get("items")
        out["items"] = _normalize_property(items) if isinstance(items, dict) else {}
    if "enum" in out and not isinstance(out["enum"], list):
        out["enum"] = [out["enum"]]
    return out


def normalize_schema(schema: Any) -> dict[str, Any]:
    """Deterministic repair of a tool input schema (idempotent; no AI).

    The result is an object schema with a ``properties`` mapping (non-object property schemas
    become ``{}``, type names like ``"int"``/``"String"`` become JSON types, arrays get
    ``items``) and a ``required`` list holding each declared property at most once, in order.
    """
    out: dict[str, Any] = dict(schema) if isinstance(schema, dict) else {}
    out["type"] = "object"
    raw_props = out.get("properties")
    props: dict[str, Any] = {}
    if isinstance(raw_props, dict):
        props = {str(key): _normalize_property(value) for key, value in raw_props.items()}
    out["properties"] = props
    raw_required = out.get("required")
    if isinstance(raw_required, str):
        raw_required = [raw_required]
    required = raw_required if isinstance(raw_required, list) else []
    out["required"] = list(
        dict.fromkeys(name for name in required if isinstance(name, str) and name in props)
    )
    return out


def enriched_error(message: str) -> dict[str, Any]:
    """An `EnrichedError` for a start failure."""
    low = message.lower()
    if "command not found" in low or "no such file" in low:
        category, action, text = (
            "package_not_found",
            "fix_config",
            "The server's command could not be found; check `config.command`.",
        )
    elif "did not start within" in low:
        category, action, text = (
            "timeout",
            "retry",
            "The server did not finish its MCP handshake in time.",
        )
    elif "modulenotfounderror" in low or "no module named" in low:
        category, action, text = (
            "python_package_not_found",
            "fix_config",
            "A Python module the server needs is not installed.",
        )
    elif "cannot be started" in low:
        category, action, text = (
            "server_compatibility",
            "view_docs",
            "The local gateway cannot run servers of this type.",
        )
    else:
        category, action, text = (
            "connection_failed",
            "retry",
            "The server process exited or broke the MCP connection while starting.",
        )
    return {
        "category": category,
        "raw_message": message,
        "user_message": text,
        "action_type": action,
        "action_label": None,
        "action_url": None,
        "action_data": None,
        "extracted_values": None,
    }


def tool_record(doc: Mapping[str, Any]) -> ToolRecord:
    original = doc.get("_original") or {}
    schema = doc.get("input_schema")
    return ToolRecord(
        id=str(doc["id"]),
        server_id=str(doc["server_id"]),
        server_name=str(doc.get("server_name") or ""),
        name=str(doc["name"]),
        description=str(doc.get("description") or ""),
        input_schema=dict(schema) if isinstance(schema, dict) else {},
        enabled=bool(doc.get("enabled", True)),
        local=bool(doc.get("local", False)),
        original_name=str(original.get("name") or doc["name"]),
    )


def apply_overrides(doc: Document) -> None:
    """Recompute the effective name/description/input_schema of a tool document."""
    original = doc["_original"]
    overrides = doc.get("overrides") or {}
    for key in ("name", "description", "input_schema"):
        value = overrides.get(key)
        doc[key] = value if value is not None else original.get(key)
    if not isinstance(doc.get("description"), str):
        doc["description"] = ""
    if not isinstance(doc.get("input_schema"), dict):
        doc["input_schema"] = {}


def clean_overrides(overrides: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not overrides:
        return None
    kept = {k: overrides.get(k) for k in ("name", "description", "input_schema")}
    return kept if any(v is not None for v in kept.values()) else None


def render_tool(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The `ServerTool` wire form of a tool document."""
    return {
        "id": doc["id"],
        "name": doc["name"],
        "description": doc.get("description") or "",
        "input_schema": doc.get("input_schema") or {},
        "has_embedding": bool(doc.get("has_embedding", True)),
        "enabled": bool(doc.get("enabled", True)),
        "overrides": clean_overrides(doc.get("overrides")),
        "server_id": doc["server_id"],
        "qualified_name": qualified_name(str(doc.get("server_name") or ""), str(doc["name"])),
        "local": bool(doc.get("local", False)),
    }


def status_counts(servers: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Servers per status (`running`, `stopped`, `pending`, `error`)."""
    counts = dict.fromkeys(_STATUSES, 0)
    for server in servers:
        status = server.get("status")
        if isinstance(status, str) and status in counts:
            counts[status] += 1
    return counts


def server_public(server: Mapping[str, Any]) -> dict[str, Any]:
    """The `Server` wire form."""
    return public(server)
