"""`RawResponse`: what `gw.with_raw_response.<namespace>.<method>(...)` returns (both clients)."""

from __future__ import annotations

from datetime import timedelta
from typing import Generic, TypeVar

import httpx

__all__ = ["RawResponse", "ResponseView"]

T = TypeVar("T")


class ResponseView:
    """What raw and streamed responses share: status, headers, the request, the time taken."""

    __slots__ = ("_response", "elapsed")

    def __init__(self, response: httpx.Response, elapsed: timedelta) -> None:
        self._response = response
        self.elapsed = elapsed

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self._response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request that was sent (`.method`, `.url`; its headers carry the API key)."""
        return self._response.request


class RawResponse(ResponseView, Generic[T]):
    """The HTTP response of one call, with the typed result the plain call returns.

    `status_code`, `headers`, `http_request` (its `.method` and `.url`), `elapsed` (time to the
    response), `content` (the body as bytes) and `parse()` (the typed result).
    """

    __slots__ = ("_parsed",)

    def __init__(self, response: httpx.Response, parsed: T, elapsed: timedelta) -> None:
        super().__init__(response, elapsed)
        self._parsed = parsed

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self._response.content

    def parse(self) -> T:
        """The typed result the plain call would have returned."""
        return self._parsed

    def __repr__(self) -> str:
        request = self._response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"
