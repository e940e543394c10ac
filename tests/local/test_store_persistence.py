"""What the handlers store survives a gateway restart: skills and their packages, attachments,
sessions, API keys (and revocations), cache entries. Starts its own gateways (twice, on one data
directory) through the shared factory.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.conftest import GatewayFactory
from tests.support.seeded import (
    KEY,
    SERVER_ID,
    seed_sessions,
)
from tests.support.skill_files import make_zip, skill_md

pytestmark = pytest.mark.e2e


def test_state_survives_restart(gateway_factory: GatewayFactory, tmp_path: Path) -> None:
    def client(local: LocalGateway, key: str = KEY) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"}
        return httpx.Client(base_url=f"{local.url}/api/v1", headers=headers, timeout=30)

    seed_sessions(tmp_path)
    with (
        gateway_factory(data_dir=tmp_path, api_key=KEY) as local,
        client(local) as http,
    ):
        data = make_zip({"kept/SKILL.md": skill_md("kept").encode(), "kept/f.txt": b"f"})
        skill = upload_to(http, "kept.zip", data).json()
        package = http.get(f"/skills/{skill['id']}/package").content
        attached = http.post(f"/servers/{SERVER_ID}/skills/{skill['id']}/attach")
        assert attached.status_code == 200
        session = http.post(
            "/sessions", json={"server_id": SERVER_ID, "denied_tool_names": ["weather__x"]}
        ).json()
        deleted = http.post("/sessions", json={}).json()
        assert http.delete(f"/sessions/{deleted['id']}").status_code == 204
        key = http.post("/users/me/api-keys", json={"name": "kept"}).json()
        revoked = http.post("/users/me/api-keys", json={"name": "gone"}).json()
        assert http.delete(f"/users/me/api-keys/{revoked['id']}").status_code == 204
        assert http.put("/cache/a%2Fb", json={"value": [1], "ttl": 3600}).status_code == 204

    with (
        gateway_factory(data_dir=tmp_path, api_key=KEY) as local,
        client(local) as http,
    ):
        got = http.get(f"/skills/{skill['id']}").json()
        assert got["name"] == "kept" and got["mcp_server_id"] is None
        assert http.get(f"/skills/{skill['id']}/package").content == package
        again = http.post(f"/servers/{SERVER_ID}/skills/{skill['id']}/attach")
        assert again.status_code == 409
        restored = http.get(f"/sessions/{session['id']}").json()
        assert restored["denied_tool_names"] == ["weather__x"]
        assert restored["expires_at"] == session["expires_at"] and restored["is_active"]
        assert http.get(f"/sessions/{deleted['id']}").json()["is_active"] is False
        with client(local, key["key"]) as as_key:
            assert as_key.get("/users/me/api-keys").status_code == 200
        with client(local, revoked["key"]) as as_revoked:
            assert as_revoked.get("/users/me/api-keys").status_code == 401
        assert http.get("/cache/a/b").json()["value"] == [1]


def upload_to(http: httpx.Client, filename: str, data: bytes) -> httpx.Response:
    response = http.post(
        "/skills/upload", files={"file": (filename, data, "application/octet-stream")}
    )
    assert response.status_code == 201, response.text
    return response
