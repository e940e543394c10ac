"""The SDK reads answers shaped as the gateway's published spec promises them (issue 13).

Each answer below holds only what the reference spec (tests/contract/data/gateway-openapi.json)
requires, plus the fields our spec took from it; a real loopback server sends it to both clients.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from mcpgateway_sdk import ConflictError
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

CONNECTION = "7f3a4a4e-0f3e-4d49-9d55-8f5a4f8a2a11"
SERVER = "2b1e7a52-5f55-4a8e-9a0c-1c1f0e3b6d21"
STAMP = "2026-01-02T03:04:05Z"


@pytest.fixture(scope="module")
def srv() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, srv: RecordingServer) -> Iterator[Twin]:
    client = Twin(request.param, api_key="sk-test", url=srv.url, check_version=False)
    yield client
    client.close()


def connection(**extra: object) -> dict[str, object]:
    """A ConnectionResponse with the reference spec's required fields only, plus `extra`."""
    return {
        "id": CONNECTION,
        "server_id": SERVER,
        "ownership": "shared",
        "created_at": STAMP,
        "updated_at": STAMP,
        **extra,
    }


def test_cleanup_is_a_map_of_counts(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, {"expired": 2, "idle": 1})  # the spec promises dict[str, int], no named key
    result = twin.call("sessions.cleanup")
    # every count is reachable; the documented name reads None when the gateway does not send it
    assert dict(result) == {"cleaned_count": None, "expired": 2, "idle": 1}
    assert result["expired"] == 2 and result.cleaned_count is None


def test_connection_fields_of_the_gateway_are_typed(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, connection(revoked_at=STAMP, revoke_reason="rotated"))
    found = twin.call("connections.get", CONNECTION)
    assert found.ownership == "shared" and found.revoke_reason == "rotated"
    assert isinstance(found.revoked_at, datetime)


def test_listed_connections_carry_auto_refresh(twin: Twin, srv: RecordingServer) -> None:
    server = {"id": SERVER, "name": "mail", "display_name": "Mail"}
    item = connection(server=server, auto_refresh_enabled=True)
    srv.reply(200, {"items": [item], "total": 1})
    (found,) = twin.call("connections.list", include_server=True)
    assert found.auto_refresh_enabled is True and found.server.name == "mail"


def test_an_error_envelope_gives_its_message(twin: Twin, srv: RecordingServer) -> None:
    envelope = {"error": {"code": "CONFLICT", "message": "Server name already exists"}}
    srv.reply(409, envelope)
    with pytest.raises(ConflictError, match="Server name already exists"):
        twin.call("servers.create", name="mail", type="remote", config={"url": "https://x"})
    assert srv.requests[-1].json()["display_name"] == "mail"  # the gateway requires it
