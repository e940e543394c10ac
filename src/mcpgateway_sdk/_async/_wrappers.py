"""What `gw.with_raw_response` and `gw.with_streaming_response` run: a method called inside a
`Capture`, returning the HTTP response instead of (raw: as well as) the parsed result. The typed
namespaces that hand these out are in `_views.py`.

The wrappers run the ordinary method inside a `Capture` (see `_capture.py`), so no method needs
code of its own for them. The sync twin is generated from this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from os import PathLike
from types import TracebackType
from typing import Any, BinaryIO

from .._capture import CAPTURE, Capture
from .._raw import RawResponse, ResponseView

__all__ = [
    "AsyncRawMethod",
    "AsyncStreamContext",
    "AsyncStreamedResponse",
    "AsyncStreamingMethod",
]

Method = Callable[..., Any]


class AsyncRawMethod:
    """A method that returns a `RawResponse` (call it with the method's own arguments)."""

    __slots__ = ("_method",)

    def __init__(self, method: Method) -> None:
        self._method = method

    async def __call__(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        """Run the method; its result is the response's `parse()`."""
        capture = Capture()
        token = CAPTURE.set(capture)
        try:
            parsed = await self._method(*args, **kwargs)
        finally:
            CAPTURE.reset(token)
        return RawResponse(capture.final_response(), parsed, capture.elapsed)


class AsyncStreamingMethod:
    """A method whose call is a context manager giving an `AsyncStreamedResponse`."""

    __slots__ = ("_method",)

    def __init__(self, method: Method) -> None:
        self._method = method

    def __call__(self, *args: Any, **kwargs: Any) -> AsyncStreamContext:
        """`async with` the result; a download's body is read only as you iterate it."""
        return AsyncStreamContext(self._method, args, kwargs)


class AsyncStreamedResponse(ResponseView):
    """A response whose body is read in chunks: `aiter_bytes()` or `write_to_file(path)`.

    Also `status_code`, `headers`, `http_request` and `elapsed`, as on a raw response.
    """

    __slots__ = ()

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, as it arrives."""
        return self._response.aiter_bytes(chunk_size)

    async def write_to_file(self, path: str | PathLike[str]) -> int:
        """Write the body to `path` chunk by chunk; returns the number of bytes written."""
        written = 0
        with _open_for_writing(path) as out:  # each chunk is written as it arrives
            async for chunk in self._response.aiter_bytes():
                out.write(chunk)
                written += len(chunk)
        return written

    async def aclose(self) -> None:
        """Release the connection (done for you when the `with` block ends)."""
        await self._response.aclose()


def _open_for_writing(path: str | PathLike[str]) -> BinaryIO:
    return open(path, "wb")


class AsyncStreamContext:
    """Runs the method on entering and closes the response on leaving."""

    __slots__ = ("_args", "_kwargs", "_method", "_streamed")

    def __init__(self, method: Method, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._method = method
        self._args = args
        self._kwargs = kwargs
        self._streamed: AsyncStreamedResponse | None = None

    async def __aenter__(self) -> AsyncStreamedResponse:
        capture = Capture(stream=True)
        token = CAPTURE.set(capture)
        try:
            await self._method(*self._args, **self._kwargs)
        finally:
            CAPTURE.reset(token)
        self._streamed = AsyncStreamedResponse(capture.final_response(), capture.elapsed)
        return self._streamed

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._streamed is not None:
            await self._streamed.aclose()
