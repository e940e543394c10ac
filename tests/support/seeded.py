"""Gateways started on a data directory seeded beforehand with documents other modules own.

The handler tests of sandboxes, bundles and connections run on :func:`seed_tools` (two servers
with tools, in the `tool` document shape of `records.py`, and a connection whose server is
gone); those of skills, sessions, API keys and the cache on :func:`seed_sessions` (servers, a
bundle, sessions in clock-dependent states that cannot be reached quickly). Each module's
fixture opens one with :func:`open_seeded` over the shared gateway factory (`--validate-responses`:
a response that does not match openapi.json is a 500).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.store import Store
from tests.conftest import GatewayFactory
from tests.support.seed_store import insert_remote_server

KEY = "mgw_local_test-seeded-handlers-0123456789"
MISSING_ID = "99999999-9999-4999-8999-999999999999"

# -- servers, tools and an orphan connection ---------------------------------------------------

WEATHER_ID = "5a0f6a52-3c1e-4d8e-9f00-000000000001"
CALENDAR_ID = "5a0f6a52-3c1e-4d8e-9f00-000000000002"
GONE_SERVER_ID = "5a0f6a52-3c1e-4d8e-9f00-00000000dead"
WEATHER_TOOLS = {
    "get_weather": "6b0f6a52-3c1e-4d8e-9f00-000000000001",
    "get_forecast": "6b0f6a52-3c1e-4d8e-9f00-000000000002",
    "get_alerts": "6b0f6a52-3c1e-4d8e-9f00-000000000003",
}
CALENDAR_TOOL = "6b0f6a52-3c1e-4d8e-9f00-000000000004"
ORPHAN_CONNECTION_ID = "7c0f6a52-3c1e-4d8e-9f00-000000000001"
SECRET = "sk-very-secret-value-123"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _tool_doc(tool_id: str, server_id: str, server_name: str, name: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}}
    original = {"name": name, "description": f"The {name} tool.", "input_schema": schema}
    return {
        "id": tool_id,
        "server_id": server_id,
        "server_name": server_name,
        **original,
        "enabled": True,
        "has_embedding": True,
        "overrides": None,
        "local": False,
        "created_at": _now(),
        "updated_at": _now(),
        "_original": original,
    }


def seed_tools(data_dir: Path) -> None:
    """Servers and tools (owned by the servers module) and a connection to a deleted server."""
    store = Store.open(data_dir)
    try:
        for server_id, name in ((WEATHER_ID, "weather"), (CALENDAR_ID, "calendar")):
            insert_remote_server(store, server_id, name, _now())
        for name, tool_id in WEATHER_TOOLS.items():
            store.insert("tool", _tool_doc(tool_id, WEATHER_ID, "weather", name))
        store.insert("tool", _tool_doc(CALENDAR_TOOL, CALENDAR_ID, "calendar", "list_events"))
        store.insert(
            "connection",
            {
                "id": ORPHAN_CONNECTION_ID,
                "user_id": str(uuid.uuid4()),
                "server_id": GONE_SERVER_ID,
                "token_type": "Bearer",
                "is_valid": True,
                "created_at": _now(),
                "updated_at": _now(),
                "credential_type": "bearer",
                "_secret": "old",
            },
        )
    finally:
        store.close()


# -- servers, a bundle and sessions in clock-dependent states -----------------------------------

SERVER_ID = "1b0f6a52-3c1e-4d8e-9f00-000000000001"
OTHER_SERVER_ID = "1b0f6a52-3c1e-4d8e-9f00-000000000002"
BUNDLE_ID = "2c0f6a52-3c1e-4d8e-9f00-000000000001"
EXPIRED_SESSION_ID = "3d0f6a52-3c1e-4d8e-9f00-000000000001"
IDLE_SESSION_ID = "3d0f6a52-3c1e-4d8e-9f00-000000000002"


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def seed_sessions(data_dir: Path) -> None:
    """Documents owned by other modules, and sessions in clock-dependent states."""
    now = datetime.now(UTC)
    store = Store.open(data_dir)
    try:
        for server_id, name in ((SERVER_ID, "weather"), (OTHER_SERVER_ID, "calendar")):
            insert_remote_server(store, server_id, name, iso(now))
        store.insert(
            "bundle",
            {"id": BUNDLE_ID, "name": "bundle", "created_at": iso(now), "updated_at": iso(now)},
        )
        sessions = (
            (EXPIRED_SESSION_ID, now - timedelta(hours=2), now - timedelta(hours=1)),
            (IDLE_SESSION_ID, now - timedelta(minutes=40), now + timedelta(minutes=20)),
        )
        for session_id, accessed, expires in sessions:
            store.insert(
                "session",
                {
                    "id": session_id,
                    "server_id": SERVER_ID,
                    "bundle_id": None,
                    "process_state": {},
                    "external_sessions": {},
                    "last_accessed_at": iso(accessed),
                    "expires_at": iso(expires),
                    "is_active": True,
                    "is_expired": False,
                    "is_idle": False,
                    "created_at": iso(accessed),
                    "allowed_tool_names": None,
                    "denied_tool_names": None,
                },
            )
    finally:
        store.close()


# -- the gateway -------------------------------------------------------------------------------


@dataclass
class Gw:
    """A seeded gateway and an admin client of its `/api/v1`."""

    local: LocalGateway
    http: httpx.Client

    @property
    def sandboxes_dir(self) -> Path:
        return self.local.data_dir / "sandboxes"

    def as_key(self, key: str) -> httpx.Client:
        return httpx.Client(
            base_url=f"{self.local.url}/api/v1",
            headers={"Authorization": f"Bearer {key}"},
            timeout=30,
        )


@contextmanager
def open_seeded(
    factory: GatewayFactory,
    tmp_path_factory: pytest.TempPathFactory,
    seed: Callable[[Path], None],
) -> Iterator[Gw]:
    """A gateway (the shared factory, key :data:`KEY`) on a data directory ``seed`` filled."""
    data_dir = tmp_path_factory.mktemp("gateway-data")
    seed(data_dir)
    with (
        factory(data_dir=data_dir, api_key=KEY) as local,
        httpx.Client(base_url=f"{local.url}/api/v1", headers=local.headers, timeout=60) as http,
    ):
        yield Gw(local, http)


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body of a response that must have ``status`` (None for 204)."""
    assert response.status_code == status, response.text
    return response.json() if status != 204 else None


def assert_clean_log(local: LocalGateway) -> None:
    """Every response matched the spec and nothing failed unhandled (the gateway's log)."""
    log = local.log_path.read_text(errors="replace") if local.log_path.exists() else ""
    assert "does not match the spec" not in log
    assert "unhandled error" not in log
    assert "Traceback" not in log, log[-4000:]
