"""`gw.cache`: a small key/value store with expiry, shared by everyone using the key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from ..._exceptions import NotFoundError
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.cache import get_cache_entry, set_cache_entry
    from ..._generated.models import CacheEntryWrite
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.cache",
        "get_cache_entry set_cache_entry",
        submodules=True,
    )
    lazy_import(globals(), "mcpgateway_sdk._generated.models", "CacheEntryWrite")

__all__ = ["AsyncCache"]


class AsyncCache(AsyncResource):
    """Get and set JSON values by key. Keys may hold any character, `/` included."""

    async def get(self, key: str, **options: Unpack[RequestOptions]) -> Any:
        """The stored value, or `None` when the key is missing or expired."""
        try:
            data = await self._core.request_json(get_cache_entry._get_kwargs(key=key), options)
        except NotFoundError:
            return None
        return data.get("value") if isinstance(data, dict) else None

    async def set(
        self, key: str, value: Any, ttl: int = 300, **options: Unpack[RequestOptions]
    ) -> None:
        """Store a JSON-serialisable `value` under `key` for `ttl` seconds (default 300)."""
        if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl < 1:
            raise ValueError(f"ttl must be a positive whole number of seconds, got {ttl!r}")
        body = CacheEntryWrite(value=value, ttl=ttl)
        await self._core.request_json(set_cache_entry._get_kwargs(key=key, body=body), options)
