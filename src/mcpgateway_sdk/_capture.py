"""Where `with_raw_response` / `with_streaming_response` collect the HTTP response of a call.

A wrapper sets a `Capture` in a context variable, runs the ordinary method, and reads the final
response the HTTP core recorded there. Methods need no code of their own for it.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

import httpx

__all__ = ["CAPTURE", "Capture"]


@dataclass(slots=True)
class Capture:
    """The last response of the wrapped call; with `stream`, downloads are left unread."""

    stream: bool = False
    response: httpx.Response | None = None
    elapsed: timedelta = timedelta(0)

    def record(self, response: httpx.Response, seconds: float) -> None:
        """Keep `response` (the call's latest) and the time it took."""
        self.response = response
        self.elapsed = timedelta(seconds=seconds)

    def final_response(self) -> httpx.Response:
        """The response recorded last; a call that sent nothing is a `RuntimeError`."""
        if self.response is None:
            raise RuntimeError("the call sent no HTTP request, so there is no raw response")
        return self.response


CAPTURE: Final[ContextVar[Capture | None]] = ContextVar("mcpgateway_sdk_capture", default=None)
