"""Per-call options and `with_options` against a recording loopback server, on both clients:
a per-call timeout, a per-call retry budget, other headers/key/URL, and the error text of
failed connections, timeouts and a base URL that carries a path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from mcpgateway_sdk import (
    GatewayConnectionError,
    GatewayTimeoutError,
    NotFoundError,
    ServerError,
)
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

SID = "908cf468-8378-4da7-85ea-158799705ebe"
SECRET = "sk-options-secret-123"
SERVER_BODY = {
    "id": SID,
    "name": "weather",
    "display_name": "Weather",
    "type": "stdio",
    "status": "running",
    "created_at": "2026-01-02T03:04:05+00:00",
    "updated_at": "2026-01-02T03:04:05+00:00",
}


@pytest.fixture
def srv() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        server.default.body = SERVER_BODY
        yield server


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, srv: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key=SECRET, url=srv.url, check_version=False)
    yield t
    t.close()


def test_per_call_timeout_fires_and_leaves_the_default(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, SERVER_BODY, delay=1.5)
    with pytest.raises(GatewayTimeoutError) as info:
        twin.call("servers.get", SID, timeout=0.3, max_retries=0)
    assert "timed out after 0.3 s waiting for the response (1 attempt)" in info.value.message
    assert twin.client.config.timeout.read == 30.0
    srv.reply(200, SERVER_BODY, delay=0.5)  # slower than the per-call timeout, not the default
    assert twin.call("servers.get", SID).name == "weather"


def test_exec_http_timeout_is_its_own_keyword(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, {}, delay=1.5)
    with pytest.raises(GatewayTimeoutError):
        twin.call("sandboxes.exec", SID, "sleep 1", timeout=5, http_timeout=0.3)
    rec = srv.requests[-1]
    assert rec.json() == {"command": "sleep 1", "timeout_seconds": 5}
    with pytest.raises(TypeError):
        twin.call("sandboxes.exec", SID, "true", timeuot=1)


def test_max_retries_per_call(twin: Twin, srv: RecordingServer) -> None:
    busy = {"Retry-After": "0"}
    srv.reply(503, {"detail": "busy"}, busy)
    with pytest.raises(ServerError):
        twin.call("servers.get", SID, max_retries=0)
    assert len(srv.requests) == 1
    srv.reply(503, {"detail": "busy"}, busy)
    assert twin.call("servers.get", SID).name == "weather"  # the client's budget (2) applies
    assert len(srv.requests) == 3


def test_with_options_headers_key_and_url(twin: Twin, srv: RecordingServer) -> None:
    derived = twin.client.with_options(default_headers={"X-Team": "a"}, api_key="sk-other")
    twin.run(derived.servers.get(SID))
    rec = srv.requests[-1]
    assert rec.headers["x-team"] == "a" and rec.headers["authorization"] == "Bearer sk-other"
    assert derived._core._client is twin.client._core._client  # one connection pool
    assert "sk-other" not in repr(derived) and "sk-other" not in repr(derived.config)
    twin.call("servers.get", SID)
    rec = srv.requests[-1]
    assert "x-team" not in rec.headers and rec.headers["authorization"] == f"Bearer {SECRET}"
    with RecordingServer() as other:
        other.default.body = SERVER_BODY
        moved = twin.client.with_options(url=other.url)
        twin.run(moved.servers.get(SID, extra_headers={"X-Call": "1"}))
        assert len(other.requests) == 1 and other.requests[0].headers["x-call"] == "1"
        assert moved._core._client is twin.client._core._client
    with pytest.raises(ValueError):
        twin.client.with_options(url="no-scheme")


def test_connection_error_names_host_port_and_attempts(mode: str) -> None:
    t = Twin(mode, api_key=SECRET, url="http://127.0.0.1:9", max_retries=1, check_version=False)
    try:
        with pytest.raises(GatewayConnectionError) as info:
            t.call("servers.list")
    finally:
        t.close()
    message = info.value.message
    assert "GET http://127.0.0.1:9/api/v1/servers failed" in message
    assert "127.0.0.1:9" in message and "(2 attempts)" not in message and "2 attempts" in message
    assert SECRET not in str(info.value)


def test_timeout_error_counts_every_attempt(twin: Twin, srv: RecordingServer) -> None:
    for _ in range(3):
        srv.reply(200, SERVER_BODY, delay=1.0)
    with pytest.raises(GatewayTimeoutError) as info:
        twin.call("servers.get", SID, timeout=0.2)
    assert str(info.value).startswith(f"GET {srv.url}/api/v1/servers/{SID} timed out after 0.2 s")
    assert info.value.message.endswith("(3 attempts)")


def test_404_everywhere_because_the_url_carries_a_path(mode: str, srv: RecordingServer) -> None:
    t = Twin(mode, api_key=SECRET, url=srv.url + "/api/v1", check_version=False)
    try:
        srv.reply(404, {"detail": "Not Found"})
        with pytest.raises(NotFoundError) as info:
            t.call("servers.get", SID)
        assert srv.requests[-1].raw_path == f"/api/v1/api/v1/servers/{SID}"
        assert "carries the path '/api/v1'" in info.value.message
        assert repr(srv.url) in info.value.message  # the root URL to use instead
        srv.reply(404, {"detail": "Server not found"})  # a real missing resource: no hint
        with pytest.raises(NotFoundError) as info:
            t.call("servers.get", SID)
        assert info.value.message == "Server not found"
    finally:
        t.close()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


LOG_SCRIPT = """
import logging, sys
if sys.argv[2] == "configured":
    logging.basicConfig(level=logging.WARNING)
from mcpgateway_sdk import MCPGatewaySync
with MCPGatewaySync(api_key="{secret}", url=sys.argv[1], check_version=False) as gw:
    gw.servers.get("{sid}")
"""


@pytest.mark.parametrize(
    ("level", "setup", "expected"),
    [
        ("debug", "plain", True),
        ("DEBUG", "plain", True),
        ("info", "plain", False),
        ("", "plain", False),
        ("debug", "configured", False),
    ],
)
def test_mcpgateway_log_switch(
    srv: RecordingServer, level: str, setup: str, expected: bool
) -> None:
    env = {**os.environ, "MCPGATEWAY_LOG": level}
    script = LOG_SCRIPT.format(secret=SECRET, sid=SID)
    done = subprocess.run(
        [sys.executable, "-c", script, srv.url, setup],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    line = f"GET /api/v1/servers/{SID} -> 200"
    assert (line in done.stderr) is expected, done.stderr
    if expected:
        assert "DEBUG" in done.stderr and "mcpgateway_sdk" in done.stderr
    assert SECRET not in done.stderr


def test_public_type_modules() -> None:
    from mcpgateway_sdk.options import NoTimeoutOptions, RequestOptions
    from mcpgateway_sdk.pagination import AsyncPage, Page
    from mcpgateway_sdk.responses import AsyncStreamedResponse, RawResponse, StreamedResponse

    assert set(RequestOptions.__annotations__) == {
        "timeout", "max_retries", "extra_headers", "extra_query", "extra_body",
    }  # fmt: skip
    assert "timeout" not in NoTimeoutOptions.__annotations__
    assert issubclass(AsyncPage, list) and issubclass(Page, list)
    assert callable(RawResponse.parse)
    assert callable(AsyncStreamedResponse.aiter_bytes) and callable(StreamedResponse.iter_bytes)
