"""Conventions every handler shares for stored documents.

A stored document is the operation's response object (field names as in openapi.json) plus
internal fields whose names start with `_` (command lines, hashes, package bytes...). `public()`
strips those before a document leaves the gateway.

Document kinds and their owners (handlers/<module>.py): `server`, `tool`, `credential`,
`oauth_config` (servers); `session` (sessions); `skill`, `skill_attachment` (skills); `sandbox`,
`sandbox_activity` (sandboxes); `bundle`, `bundle_tool`, `bundle_connection` (bundles);
`connection` (connections). Other modules may read a kind, only its owner writes it.

`tool` documents: {id, server_id, server_name, name, description, input_schema, enabled,
has_embedding, overrides, local, created_at, updated_at, _original: {name, description,
input_schema}} where name/description/input_schema are the effective values (overrides applied)
and `qualified_name` is `f"{server_name}__{name}"`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .domain_errors import missing
from .store import Document, Store

__all__ = ["canonical_uuid", "fetch_or_404", "new_id", "now_iso", "public", "qualified_name"]


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 string as an aware datetime (naive = UTC), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def new_id() -> str:
    """A fresh lower-case hyphenated UUID string."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current time as ISO 8601 with a UTC offset."""
    return datetime.now(UTC).isoformat()


def public(doc: Mapping[str, Any]) -> dict[str, Any]:
    """`doc` without internal (`_`-prefixed) fields."""
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def qualified_name(server_name: str, tool_name: str) -> str:
    """The gateway-wide tool name `server__tool`."""
    return f"{server_name}__{tool_name}"


def canonical_uuid(value: object) -> str | None:
    """The lower-case hyphenated form of a UUID string, or None when `value` is not one."""
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def fetch_or_404(store: Store, kind: str, doc_id: object, what: str) -> Document:
    """The stored document of `kind` with this id (any UUID spelling), else `NotFound` naming `what`."""
    canonical = canonical_uuid(doc_id)
    doc = store.get(kind, canonical) if canonical else None
    if doc is None:
        raise missing(what)
    return doc


LOCAL_USER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:mcpgateway-local:user:local"))
"""The one user of the local gateway (owner of connections and sandboxes)."""
