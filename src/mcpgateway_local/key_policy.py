"""API-key policy: scope names, which scope an operation needs, narrowing, and rate limits.

Scope names (also listed in openapi.json, `BearerAuth`): for each area `servers`, `catalog`,
`tools`, `skills`, `sessions`, `api-keys`, `cache`, `sandboxes`, `bundles`, `connections`,
`oauth-apps`, `oauth-templates`:

* `<area>:read`: GET operations (and tool search);
* `<area>:write`: every other operation of the area (implies `<area>:read`);
* `tools:execute`: `POST /tools/execute` and the MCP endpoint `/mcp/gateway`;
* `<area>:*`: everything in the area; `*`: everything.

A key whose `scopes` is null is unrestricted (as before). A key may only create keys whose scopes
it covers itself and that expire no later than it does; only the bootstrap (admin) key manages
other keys. `rate_limit_rpm` is enforced per key over a sliding minute (429 + `Retry-After`).
Pure logic, no I/O and no Starlette.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Iterable, Sequence

AREAS = (
    "servers",
    "catalog",
    "tools",
    "skills",
    "sessions",
    "api-keys",
    "cache",
    "sandboxes",
    "bundles",
    "connections",
    "oauth-apps",
    "oauth-templates",
)
EVERYTHING = "*"
EXECUTE = "tools:execute"
READ_ONLY_POSTS = frozenset({"search_tools", "probe_auth"})
"""POST operations that only read (they need `<area>:read`)."""
SCOPE_NAMES = frozenset(
    [EVERYTHING, EXECUTE]
    + [f"{area}:{level}" for area in AREAS for level in ("read", "write", "*")]
)


def unknown_scopes(scopes: Iterable[str]) -> list[str]:
    """The entries that are not scope names (for a 422)."""
    return [scope for scope in scopes if scope not in SCOPE_NAMES]


def required_scope(operation_id: str, method: str, tag: str | None) -> str | None:
    """The scope an operation needs (None: any valid key may call it)."""
    if tag is None or tag not in AREAS:
        return None
    if operation_id == "execute_tool":
        return EXECUTE
    if method in ("GET", "HEAD") or operation_id in READ_ONLY_POSTS:
        return f"{tag}:read"
    return f"{tag}:write"


def allows(scopes: Sequence[str] | None, needed: str) -> bool:
    """Whether a key with `scopes` (None = unrestricted) has the scope `needed`."""
    if scopes is None or EVERYTHING in scopes or needed in scopes:
        return True
    area, _, level = needed.partition(":")
    if f"{area}:*" in scopes:
        return True
    return level == "read" and f"{area}:write" in scopes


def covers(parent: Sequence[str] | None, child: Sequence[str] | None) -> bool:
    """Whether a key with scopes `parent` may create a key with scopes `child` (not wider)."""
    if parent is None:
        return True
    if child is None:
        return False
    for scope in child:
        if scope == EVERYTHING:
            if EVERYTHING not in parent:
                return False
        elif scope.endswith(":*"):
            area = scope[:-2]
            wanted = [f"{area}:read", f"{area}:write"] + ([EXECUTE] if area == "tools" else [])
            if not all(allows(parent, w) for w in wanted):
                return False
        elif not allows(parent, scope):
            return False
    return True


class RateLimiter:
    """Sliding one-minute request log per key; thread-safe, bounded by the limit itself."""

    def __init__(self, clock: object = time.monotonic) -> None:
        self._clock = clock
        self._log: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, per_minute: int) -> float | None:
        """Record one request; None when allowed, else the seconds until the next is allowed."""
        if per_minute <= 0:
            return None
        now = self._now()
        with self._lock:
            log = self._log.setdefault(key, deque())
            while log and now - log[0] >= 60.0:
                log.popleft()
            if len(log) >= per_minute:
                return max(60.0 - (now - log[0]), 0.001)
            log.append(now)
            return None

    def forget(self, key: str) -> None:
        """Drop a key's log (revoked keys)."""
        with self._lock:
            self._log.pop(key, None)

    def _now(self) -> float:
        clock = self._clock
        assert callable(clock)
        return float(clock())


def retry_after_header(seconds: float) -> str:
    """`Retry-After` value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))
