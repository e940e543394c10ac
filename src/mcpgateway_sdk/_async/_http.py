"""The HTTP core of the async client: auth, timeouts, per-call options, retries, error mapping,
logging.

Written once in async form; `codegen/unasync.py` produces its twin in `_sync/_http.py`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .._capture import CAPTURE
from .._config import USER_AGENT, ClientConfig
from .._errortext import add_base_path_hint, transport_error
from .._logging import logger
from .._options import NO_OPTIONS, apply_options, resolve_options
from .._responses import decode_json, encode_json, error_from_response
from .._retry import IDEMPOTENT_METHODS, backoff_delay, retry_after_seconds, should_retry

__all__ = ["AsyncHTTPCore"]

_SEND_KEYS = ("params", "json", "content", "data", "files")


class AsyncHTTPCore:
    """Sends one logical request, retrying where it is safe, and maps failures to typed errors."""

    def __init__(self, config: ClientConfig, http_client: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self._owns_client = http_client is None
        self._pool = _Pool(http_client)

    def derive(self, config: ClientConfig) -> AsyncHTTPCore:
        """A core with other settings sharing this one's connection pool (which it does not own)."""
        core = AsyncHTTPCore(config, None)
        core._owns_client = False
        core._pool = self._pool
        return core

    @property
    def _client(self) -> httpx.AsyncClient:
        """The connection pool, created on first use (constructing a client stays cheap)."""
        return self._pool.get(self.config)

    async def aclose(self) -> None:
        """Close the connection pool if this core created it (and it was ever opened)."""
        client = self._pool.client
        if self._owns_client and client is not None:
            await client.aclose()

    async def send(
        self,
        request: Mapping[str, Any],
        options: Mapping[str, object] | None = None,
        *,
        idempotent: bool | None = None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send `request` (the kwargs built by a generated operation) and return a 2xx response.

        `options` are the caller's per-call options (`RequestOptions`); `headers` are the
        method's own. With `stream`, the body of a successful response is left unread.
        """
        opts = resolve_options(options) if options else NO_OPTIONS
        method = str(request["method"]).upper()
        path = str(request["url"])
        url = self.config.base_url + path
        safe = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        budget = self.config.max_retries if opts.max_retries is None else opts.max_retries
        send_headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self.config.default_headers,
            **self.config.auth_headers,
            **(request.get("headers") or {}),
            **(headers or {}),
            **(opts.headers or {}),
        }
        extra = {key: request[key] for key in _SEND_KEYS if key in request}
        if opts is not NO_OPTIONS:
            apply_options(method, extra, opts)
        if "json" in extra:
            extra["content"] = encode_json(extra.pop("json"))
            send_headers["Content-Type"] = "application/json"
        call_timeout = opts.timeout or self.config.timeout
        capture = CAPTURE.get()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                built = self._client.build_request(
                    method, url, headers=send_headers, timeout=call_timeout, **extra
                )
                response = await self._client.send(built, stream=stream)
            except httpx.TransportError as exc:
                if attempt < budget and should_retry(idempotent=safe, error=exc):
                    await self._pause(method, path, attempt, f"{type(exc).__name__}", None)
                    attempt += 1
                    continue
                raise transport_error(
                    exc,
                    method,
                    url,
                    path,
                    timeout=call_timeout,
                    attempts=attempt + 1,
                    secret=self.config.api_key,
                ) from exc
            elapsed = time.perf_counter() - started
            logger.debug("%s %s -> %d (%.1f ms)", method, path, response.status_code, elapsed * 1e3)
            if capture is not None:
                capture.record(response, elapsed)
            if response.is_success:
                return response
            if attempt < budget and should_retry(idempotent=safe, status_code=response.status_code):
                hint = retry_after_seconds(response.headers)
                await response.aclose()
                await self._pause(method, path, attempt, str(response.status_code), hint)
                attempt += 1
                continue
            if stream:
                await response.aread()
            error = error_from_response(response, method, path, self.config.api_key)
            add_base_path_hint(error, self.config.base_url, self.config.base_path)
            raise error

    async def request_json(
        self,
        request: Mapping[str, Any],
        options: Mapping[str, object] | None = None,
        *,
        idempotent: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send and decode the JSON body (`None` for 204)."""
        response = await self.send(request, options, idempotent=idempotent, headers=headers)
        return decode_json(response, str(request["method"]).upper(), str(request["url"]))

    async def request_bytes(
        self, request: Mapping[str, Any], options: Mapping[str, object] | None = None
    ) -> bytes:
        """Send and return the raw body (downloads).

        Under `with_streaming_response` the body is not read here (the wrapper streams it) and
        the result is `b""`.
        """
        capture = CAPTURE.get()
        stream = capture is not None and capture.stream
        response = await self.send(request, options, headers={"Accept": "*/*"}, stream=stream)
        return b"" if stream else response.content

    async def _pause(
        self, method: str, path: str, attempt: int, reason: str, hint: float | None
    ) -> None:
        delay = backoff_delay(attempt, hint)
        logger.info("retrying %s %s after %s in %.2f s", method, path, reason, delay)
        await asyncio.sleep(delay)


class _Pool:
    """Holds the httpx client, built on first request; shared by `derive()`d cores."""

    __slots__ = ("_lock", "client")

    def __init__(self, client: httpx.AsyncClient | None) -> None:
        self.client = client
        self._lock = threading.Lock()

    def get(self, config: ClientConfig) -> httpx.AsyncClient:
        client = self.client
        if client is None:
            with self._lock:  # threads sharing one sync client build one pool
                client = self.client
                if client is None:
                    client = self.client = httpx.AsyncClient(
                        timeout=config.timeout,
                        follow_redirects=False,
                        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
                    )
        return client
