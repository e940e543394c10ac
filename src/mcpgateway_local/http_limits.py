"""Connection limits uvicorn does not have: a deadline for a request's headers.

uvicorn's h11 protocol holds a connection that sends half a request line or never the blank line
after its headers forever (its keep-alive timer only runs between requests). The protocol below
closes such a connection `header_timeout` seconds after it connected or after the previous
response, unless a complete request head has arrived by then.
"""

from __future__ import annotations

import asyncio
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("mcpgateway_local")


def header_timeout_protocol(header_timeout: float) -> type[asyncio.Protocol]:
    """An h11 protocol class for `uvicorn.Config(http=...)` with a header deadline."""

    class HeaderDeadlineProtocol(H11Protocol):
        """`H11Protocol` that drops connections whose request head is late."""

        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is h11.IDLE:
                self._arm()  # still waiting for (the rest of) a request head
            else:
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(header_timeout, self._too_slow)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _too_slow(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                logger.info("closing a connection whose request head took over %gs", header_timeout)
                self.transport.close()

    return HeaderDeadlineProtocol
