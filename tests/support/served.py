"""Serve an ASGI app with uvicorn on a free loopback port, in a daemon thread (for test peers)."""

from __future__ import annotations

import threading
import time
from typing import Any, Self

import uvicorn

__all__ = ["LoopbackPeer", "Served"]


class Served:
    """`Served(app, "name")` starts serving at once; `.port`, then `.stop()`."""

    def __init__(self, app: Any, name: str, *, lifespan: str = "auto") -> None:
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan=lifespan, access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=name, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start")
            time.sleep(0.02)
        self.port: int = self._server.servers[0].sockets[0].getsockname()[1]

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)


class LoopbackPeer:
    """Base of the test peers: `start()` / `stop()` / `with peer:` around the ASGI app that
    `_asgi()` builds, served by `Served` (the thread is named `_name`)."""

    _name = "loopback-peer"
    _lifespan = "auto"
    _served: Served | None = None
    port: int = 0

    def _asgi(self) -> Any:
        raise NotImplementedError

    def start(self) -> Self:
        """Serve on a free port; returns once the port accepts connections."""
        self._served = Served(self._asgi(), self._name, lifespan=self._lifespan)
        self.port = self._served.port
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        if self._served is not None:
            self._served.stop()
        self._served = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
