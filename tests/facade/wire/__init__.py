"""The wire table: one row per public SDK call, one module per namespace (`rows.py`: the row
types). `tests/facade/test_wire.py` runs it."""

from __future__ import annotations

from tests.facade.wire import (
    auth,
    bundles,
    cache,
    connections,
    generation,
    oauth,
    sandboxes,
    servers,
    sessions,
    skills,
    tools,
)
from tests.facade.wire.rows import W
from tests.facade.wire.validation import VALIDATION

__all__ = ["CASES", "VALIDATION"]

CASES: list[W] = [
    *servers.CASES,
    *tools.CASES,
    *skills.CASES,
    *sessions.CASES,
    *sandboxes.CASES,
    *auth.CASES,
    *cache.CASES,
    *bundles.CASES,
    *connections.CASES,
    *oauth.CASES,
    *generation.CASES,
]
