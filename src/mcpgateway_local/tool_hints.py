"""The 0.61 tool hints `use_when`, `returns` and `usage_hints` of `ToolLookup` and
`ToolSearchResult`: read from the tool's MCP `_meta` (or its annotations) when its server sent
them, else null. Only non-empty strings are used, cut to 2,000 characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = ["HINT_KEYS", "tool_hints"]

HINT_KEYS: Final = ("use_when", "returns", "usage_hints")
MAX_HINT: Final = 2000


def _hint(sources: tuple[object, ...], key: str) -> str | None:
    for source in sources:
        if isinstance(source, Mapping):
            value = source.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:MAX_HINT]
    return None


def tool_hints(tool_doc: Mapping[str, Any] | None) -> dict[str, str | None]:
    """The three hints of a stored `tool` document (all None when it has none)."""
    original = tool_doc.get("_original") if tool_doc is not None else None
    sources: tuple[object, ...] = ()
    if isinstance(original, Mapping):
        sources = (original.get("meta"), original.get("annotations"))
    return {key: _hint(sources, key) for key in HINT_KEYS}
