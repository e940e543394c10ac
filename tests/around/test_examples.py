"""The framework examples under their real servers, against the local gateway: Flask under gunicorn
(threads, pre-fork), the Django project under gunicorn, FastAPI under uvicorn; each takes 200
concurrent requests with no error."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONCURRENT = 200


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(
    args: Sequence[str], gateway: LocalGateway, port: int, tmp_path: Path
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run `python -m ARGS` with the gateway's URL and key in the environment until it answers."""
    env = {**os.environ, "MCPGATEWAY_URL": gateway.url, "MCPGATEWAY_TOKEN": gateway.api_key}
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", *args], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/tools", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail(f"{args[0]} did not serve: {log_path.read_text(errors='replace')[-3000:]}")
        yield base, process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def _get_all(base: str, paths: Sequence[str]) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=len(paths))
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        return list(await asyncio.gather(*(client.get(path) for path in paths)))


def _hammer(base: str) -> list[dict[str, Any]]:
    """200 concurrent tool calls through the app; every one must answer 200 with its city."""
    cities = [f"city-{i}" for i in range(CONCURRENT)]
    responses = asyncio.run(_get_all(base, [f"/weather/{city}" for city in cities]))
    errors = [(r.status_code, r.text[:200]) for r in responses if r.status_code != 200]
    assert errors == []
    bodies = [r.json() for r in responses]
    assert [body["city"] for body in bodies] == cities
    assert all(body["weather"]["city"] == body["city"] for body in bodies)
    return bodies


def test_flask_under_gunicorn_threads_prefork(
    mcpgateway_local: LocalGateway, running_servers: dict[str, Any], tmp_path: Path
) -> None:
    port = _free_port()
    gunicorn = ["gunicorn", "--workers", "2", "--threads", "8", "--preload"]
    args = [*gunicorn, "--bind", f"127.0.0.1:{port}", "--chdir", str(EXAMPLES), "flask_app:app"]
    with serving(args, mcpgateway_local, port, tmp_path) as (base, master):
        bodies = _hammer(base)
        processes = asyncio.run(_get_all(base, ["/process"] * 50))
    worker_pids = {body["pid"] for body in bodies}
    assert master.pid not in worker_pids  # the master made a client (start-up check) and forked
    for response in processes:  # every worker uses a client it created itself
        assert response.json()["client_pid"] == response.json()["pid"] != master.pid


def test_django_project_under_gunicorn(
    mcpgateway_local: LocalGateway, running_servers: dict[str, Any], tmp_path: Path
) -> None:
    port = _free_port()
    project = EXAMPLES / "django_app"
    args = ["gunicorn", "--workers", "2", "--threads", "8", "--preload", "--chdir", str(project)]
    with serving([*args, "--bind", f"127.0.0.1:{port}", "gwsite.wsgi"], mcpgateway_local, port, tmp_path) as (base, _):  # fmt: skip
        _hammer(base)
        tools = httpx.get(f"{base}/tools", params={"q": "add numbers"}).json()
    assert tools[0]["tool"].startswith("calc__")


def test_fastapi_under_uvicorn_with_a_lifespan_client(
    mcpgateway_local: LocalGateway, running_servers: dict[str, Any], tmp_path: Path
) -> None:
    port = _free_port()
    args = ["uvicorn", "--app-dir", str(EXAMPLES), "--port", str(port), "fastapi_app:app"]
    with serving(args, mcpgateway_local, port, tmp_path) as (base, _):
        _hammer(base)
        tools = httpx.get(f"{base}/tools", params={"q": "add numbers"}).json()
    assert tools[0]["tool"].startswith("calc__")
