"""Wire rows of `gw.cache`-side calls: cache (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from tests.facade.wire.rows import (
    NONE,
    V1,
    Returns,
    W,
)

# fmt: off
CASES: list[W] = [
    # --- cache (2) ------------------------------------------------------------------------
    W("cache.get", ("a/b c",), {}, "get_cache_entry",
      f"{V1}/cache/a%2Fb%20c", {}, None, Returns({"any": "json"})),
    W("cache.set", ("a/b c", {"n": 1}), {}, "set_cache_entry",
      f"{V1}/cache/a%2Fb%20c", {}, {"value": {"n": 1}, "ttl": 300}, NONE),
    W("cache.set", ("k?x#y", None), {"ttl": 60}, "set_cache_entry",
      f"{V1}/cache/k%3Fx%23y", {}, {"value": None, "ttl": 60}, NONE, label="null-value"),

]
# fmt: on
