"""Paths of older SDKs that the local gateway still serves, rewritten to today's.

SDK 0.28 called the cache at `/api/v1/sdk/cache/{key}`; 0.61 (and this SDK) at
`/api/v1/cache/{key}`. Both reach the same operations and the same data.
"""

from __future__ import annotations

from typing import Final

__all__ = ["LEGACY_PREFIXES", "current_path"]

LEGACY_PREFIXES: Final = ((b"/api/v1/sdk/cache/", b"/api/v1/cache/"),)


def current_path(raw_path: bytes) -> bytes:
    """`raw_path` with a legacy prefix replaced by today's (unchanged otherwise)."""
    for old, new in LEGACY_PREFIXES:
        if raw_path.startswith(old):
            return new + raw_path[len(old) :]
    return raw_path
