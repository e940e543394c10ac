"""The key/value cache with TTL (the store's `cache` table).

Keys are whatever the router decoded: `a%2Fb` and the raw multi-segment `a/b` are the same key.
A missing or expired key is a 404; values are any JSON, `null` included.
"""

from __future__ import annotations

from datetime import UTC, datetime

from . import ApiRequest, ApiResult, HTTPProblem, operation


@operation("get_cache_entry")
async def get_cache_entry(req: ApiRequest) -> ApiResult:
    entry = req.gw.store.cache_get(req.path["key"])
    if entry is None:
        raise HTTPProblem(404, "Cache key not found (never set, or expired)")
    expires_at = (
        None
        if entry.expires_at is None
        else datetime.fromtimestamp(entry.expires_at, UTC).isoformat()
    )
    return ApiResult.json({"value": entry.value, "expires_at": expires_at})


@operation("set_cache_entry")
async def set_cache_entry(req: ApiRequest) -> ApiResult:
    store = req.gw.store
    with store.transaction():
        store.cache_purge()
        store.cache_set(req.path["key"], req.body["value"], int(req.body["ttl"]))
    return ApiResult.no_content()
