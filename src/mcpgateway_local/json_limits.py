"""Limits on untrusted JSON: nesting depth, finite numbers, text that UTF-8 can encode.

`load_json(raw)` parses a request body and raises `JsonRefused` (with a readable reason) for
anything the rest of the gateway could not store, forward or answer: a lone UTF-16 surrogate
(`"\\ud800"`, in a key or a value: SQLite and the MCP children's pipes would fail on it),
`1e999` / `NaN` / `Infinity`, or nesting deeper than `MAX_DEPTH`. Pure functions, no I/O.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64
"""Deepest nesting of arrays/objects accepted in a body (tool arguments included)."""


class JsonRefused(ValueError):
    """Input the gateway refuses; `reason` says why (no input echoed back)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_json(raw: bytes | str) -> Any:
    """Parse `raw`; `json.JSONDecodeError` for bad syntax, `JsonRefused` for unsafe content."""
    try:
        value = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise JsonRefused(f"JSON nested too deeply (limit {MAX_DEPTH} levels)") from None
    check_json_value(value)
    return value


def check_json_value(value: Any, max_depth: int = MAX_DEPTH) -> None:
    """Raise `JsonRefused` when `value` nests deeper than `max_depth` or holds a lone surrogate."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            check_text(item)
        elif isinstance(item, dict | list):
            if depth >= max_depth:
                raise JsonRefused(f"JSON nested too deeply (limit {max_depth} levels)")
            if isinstance(item, dict):
                for key, child in item.items():
                    check_text(str(key))
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise JsonRefused("Numbers must be finite (got an infinite or NaN value)")


def check_text(text: str) -> None:
    """Raise `JsonRefused` when `text` holds a lone UTF-16 surrogate (not encodable as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonRefused(
            "Text contains a lone UTF-16 surrogate (e.g. \\ud800), which is not valid Unicode"
        ) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonRefused(f"Numbers must be finite ({text[:20]} overflows a double)")
    return value
