"""Typed models: `to_dict()`, unknown fields kept, a read-only Mapping view for dict-era code."""

from __future__ import annotations

import copy
import json
import pickle
import uuid
from collections.abc import Mapping

import pytest

from mcpgateway_sdk.models import ApiKey, Server, ServerHealth, SessionStats, ToolSearchResult
from tests.support.spec_examples import example, spec


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


def test_fields_the_gateway_omits_are_unset_and_absent_from_the_view() -> None:
    from mcpgateway_sdk._generated.types import UNSET

    minimal = Server.from_dict({"id": str(uuid.uuid4()), "name": "n", "type": "stdio"})
    assert minimal.status is UNSET and "status" not in minimal and "description" not in minimal
    assert minimal.to_dict() == {"id": str(minimal.id), "name": "n", "type": "stdio"}


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

    for name in spec()["components"]["schemas"]:
        assert hasattr(models, name), name
        assert callable(getattr(models, name).to_dict)
