"""Behaviour under faults: retries, typed errors, readable messages, no secret leaks.

Status-code faults are served for real by a loopback server; transport faults no server here can
produce on demand (a reset mid-body, a timeout) use an httpx mock transport.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import mcpgateway_sdk._retry as retry_module
from mcpgateway_sdk import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayConnectionError,
    GatewayError,
    GatewayTimeoutError,
    MCPGateway,
    MCPGatewaySync,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from mcpgateway_sdk._retry import backoff_delay, retry_after_seconds
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin

SECRET = "sk-very-secret-0123456789"
SID = "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11"


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry_module, "INITIAL_DELAY", 0.001)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, server: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key=SECRET, url=server.url, check_version=False)
    yield t
    t.close()


# --------------------------------------------------------------------------- error mapping


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (401, AuthError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (418, GatewayError),
    ],
)
def test_status_maps_to_typed_error(
    twin: Twin, server: RecordingServer, status: int, exc: type[GatewayError]
) -> None:
    server.default.status, server.default.body = status, {"detail": f"nope {status}"}
    with pytest.raises(exc) as info:
        twin.call("servers.get", SID)
    err = info.value
    assert type(err) is exc
    assert err.status_code == status and err.message == f"nope {status}"
    assert err.method == "GET" and err.path == f"/api/v1/servers/{SID}"
    assert f"[{status}] nope {status} (GET /api/v1/servers/{SID})" == str(err)


def test_seed_not_found_example(twin: Twin, server: RecordingServer) -> None:
    server.default.status, server.default.body = 404, {"detail": "Server not found"}
    with pytest.raises(NotFoundError):
        twin.call("servers.get", "nonexistent-id")
    assert server.requests[-1].raw_path == "/api/v1/servers/nonexistent-id"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"detail": [{"loc": ["body", "name"], "msg": "Field required", "type": "missing"}]},
         "body.name: Field required"),
        ({"detail": {"message": "object detail"}}, "object detail"),
        ({"error": {"code": "X", "message": "envelope"}}, "envelope"),
        ({"unexpected": 1}, '{"unexpected": 1}'),
    ],
)  # fmt: skip
def test_error_message_extraction(
    twin: Twin, server: RecordingServer, body: Any, message: str
) -> None:
    server.default.status, server.default.body = 422, body
    with pytest.raises(ValidationError) as info:
        twin.call("sessions.get", SID)
    assert info.value.message == message


def test_html_error_page_from_a_proxy_is_readable(twin: Twin, server: RecordingServer) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    for _ in range(3):
        server.reply(502, page, {"Content-Type": "text/html"})
    with pytest.raises(ServerError) as info:
        twin.call("servers.get", SID)
    assert info.value.status_code == 502
    assert info.value.message.startswith("502 Bad Gateway (HTML error page")
    assert len(server.requests) == 3  # GET retried twice


def test_non_json_success_body_is_a_gateway_error(twin: Twin, server: RecordingServer) -> None:
    server.reply(200, b"<html>captive portal</html>", {"Content-Type": "text/html"})
    with pytest.raises(GatewayError, match="not JSON"):
        twin.call("servers.get", SID)


def test_response_that_breaks_the_contract_is_a_gateway_error(
    twin: Twin, server: RecordingServer
) -> None:
    server.reply(200, {"unrelated": True})
    with pytest.raises(GatewayError, match="does not match the contract"):
        twin.call("servers.get", SID)


# --------------------------------------------------------------------------- retries


def test_idempotent_get_is_retried_through_a_503_storm(twin: Twin, server: RecordingServer) -> None:
    server.reply(503, {"detail": "busy"})
    server.reply(503, {"detail": "busy"})
    server.reply(*success_example("get_server"))
    server_obj = twin.call("servers.get", SID)
    assert server_obj.name and len(server.requests) == 3


def test_retries_give_up_after_max_retries(twin: Twin, server: RecordingServer) -> None:
    server.default.status, server.default.body = 503, {"detail": "busy"}
    with pytest.raises(ServerError):
        twin.call("servers.get", SID)
    assert len(server.requests) == 3  # 1 + max_retries (2)


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_disables(server: RecordingServer, mode: str) -> None:
    t = Twin(mode, api_key=SECRET, url=server.url, max_retries=0)
    server.default.status, server.default.body = 503, {"detail": "busy"}
    with pytest.raises(ServerError):
        t.call("servers.get", SID)
    assert len(server.requests) == 1
    t.close()


def test_tool_execute_is_never_retried_after_sending(twin: Twin, server: RecordingServer) -> None:
    server.default.status, server.default.body = 503, {"detail": "busy"}
    with pytest.raises(ServerError):
        twin.call("tools.execute", "weather__get_weather", {"city": "NYC"})
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("dotted", "args", "kwargs"),
    [
        ("sandboxes.exec", (SID,), {"command": "echo hi"}),
        ("servers.create", (), {"name": "a", "display_name": "A", "type": "stdio"}),
        ("sessions.create", (), {}),
    ],
)
def test_non_idempotent_posts_are_not_retried_on_503(
    twin: Twin, server: RecordingServer, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    server.default.status, server.default.body = 503, {"detail": "busy"}
    with pytest.raises(ServerError):
        twin.call(dotted, *args, **kwargs)
    assert len(server.requests) == 1


def test_retry_after_is_honoured(twin: Twin, server: RecordingServer) -> None:
    server.reply(429, {"detail": "slow down"}, {"Retry-After-Ms": "50"})
    server.reply(*success_example("list_servers"))
    started = time.monotonic()
    twin.call("servers.list")
    waited = time.monotonic() - started
    assert len(server.requests) == 2 and waited >= 0.045


def test_rate_limit_error_carries_retry_after(twin: Twin, server: RecordingServer) -> None:
    server.default.status, server.default.body = 429, {"detail": "slow down"}
    server.default.headers = {"Retry-After": "0"}
    with pytest.raises(RateLimitError) as info:
        twin.call("tools.execute", "x__y")
    assert info.value.retry_after == 0.0


def test_backoff_and_retry_after_parsing() -> None:
    assert backoff_delay(0, retry_after=1000) == 30.0  # capped
    assert backoff_delay(0, retry_after=2) == 2
    for attempt in range(6):
        delay = backoff_delay(attempt)
        window = min(0.001 * 2**attempt, 8.0)
        assert window / 2 <= delay <= window
    assert retry_after_seconds(httpx.Headers({"Retry-After": "3"})) == 3
    assert retry_after_seconds(httpx.Headers({"Retry-After": "garbage"})) is None
    when = retry_after_seconds(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    assert when == 0.0  # a date in the past


# --------------------------------------------------------------------------- transport faults


class FlakyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Raises the queued transport errors, then answers 200 with `body`."""

    def __init__(self, errors: list[Exception], body: Any) -> None:
        self.errors = errors
        self.body = body
        self.calls = 0
        self.lock = threading.Lock()

    def _next(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.calls += 1
            if self.errors:
                raise self.errors.pop(0)
        return httpx.Response(200, json=self.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)


def flaky_twin(mode: str, transport: FlakyTransport, **kwargs: Any) -> Twin:
    http: Any = (
        httpx.AsyncClient(transport=transport)
        if mode == "async"
        else httpx.Client(transport=transport)
    )
    return Twin(mode, api_key=SECRET, url="http://gateway.test", http_client=http, **kwargs)


@pytest.mark.parametrize("mode", MODES)
def test_connect_failure_is_retried_even_for_tool_execute(mode: str) -> None:
    _, body = success_example("execute_tool")
    transport = FlakyTransport([httpx.ConnectError("refused"), httpx.ConnectError("refused")], body)
    t = flaky_twin(mode, transport)
    result = t.call("tools.execute", "weather__get_weather", {"city": "NYC"})
    assert result.tool_name and transport.calls == 3


@pytest.mark.parametrize("mode", MODES)
def test_reset_mid_body_is_retried_for_get_not_for_execute(mode: str) -> None:
    _, body = success_example("get_server")
    transport = FlakyTransport([httpx.ReadError("connection reset by peer")], body)
    t = flaky_twin(mode, transport)
    assert t.call("servers.get", SID).name
    assert transport.calls == 2
    transport.errors = [httpx.ReadError("connection reset by peer")]
    with pytest.raises(GatewayConnectionError) as info:
        t.call("tools.execute", "a__b")
    assert info.value.status_code == 0 and "reset" in info.value.message
    assert transport.calls == 3


@pytest.mark.parametrize("mode", MODES)
def test_timeout_is_a_typed_error_with_status_zero(mode: str) -> None:
    transport = FlakyTransport([httpx.ReadTimeout("timed out")] * 3, {})
    t = flaky_twin(mode, transport)
    with pytest.raises(GatewayTimeoutError) as info:
        t.call("servers.get", SID)
    assert isinstance(info.value, GatewayConnectionError)
    assert info.value.status_code == 0 and transport.calls == 3


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_for_real(mode: str) -> None:
    t = Twin(mode, api_key=SECRET, url="http://127.0.0.1:9", max_retries=1)
    with pytest.raises(GatewayConnectionError) as info:
        t.call("servers.list")
    assert info.value.status_code == 0
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    t.close()


# --------------------------------------------------------------------------- secrets


def test_key_is_not_in_reprs_errors_or_logs(
    twin: Twin, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="mcpgateway_sdk")
    server.default.status = 401
    server.default.body = {"detail": f"invalid token Bearer {SECRET}"}
    with pytest.raises(AuthError) as info:
        twin.call("servers.list")
    texts = [
        repr(twin.client), str(twin.client), repr(twin.client.config), str(info.value),
        repr(info.value), info.value.message, repr(twin.client.servers), caplog.text,
    ]  # fmt: skip
    for text in texts:
        assert SECRET not in text
    assert "GET /api/v1/servers -> 401" in caplog.text
    assert server.requests[-1].headers["authorization"] == f"Bearer {SECRET}"


def test_created_api_key_secret_is_not_in_model_repr(twin: Twin, server: RecordingServer) -> None:
    status, body = success_example("create_api_key")
    body["key"] = SECRET
    server.reply(status, body)
    key = twin.call("auth.create_api_key", name="ci")
    assert key.key == SECRET
    assert SECRET not in repr(key) and SECRET not in str(key)


# --------------------------------------------------------------------------- own http client


@pytest.mark.parametrize("mode", MODES)
def test_user_http_client_keeps_auth_and_is_not_closed(server: RecordingServer, mode: str) -> None:
    http: Any = httpx.AsyncClient() if mode == "async" else httpx.Client()
    t = Twin(mode, api_key=SECRET, url=server.url, http_client=http)
    server.reply(*success_example("list_servers"))
    t.call("servers.list")
    assert server.requests[-1].headers["authorization"] == f"Bearer {SECRET}"
    t.run(t.client.aclose() if mode == "async" else t.client.close())
    assert not http.is_closed
    t.run(http.aclose() if mode == "async" else http.close())
    t.close()


def test_sync_client_works_inside_a_running_event_loop_and_threads(server: RecordingServer) -> None:
    server.default.status, server.default.body = success_example("list_servers")
    gw = MCPGatewaySync(api_key=SECRET, url=server.url)

    async def inside_loop() -> int:
        return len(gw.servers.list())  # what a Jupyter cell does

    assert asyncio.run(inside_loop()) >= 0
    results: list[int] = []

    def worker() -> None:
        for _ in range(5):
            results.append(len(gw.servers.list()))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(results) == 40
    gw.close()


def test_async_client_closes_its_pool(server: RecordingServer) -> None:
    async def scenario() -> bool:
        async with MCPGateway(api_key=SECRET, url=server.url, check_version=False) as gw:
            pool = gw._core._client
        return pool.is_closed

    assert asyncio.run(scenario())
