"""Request bodies: ids, datetimes and enums inside free-form values are sent as JSON strings."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.mark.parametrize("mode", MODES)
def test_free_form_values_are_made_json(server: RecordingServer, mode: str) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    ident = uuid.UUID("3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11")
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    server.reply(*success_example("execute_tool"))
    twin.call("tools.execute", "a__b", {"id": ident, "at": when, "tags": ("x", "y"), "text": "é"})
    assert server.requests[-1].json()["arguments"] == {
        "id": str(ident), "at": "2026-01-02T03:04:05+00:00", "tags": ["x", "y"], "text": "é",
    }  # fmt: skip
    server.reply(204)
    twin.call("cache.set", "k", {"when": when})
    assert server.requests[-1].json() == {
        "value": {"when": "2026-01-02T03:04:05+00:00"},
        "ttl": 300,
    }
    twin.close()


@pytest.mark.parametrize("mode", MODES)
def test_unserialisable_values_fail_before_sending(server: RecordingServer, mode: str) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    with pytest.raises(ValueError, match="not valid JSON"):
        twin.call("cache.set", "k", float("nan"))
    with pytest.raises(TypeError, match="not JSON serialisable"):
        twin.call("tools.execute", "a__b", {"f": object()})
    assert server.requests == []
    twin.close()
