"""Run a local gateway as a subprocess, for tests and demos (standard library only).

    with run_local_gateway() as gw:
        client = MCPGateway(url=gw.url, api_key=gw.api_key)

Starts `python -m mcpgateway_local serve --port 0` (a temporary data directory unless `data_dir`
is given), waits for the ready line, and on exit sends SIGTERM, waits, then kills as a last resort.
The key is passed through the environment (`MCPGATEWAY_LOCAL_API_KEY`), not the command line.
"""

from __future__ import annotations

import os
import queue
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .entry import require_local

READY_LINE = "MCP Gateway (local) ready at "
DATA_DIR_LINE = "Data directory: "
API_KEY_ENV = "MCPGATEWAY_LOCAL_API_KEY"


@dataclass(frozen=True, slots=True)
class LocalGateway:
    """A running local gateway."""

    url: str
    api_key: str
    data_dir: Path
    pid: int
    log_path: Path

    @property
    def mcp_url(self) -> str:
        """The MCP endpoint."""
        return f"{self.url}/mcp/gateway"

    @property
    def headers(self) -> dict[str, str]:
        """The bearer header for raw HTTP clients."""
        return {"Authorization": f"Bearer {self.api_key}"}


class GatewayStartError(RuntimeError):
    """The gateway exited or did not become ready in time."""


@contextmanager
def run_local_gateway(
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    data_dir: Path | None = None,
    api_key: str | None = None,
    extra_args: Sequence[str] = (),
    startup_timeout: float = 60.0,
    stop_timeout: float = 15.0,
    env: Mapping[str, str] | None = None,
) -> Iterator[LocalGateway]:
    """Start a gateway subprocess, yield it once ready, stop it on exit.

    Raises `LocalExtraMissingError` (naming `pip install "mcpgateway-sdk[local]"`) before starting
    anything when the `[local]` extra is not installed.
    """
    require_local()
    api_key = api_key or "mgw_local_" + secrets.token_urlsafe(32)
    where = ["--data-dir", str(data_dir)] if data_dir is not None else ["--temporary"]
    command = [
        sys.executable,
        "-m",
        "mcpgateway_local",
        "serve",
        "--host",
        host,
        "--port",
        str(port),
        *where,
        *extra_args,
    ]
    child_env = {**os.environ, **(env or {}), API_KEY_ENV: api_key, "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryDirectory(prefix="mcpgateway-local-log-") as log_dir:
        log_path = Path(log_dir) / "gateway.log"
        with log_path.open("w") as log:
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=log, text=True, env=child_env
            )
        try:
            assert process.stdout is not None
            url, served_dir = _wait_ready(
                process, _drain(process.stdout), startup_timeout, log_path
            )
            yield LocalGateway(url, api_key, served_dir, process.pid, log_path)
        finally:
            _stop(process, stop_timeout)


def _drain(stream: IO[str]) -> queue.Queue[str | None]:
    """Read stdout lines on a thread (so the pipe never fills); None marks the end."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, name="mcpgateway-local-stdout", daemon=True).start()
    return lines


def _wait_ready(
    process: subprocess.Popen[str], lines: queue.Queue[str | None], timeout: float, log_path: Path
) -> tuple[str, Path]:
    deadline = time.monotonic() + timeout
    data_dir: Path | None = None
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            break
        if line is None:
            process.wait(timeout=5)
            raise GatewayStartError(f"gateway exited ({process.returncode}): {_tail(log_path)}")
        if line.startswith(DATA_DIR_LINE):
            data_dir = Path(line[len(DATA_DIR_LINE) :])
        elif line.startswith(READY_LINE) and data_dir is not None:
            return line[len(READY_LINE) :].strip(), data_dir
    raise GatewayStartError(f"gateway not ready after {timeout:.0f}s: {_tail(log_path)}")


def _stop(process: subprocess.Popen[str], timeout: float) -> None:
    if process.poll() is None:
        if sys.platform == "win32":
            process.terminate()
        else:
            process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _tail(log_path: Path, size: int = 4000) -> str:
    try:
        return log_path.read_text(errors="replace")[-size:] or "(no output)"
    except OSError:
        return "(no log)"
