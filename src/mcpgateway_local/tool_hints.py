"""The 0.61 tool hints `use_when`, `returns` and `usage_hints` of `ToolLookup` and
`ToolSearchResult`: taken from the tool's MCP `_meta` when its server sends them (kept in the
tool document's `_original.meta`), else null. Only non-empty strings count, cut to 2,000
characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = ["HINT_KEYS", "hints_from_meta", "tool_hints"]

HINT_KEYS: Final = ("use_when", "returns", "usage_hints")
MAX_HINT: Final = 2000


def hints_from_meta(meta: object) -> dict[str, str]:
    """The hints an MCP tool's `_meta` carries (only those present)."""
    if not isinstance(meta, Mapping):
        return {}
    found: dict[str, str] = {}
    for key in HINT_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()[:MAX_HINT]
    return found


def tool_hints(tool_doc: Mapping[str, Any] | None) -> dict[str, str | None]:
    """The three hints of a stored `tool` document (None for each one its server did not send)."""
    original = tool_doc.get("_original") if tool_doc is not None else None
    meta = hints_from_meta(original.get("meta")) if isinstance(original, Mapping) else {}
    return {key: meta.get(key) for key in HINT_KEYS}
