"""Typed models: `to_dict()`, unknown fields kept, a read-only Mapping view for dict-era code."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import uuid
from collections.abc import Mapping

import pytest

from mcpgateway_sdk import GatewayError
from mcpgateway_sdk.models import (
    ApiKey,
    ApiKeyRotation,
    Server,
    ServerHealth,
    SessionStats,
    ToolSearchResult,
)
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import example, spec
from tests.support.twins import MODES, Twin

SID = "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11"


def served_server(mode: str, body: dict[str, object]) -> Server:
    """`servers.get` through the client `mode`, from a loopback server answering `body`."""
    with RecordingServer() as server:
        server.reply(200, body)
        twin = Twin(mode, api_key="sk-test", url=server.url, check_version=False)
        try:
            result = twin.call("servers.get", SID)
        finally:
            twin.close()
    assert isinstance(result, Server)
    return result


def server_json() -> dict[str, object]:
    data = example({"$ref": "#/components/schemas/Server"})
    assert isinstance(data, dict)
    return data


def test_round_trip_and_typed_attributes() -> None:
    data = server_json()
    server = Server.from_dict(data)
    assert isinstance(server.id, uuid.UUID) and server.name == data["name"]
    assert server.to_dict() == json.loads(json.dumps(data))
    assert isinstance(server.config, dict)  # free-form objects stay plain dicts
    json.dumps(server.to_dict())


def test_unknown_fields_from_a_newer_gateway_are_kept() -> None:
    data = {**server_json(), "access_mode": "bundle_only", "pending_reason": None}
    server = Server.from_dict(data)
    assert server.additional_properties == {"access_mode": "bundle_only", "pending_reason": None}
    assert server["access_mode"] == "bundle_only" and "pending_reason" in server
    assert server.to_dict()["access_mode"] == "bundle_only"


def test_fields_the_gateway_omits_read_as_the_contract_default() -> None:
    minimal = Server.from_dict({"id": str(uuid.uuid4()), "name": "n", "type": "stdio"})
    assert minimal.status == "unknown" and minimal.description is None
    assert minimal.portal_tags == [] and minimal.config == {} and minimal.created_at is None
    assert minimal["status"] == "unknown" and "description" in minimal
    full = minimal.to_dict()
    assert full["status"] == "unknown" and full["portal_tags"] == [] and full["tool_count"] == 0
    assert set(full) == set(spec()["components"]["schemas"]["Server"]["properties"])


def test_mapping_view_for_code_written_against_dict_results() -> None:
    health = ServerHealth.from_dict(example({"$ref": "#/components/schemas/ServerHealth"}))
    assert isinstance(health, Mapping)
    assert health["current_status"] == health.current_status
    assert health.get("no-such-field", "dflt") == "dflt"
    assert dict(health) == health.to_dict() and set(health.keys()) == set(health.to_dict())
    with pytest.raises(KeyError):
        health["no-such-field"]
    with pytest.raises(TypeError):
        health["current_status"] = "x"  # type: ignore[index]
    stats = SessionStats.from_dict(
        {
            k: 1
            for k in (
                "total_active",
                "server_sessions",
                "bundle_sessions",
                "expired_not_cleaned",
                "idle_sessions",
            )
        }
    )
    assert stats["total_active"] == 1 and len(stats) == 5


def test_wire_values_in_the_view_are_json() -> None:
    result = ToolSearchResult.from_dict(example({"$ref": "#/components/schemas/ToolSearchResult"}))
    assert isinstance(result.tool_id, uuid.UUID)
    assert isinstance(result["tool_id"], str)  # as the dict of SDK 0.28 gave it


def test_copy_pickle_and_equality() -> None:
    server = Server.from_dict(server_json())
    assert copy.deepcopy(server) == server
    assert pickle.loads(pickle.dumps(server)) == server


def test_secret_fields_are_masked_in_repr() -> None:
    key = ApiKey.from_dict(
        {"id": str(uuid.uuid4()), "name": "ci", "key": "sk-live-secret", "key_prefix": "sk-live"}
    )
    assert "sk-live-secret" not in repr(key) and "sk-live-secret" not in str(key)
    assert key.key == "sk-live-secret"


def test_every_schema_has_a_public_model() -> None:
    import mcpgateway_sdk.models as models

    for name, schema in spec()["components"]["schemas"].items():
        assert hasattr(models, name), name
        if "enum" in schema:  # a closed set of values: a tolerant StrEnum, not a model
            continue
        assert callable(getattr(models, name).to_dict)


@pytest.mark.parametrize("mode", MODES)
def test_an_older_gateway_that_omits_fields_still_parses(mode: str) -> None:
    found = served_server(mode, {"id": SID, "name": "weather", "type": "stdio"})
    assert found.status == "unknown" and found.portal_tags == [] and found.created_at is None


@pytest.mark.parametrize("mode", MODES)
def test_a_missing_required_field_is_a_gateway_error_naming_it(mode: str) -> None:
    with pytest.raises(GatewayError, match="required field 'id' is missing"):
        served_server(mode, {"name": "weather", "type": "stdio"})  # no "id"


def test_values_are_converted_on_first_read_and_cached() -> None:
    server = Server.from_dict(server_json())
    assert server.created_at is server.created_at  # one datetime, built once
    assert isinstance(server.created_at, datetime.datetime)
    assert server.id is server.id and isinstance(server.id, uuid.UUID)


def test_a_value_that_breaks_the_contract_is_a_clear_error_when_read() -> None:
    server = Server.from_dict({**server_json(), "id": "sk-not-a-uuid"})
    assert server.name  # the other fields still read
    with pytest.raises(ValueError, match=r"Server\.id: the value the gateway sent") as info:
        _ = server.id
    assert "sk-not-a-uuid" not in str(info.value) and server["id"] == "sk-not-a-uuid"


def test_assigned_fields_show_in_to_dict_and_the_view() -> None:
    server = Server.from_dict(server_json())
    stamp = datetime.datetime(2030, 1, 2, tzinfo=datetime.UTC)
    server.created_at = stamp
    server.name = "renamed"
    server.additional_properties["extra"] = 1
    assert server.to_dict()["created_at"] == stamp.isoformat() and server["name"] == "renamed"
    assert server["extra"] == 1 and server.additional_keys == ["extra"]


def test_nested_models_round_trip_and_copies_are_independent() -> None:
    data = example({"$ref": "#/components/schemas/ApiKeyRotation"})
    assert isinstance(data, dict)
    rotation = ApiKeyRotation.from_dict(data)
    assert isinstance(rotation.new_key, ApiKey)
    assert rotation.to_dict()["new_key"]["id"] == data["new_key"]["id"]
    clone = copy.copy(rotation)
    clone.new_key.name = "other"
    assert rotation.new_key.name != "other" and clone != rotation
    assert pickle.loads(pickle.dumps(clone)) == clone


def test_constructing_a_response_model_checks_keywords() -> None:
    server = Server(id=uuid.UUID(SID), name="n", type_="stdio")
    assert server.to_dict()["id"] == SID and server.status == "unknown"
    with pytest.raises(TypeError, match="unexpected keyword argument 'nmae'"):
        Server(id=uuid.UUID(SID), name="n", type_="stdio", nmae="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing required keyword argument"):
        Server(name="n", type_="stdio")  # type: ignore[call-arg]


def test_unknown_fields_named_like_methods_do_not_shadow_them() -> None:
    server = Server.from_dict({**server_json(), "to_dict": 1, "keys": 2, "additional_keys": 3})
    assert server.to_dict()["to_dict"] == 1 and server["keys"] == 2
    assert set(server.keys()) >= {"to_dict", "keys", "id"}
    assert server.additional_keys == ["to_dict", "keys", "additional_keys"]


def _response_schemas() -> list[str]:
    import mcpgateway_sdk.models as models
    from mcpgateway_sdk._generated.types import ResponseModel

    names = spec()["components"]["schemas"]
    return [n for n in names if issubclass(getattr(models, n, object), ResponseModel)]


@pytest.mark.parametrize("full", [True, False], ids=["full", "required-only"])
@pytest.mark.parametrize("name", _response_schemas())
def test_every_response_model_parses_reads_and_round_trips(name: str, full: bool) -> None:
    import mcpgateway_sdk.models as models

    schema = spec()["components"]["schemas"][name]
    data = example({"$ref": f"#/components/schemas/{name}"}, full=full)
    model = getattr(models, name).from_dict(data)
    for field in type(model)._fields:  # every field reads, defaults included
        getattr(model, field.attr)
    wire = model.to_dict()
    assert set(wire) == set(schema.get("properties", {}))
    for key, prop in schema.get("properties", {}).items():
        if key not in data and "default" in prop:
            assert wire[key] == prop["default"], key
    again = type(model).from_dict(json.loads(json.dumps(wire)))
    assert again == model and pickle.loads(pickle.dumps(model)) == model


def test_equality_does_not_depend_on_which_fields_were_read() -> None:
    zulu = {**server_json(), "created_at": "2026-01-02T03:04:05Z"}
    read, unread = Server.from_dict(zulu), Server.from_dict(zulu)
    assert read.created_at is not None and read == unread
    assert Server.from_dict(read.to_dict()) == unread


def test_a_narrower_answer_extends_the_general_model() -> None:
    """`x-extends` in the spec: a created key is an `ApiKey` whose `key` is always there."""
    from mcpgateway_sdk.models import ApiKey, ApiKeyCreated

    created = ApiKeyCreated.from_dict(
        {"id": "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11", "name": "ci", "key": "mgw_secret"}
    )
    assert isinstance(created, ApiKey) and created.key == "mgw_secret"
    assert created.rate_limit_rpm == 60  # the general model's defaults still apply
    with pytest.raises(KeyError):
        ApiKeyCreated.from_dict({"id": "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11", "name": "ci"})
