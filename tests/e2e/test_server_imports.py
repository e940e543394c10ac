"""`servers.import_schema` end to end on both clients: a real local gateway imports the OpenAPI
document of a real loopback API (`tests/support/api_peer.py`) and its own `openapi.json`, and
calling the tools calls those APIs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import ConflictError, MCPGatewaySync, NotFoundError, ValidationError
from tests.support.api_peer import API_KEY_HEADER, ApiPeer
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def peer() -> Iterator[ApiPeer]:
    with ApiPeer() as api:
        yield api


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def set_secret(twin: Twin, server_id: Any, name: str, value: str) -> None:
    """Store the value of the server's declared authentication field `name`."""
    twin.run(twin.client.servers.authentication(server_id).set_secret(name, value))


def test_import_then_call_a_public_and_a_keyed_tool(twin: Twin, peer: ApiPeer) -> None:
    name = f"pets-{twin.mode}"
    server = twin.call("servers.import_schema", name, peer.spec_json(), display_name="Pets")
    assert server.name == name and server.type_ == "generated" and server.status == "running"
    assert server.access_mode == "public" and server.tool_count == 3
    assert server.display_name == "Pets" and server.config["base_url"] == peer.url
    tools = {t.name: t for t in twin.call("servers.list_tools", server.id)}
    assert set(tools) == {"listPets", "createPet", "getPet"}
    assert tools["getPet"].input_schema["required"] == ["pet_id"]
    assert tools["createPet"].input_schema["properties"]["body"]["required"] == ["name"]

    listed = twin.call("tools.execute", "listPets", {"limit": 2}, server_name=name)
    assert listed.error is None and [p["name"] for p in listed.result] == ["Rex", "Tom"]
    assert peer.requests[-1].query == {"limit": "2"}

    denied = twin.call("tools.execute", f"{name}__getPet", {"pet_id": 1})
    assert denied.result is None and "HTTP 401" in denied.error and "api_key" in denied.error

    auth = twin.run(twin.client.servers.authentication(server.id).get())
    assert auth.type_ == "api_key" and [f.name for f in auth.fields] == ["api_key"]
    assert auth.config.location == "header" and auth.config.name == API_KEY_HEADER
    set_secret(twin, server.id, "api_key", peer.api_key)
    found = twin.call("tools.execute", f"{name}__getPet", {"pet_id": 2})
    assert found.error is None and found.result == {"id": 2, "name": "Tom", "tag": "cat"}
    sent = peer.requests[-1]
    assert sent.path == "/pets/2" and sent.headers[API_KEY_HEADER.lower()] == peer.api_key
    assert peer.api_key not in str(twin.call("servers.get", server.id).to_dict())

    created = twin.call("tools.execute", f"{name}__createPet", {"body": {"name": "Kiki"}})
    assert created.error is None and created.result["name"] == "Kiki"
    missing = twin.call("tools.execute", f"{name}__getPet", {"pet_id": 999})
    assert "HTTP 404" in missing.error and peer.api_key not in missing.error
    twin.call("servers.delete", server.id)


def test_yaml_auth_none_and_bundle_only(twin: Twin, peer: ApiPeer) -> None:
    name = f"pets-yaml-{twin.mode}"
    server = twin.call(
        "servers.import_schema",
        name,
        peer.spec_yaml(),
        auth_mode="none",
        access_mode="bundle_only",
    )
    assert server.access_mode == "bundle_only" and server.display_name == "Pet Store"
    auth = twin.run(twin.client.servers.authentication(server.id).get())
    assert auth.type_ == "none" and auth.fields == []
    with pytest.raises(NotFoundError):  # bundle_only: not reachable outside a bundle
        twin.call("tools.execute", f"{name}__listPets", {})
    tool = next(t for t in twin.call("servers.list_tools", server.id) if t.name == "getPet")
    bundle = twin.call("bundles.create", f"b-{name}", tools=[{"tool_id": str(tool.id)}])
    result = twin.call("tools.execute", f"{name}__getPet", {"pet_id": 1}, bundle_id=bundle.id)
    assert "HTTP 401" in result.error  # reached the API, with no authentication declared
    with pytest.raises(ConflictError):
        twin.call("servers.import_schema", name, peer.spec_yaml())
    twin.call("bundles.delete", bundle.id)
    twin.call("servers.delete", server.id)


@pytest.mark.parametrize(
    ("name", "spec", "needle"),
    [
        ("bad-spec", "openapi: [unclosed", "not valid YAML"),
        ("no-ops", '{"openapi": "3.0.0", "paths": {}}', "no operations"),
        ("not-openapi", '{"hello": "world"}', "not an OpenAPI"),
        (
            "bomb",
            "a: &a [x, x]\n" + "".join(f"b{i}: &b{i} [*a, *a]\n" for i in range(300)),
            "aliases",
        ),
        ("Bad_Name", '{"openapi": "3.0.0"}', "lowercase"),
    ],
)
def test_unusable_documents_are_422(twin: Twin, name: str, spec: str, needle: str) -> None:
    with pytest.raises(ValidationError) as caught:
        twin.call("servers.import_schema", name, spec)
    assert needle in caught.value.message


def test_import_the_gateways_own_openapi_pointed_at_itself(
    twin: Twin, gateway: LocalGateway
) -> None:
    document = httpx.get(gateway.url + "/openapi.json", timeout=30).text
    name = f"self-{twin.mode}"
    server = twin.call("servers.import_schema", name, document)
    assert server.tool_count > 100
    twin.call("servers.update", server.id, config={"base_url": gateway.url})
    unkeyed = twin.call("tools.execute", f"{name}__list_servers", {"page_size": 5})
    assert "HTTP 401" in unkeyed.error
    set_secret(twin, server.id, "api_key", gateway.api_key)  # the bearer scheme's secret
    page = twin.call("tools.execute", f"{name}__list_servers", {"search": name, "page_size": 5})
    assert page.error is None, page.error
    assert [s["name"] for s in page.result["items"]] == [name]
    twin.call("servers.delete", server.id)


def test_stop_start_and_sync_a_generated_server(twin: Twin, peer: ApiPeer) -> None:
    name = f"pets-life-{twin.mode}"
    server = twin.call("servers.import_schema", name, peer.spec_json())
    stopped = twin.call("servers.stop", server.id)
    assert stopped.current_status == "stopped"
    with pytest.raises(ConflictError):  # the server is not running
        twin.call("tools.execute", f"{name}__listPets", {})
    hits = twin.call("tools.search", "List pets", limit=50)
    assert name not in [h.server_name for h in hits]  # stopped: not searchable
    started = twin.call("servers.start", server.id)
    assert started.current_status == "running" and "3 tools" in started.message
    synced = twin.call(
        "servers.sync_tools", server.id, update_bundles=False, generate_embeddings=False
    )
    assert synced.total_tools == 3 and synced.added == synced.removed == []
    hits = twin.call("tools.search", "List pets", limit=50)
    assert (name, "listPets") in [(h.server_name, h.tool_name) for h in hits]
    health = twin.call("servers.health", server.id)
    assert health.current_status == "running"
    result = twin.call("tools.execute", f"{name}__listPets", {"limit": 1})
    assert result.error is None
    twin.call("servers.delete", server.id)


def test_a_generated_server_survives_a_restart(
    gateway_factory: Any, tmp_path: Path, peer: ApiPeer
) -> None:
    data_dir = tmp_path / "gw"
    with (
        gateway_factory(data_dir=data_dir) as first,
        MCPGatewaySync(api_key=first.api_key, url=first.url) as gw,
    ):
        running = gw.servers.import_schema("pets-kept", peer.spec_json())
        stopped = gw.servers.import_schema("pets-stopped", peer.spec_json())
        gw.servers.stop(stopped.id)
        gw.servers.authentication(running.id).set_secret("api_key", peer.api_key)
    with (
        gateway_factory(data_dir=data_dir) as second,
        MCPGatewaySync(api_key=second.api_key, url=second.url) as gw,
    ):
        assert gw.servers.get(running.id).status == "running"
        assert gw.servers.get(stopped.id).status == "stopped"
        found = gw.tools.execute("pets-kept__getPet", {"pet_id": 3})
        assert found.error is None and found.result["name"] == "Nemo"
