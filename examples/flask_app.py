"""Flask + `MCPGatewaySync` under gunicorn with threads: one client per worker process.

    pip install mcpgateway-sdk flask gunicorn
    export MCPGATEWAY_URL=http://127.0.0.1:8000 MCPGATEWAY_TOKEN=sk-...
    gunicorn --workers 2 --threads 8 --preload --chdir examples flask_app:app

Fork safety: gunicorn imports the app in its master process (with `--preload`) and then forks the
workers. A client created before the fork would hand the same open sockets to every worker, which
then read each other's responses. So the client is created lazily, at most once per process (a
lock makes the first requests of a worker's threads agree on one), and `os.register_at_fork`
forgets a client inherited from the master. The start-up check below really does create one in
the master: that is the case this pattern makes safe. One client is shared by all threads of a
worker: `MCPGatewaySync` is thread-safe and holds one connection pool.
"""

from __future__ import annotations

import atexit
import os
import threading

from flask import Flask, jsonify, request
from flask.typing import ResponseReturnValue

from mcpgateway_sdk import GatewayError, MCPGatewaySync


class PerProcessGateway:
    """`gateway()` returns this process's `MCPGatewaySync`, created on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: MCPGatewaySync | None = None
        self.created_in_pid = 0
        os.register_at_fork(after_in_child=self._forget)
        atexit.register(self.close)

    def __call__(self) -> MCPGatewaySync:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    self._client = MCPGatewaySync()  # MCPGATEWAY_URL / MCPGATEWAY_TOKEN
                    self.created_in_pid = os.getpid()
                client = self._client
        return client

    def close(self) -> None:
        """Close this process's client, if it made one (registered with `atexit`)."""
        if self._client is not None and self.created_in_pid == os.getpid():
            self._client.close()

    def _forget(self) -> None:
        # In a fresh child: drop the parent's client without closing it (its sockets are the
        # parent's), and take a new lock (the parent's may have been held at fork time).
        self._lock = threading.Lock()
        self._client = None
        self.created_in_pid = 0


gateway = PerProcessGateway()
app = Flask(__name__)
gateway().health()  # fail fast at start-up if the gateway is unreachable


@app.get("/tools")
def search_tools() -> ResponseReturnValue:
    """Tools ranked for `?q=`."""
    found = gateway().tools.search(request.args.get("q", "weather"), limit=3)
    return jsonify([{"tool": f"{t.server_name}__{t.tool_name}", "score": t.score} for t in found])


@app.get("/weather/<city>")
def weather(city: str) -> ResponseReturnValue:
    """Runs the `weather__get_weather` tool on the gateway."""
    result = gateway().tools.execute("weather__get_weather", {"city": city})
    if result.error:
        return jsonify({"error": result.error}), 502
    return jsonify({"city": city, "weather": result.result, "pid": os.getpid()})


@app.get("/process")
def process() -> ResponseReturnValue:
    """Which worker answered, and in which process its gateway client was created."""
    gateway()
    return jsonify({"pid": os.getpid(), "client_pid": gateway.created_in_pid})


@app.errorhandler(GatewayError)
def gateway_error(exc: GatewayError) -> ResponseReturnValue:
    """A failed gateway call becomes a 502 with the SDK's message (never the key)."""
    return jsonify({"error": str(exc)}), 502
