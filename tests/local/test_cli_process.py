"""cli.py as a real subprocess: a given key, a generated key printed once, SIGINT. (These start
their own gateways: startup is what they test.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from mcpgateway_local import __version__
from mcpgateway_local.auth import generate_api_key
from mcpgateway_local.capabilities import CAPABILITIES
from mcpgateway_local.launcher import READY_LINE, run_local_gateway

# --- CLI as a real subprocess ------------------------------------------------------------------


@pytest.mark.e2e
def test_cli_subprocess_with_given_key(tmp_path: Path) -> None:
    key = generate_api_key()
    with run_local_gateway(api_key=key, data_dir=tmp_path / "data") as gw:
        assert gw.url.startswith("http://127.0.0.1:") and not gw.url.endswith(":0")
        assert gw.data_dir == tmp_path / "data"
        health = httpx.get(f"{gw.url}/health")
        assert health.json() == {
            "status": "healthy",
            "version": __version__,
            "capabilities": list(CAPABILITIES),
        }
        assert httpx.get(f"{gw.url}/api/v1/sessions/stats").status_code == 401
        authed = httpx.get(f"{gw.url}/api/v1/sessions/stats", headers=gw.headers)
        assert authed.status_code in (200, 501)
        raw = httpx.get(
            f"{gw.url}/api/v1/sandboxes/not-a-uuid/files//workspace/x", headers=gw.headers
        )
        assert raw.status_code in (404, 501)  # ids are plain strings: unknown sandbox
        pid = gw.pid
        assert key not in gw.log_path.read_text()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert (tmp_path / "data" / "gateway.sqlite3").exists()


@pytest.mark.e2e
def test_cli_generates_and_prints_key_once_and_stops_on_sigint(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MCPGATEWAY_LOCAL_API_KEY"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mcpgateway_local", "serve", "--port", "0", "--temporary"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(3)]
        data_line, key_line, ready_line = lines
        assert data_line.startswith("Data directory: ")
        assert key_line.startswith("API key (shown once): mgw_local_")
        assert ready_line.startswith(READY_LINE)
        url = ready_line[len(READY_LINE) :]
        key = key_line.split(": ", 1)[1]
        r = httpx.get(f"{url}/api/v1/sessions/stats", headers={"Authorization": f"Bearer {key}"})
        assert r.status_code in (200, 501)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert key not in out + err
    assert not Path(data_line.split(": ", 1)[1]).exists()
