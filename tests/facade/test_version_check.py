"""The version check on entering the client: warns on a major/minor mismatch, never raises."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from mcpgateway_sdk import __version__
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

MAJOR, MINOR, _ = __version__.split(".")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


def enter(mode: str, url: str, **kwargs: Any) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        twin = Twin(mode, api_key="sk-x", url=url, max_retries=0, **kwargs)
        assert twin.enter() is twin.client
        twin.close()
    return [w for w in caught if issubclass(w.category, UserWarning)]


@pytest.mark.parametrize("mode", MODES)
def test_mismatch_warns(server: RecordingServer, mode: str) -> None:
    server.reply(200, {"status": "healthy", "version": f"{MAJOR}.{int(MINOR) + 1}.0"})
    caught = enter(mode, server.url)
    assert len(caught) == 1
    assert f"SDK version {__version__} does not match server version" in str(caught[0].message)
    assert "pip install --upgrade mcpgateway-sdk" in str(caught[0].message)
    request = server.requests[-1]
    assert (request.method, request.raw_path) == ("GET", "/health")
    assert request.headers["authorization"] == "Bearer sk-x"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "version", [__version__, f"{MAJOR}.{MINOR}.99", f"{MAJOR}.{MINOR}", f"{MAJOR}.{MINOR}.0-rc1"]
)
def test_same_major_minor_is_silent(server: RecordingServer, mode: str, version: str) -> None:
    server.reply(200, {"status": "healthy", "version": version})
    assert enter(mode, server.url) == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"status": "healthy"}),
        (200, {"version": 28}),
        (200, {"version": "dev"}),
        (200, {"version": ""}),
        (200, ["not", "an", "object"]),
        (200, b"<html>not json</html>"),
        (200, None),
        (401, {"detail": "no"}),
        (404, {"detail": "no"}),
        (500, b"boom"),
    ],
)
def test_odd_health_never_raises_or_warns(
    server: RecordingServer, mode: str, status: int, body: Any
) -> None:
    server.reply(status, body)
    assert enter(mode, server.url) == []


@pytest.mark.parametrize("mode", MODES)
def test_unreachable_gateway_never_raises(mode: str) -> None:
    assert enter(mode, "http://127.0.0.1:9") == []


@pytest.mark.parametrize("mode", MODES)
def test_check_version_false_sends_nothing(server: RecordingServer, mode: str) -> None:
    assert enter(mode, server.url, check_version=False) == []
    assert server.requests == []
