"""Create/update methods take explicit, typed keyword parameters: one per field the contract knows.

A misspelt keyword is a `TypeError` before anything is sent; a parameter left out (`NOT_GIVEN`)
is not sent; `None` is sent as JSON null where the field is nullable.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_sdk import NOT_GIVEN, EgressPolicy, MCPGateway, MCPGatewaySync, NotGiven
from tests.support.deprecations import expect_deprecation
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text())
SCHEMAS = SPEC["components"]["schemas"]
SID = "908cf468-8378-4da7-85ea-158799705ebe"
TID = "5393bc28-7522-40f9-b9a9-74b4f4ca009b"

# method -> (request schema, positional arguments, operation of the canned reply)
METHODS = {
    "servers.create": ("ServerCreate", (), "create_server"),
    "servers.update": ("ServerUpdate", (SID,), "update_server"),
    "servers.create_tool": ("LocalToolCreate", (SID,), "create_local_tool"),
    "servers.update_tool": ("LocalToolUpdate", (SID, TID), "update_local_tool"),
    "servers.create_credential": ("ServerCredentialCreate", (SID,), "create_server_credential"),
    "servers.import_from_catalog": ("CatalogImportRequest", (), "import_catalog_server"),
    "sandboxes.create": ("SandboxCreate", (), "create_sandbox"),
    "sandboxes.update": ("SandboxUpdate", (SID,), "update_sandbox"),
}
REQUIRED = {  # values for the required parameters
    "servers.create": {"name": "time", "type": "npx"},
    "servers.create_tool": {"name": "echo"},
    "servers.create_credential": {"name": "api", "credential_type": "api_key", "value": "s3cret"},
    "servers.import_from_catalog": {"registry": "builtin", "registry_id": "time", "name": "t"},
}


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


# Required on the wire, filled in by the SDK when left out (documented on the method).
CLIENT_DEFAULTS = {("servers.create", "display_name")}
# Body fields a typed parameter of another name fills (`egress_policy=EgressPolicy...()`).
RENAMED = {
    ("sandboxes.create", "requested_egress_policy"): "egress_policy",
    ("sandboxes.update", "requested_egress_policy"): "egress_policy",
}


def is_typed_options(param: inspect.Parameter) -> bool:
    """`**options: Unpack[...Options]`: a closed set of keywords, checked at run time too."""
    return param.name == "options" and param.annotation in (
        "Unpack[RequestOptions]",
        "Unpack[NoTimeoutOptions]",
    )


def method_of(client: Any, dotted: str) -> Any:
    namespace, name = dotted.split(".")
    return getattr(getattr(client, namespace), name)


@pytest.mark.parametrize("dotted", sorted(METHODS))
def test_parameters_cover_every_field_of_the_request_schema(dotted: str) -> None:
    schema = SCHEMAS[METHODS[dotted][0]]
    for client in (MCPGateway(api_key="k"), MCPGatewaySync(api_key="k")):
        params = inspect.signature(method_of(client, dotted)).parameters
        fields = {RENAMED.get((dotted, name), name) for name in schema["properties"]}
        assert fields <= set(params), fields - set(params)
        for name in schema.get("required", []):
            if (dotted, name) in CLIENT_DEFAULTS:
                continue
            assert params[name].default is inspect.Parameter.empty, name
        for name, param in params.items():
            if param.kind is inspect.Parameter.VAR_KEYWORD:  # only the typed per-call options
                assert is_typed_options(param), name
            assert param.annotation is not inspect.Parameter.empty, name


def test_no_public_method_takes_arbitrary_keywords() -> None:
    for client in (MCPGateway(api_key="k"), MCPGatewaySync(api_key="k")):
        for namespace in ("servers", "tools", "skills", "sessions", "sandboxes", "auth", "cache",
                          "bundles", "connections"):  # fmt: skip
            resource = getattr(client, namespace)
            for name, member in inspect.getmembers(type(resource), inspect.isfunction):
                if name.startswith("_"):
                    continue
                for param in inspect.signature(member).parameters.values():
                    if param.kind is inspect.Parameter.VAR_KEYWORD:
                        assert is_typed_options(param), f"{namespace}.{name}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dotted", sorted(METHODS))
def test_a_misspelt_keyword_is_a_type_error_before_sending(
    server: RecordingServer, mode: str, dotted: str
) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    kwargs = {k: v for k, v in REQUIRED.get(dotted, {}).items()}
    args = METHODS[dotted][1]
    if dotted == "servers.import_from_catalog":
        args, kwargs = tuple(kwargs.values()), {}
    with pytest.raises(TypeError, match="display_nmae"), expect_deprecation(dotted):
        twin.call(dotted, *args, **kwargs, display_nmae="x")
    twin.close()
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_create_server_defaults_display_name_to_name(server: RecordingServer, mode: str) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    server.reply(*success_example("create_server"))
    twin.call("servers.create", name="weather", type="stdio")
    server.reply(*success_example("create_server"))
    twin.call("servers.create", name="weather", type="stdio", display_name="Weather")
    twin.close()
    first, second = (r.json() for r in server.requests)
    assert first == {"name": "weather", "type": "stdio", "display_name": "weather"}
    assert second["display_name"] == "Weather"


@pytest.mark.parametrize("mode", MODES)
def test_update_sends_only_what_was_passed_and_none_as_null(
    server: RecordingServer, mode: str
) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    server.reply(*success_example("update_server"))
    twin.call("servers.update", SID, portal_category=None, portal_tags=("a", "b"))
    server.reply(*success_example("update_sandbox"))
    twin.call("sandboxes.update", SID, memory_mb=None, metadata={"team": "x"})
    server.reply(*success_example("update_local_tool"))
    twin.call("servers.update_tool", SID, TID, description=NOT_GIVEN, name="n")
    twin.close()
    bodies = [r.json() for r in server.requests]
    assert bodies == [
        {"portal_category": None, "portal_tags": ["a", "b"]},
        {"memory_mb": None, "metadata": {"team": "x"}},
        {"name": "n"},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_every_parameter_reaches_the_wire_under_its_own_name(
    server: RecordingServer, mode: str
) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    server.reply(*success_example("create_sandbox"))
    policy = {"mode": "allowlist", "allowed_domains": ["pypi.org"], "allowed_cidrs": []}
    twin.call(
        "sandboxes.create", "python:3.12", {"team": "x"},
        idle_timeout_seconds=60, memory_mb=256, cpu_cores=0.5, disk_mb=512,
        env_vars={"A": "1"}, network_enabled=None, session_key="s",
        egress_policy=EgressPolicy.allowlist(domains=["pypi.org"]),
    )  # fmt: skip
    server.reply(*success_example("create_server_credential"))
    with expect_deprecation("servers.create_credential"):
        twin.call(
            "servers.create_credential", SID, name="api", credential_type="bearer", value="v",
            header_name="Authorization", prefix="Bearer ", ownership_type="user",
            is_required=True, description=None,
        )  # fmt: skip
    twin.close()
    sandbox, credential = (r.json() for r in server.requests)
    assert sandbox == {
        "image": "python:3.12", "metadata": {"team": "x"}, "idle_timeout_seconds": 60,
        "memory_mb": 256, "cpu_cores": 0.5, "disk_mb": 512, "env_vars": {"A": "1"},
        "session_key": "s", "requested_egress_policy": policy,
    }  # fmt: skip
    assert credential == {
        "name": "api", "credential_type": "bearer", "value": "v", "header_name": "Authorization",
        "prefix": "Bearer ", "ownership_type": "user", "is_required": True, "description": None,
    }  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_a_bare_string_for_a_list_parameter_is_refused(server: RecordingServer, mode: str) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    with pytest.raises(TypeError, match="portal_tags must be a list"):
        twin.call("servers.create", name="a", type="npx", portal_tags="tag")
    with pytest.raises(TypeError, match="args must be a list"):
        twin.call("servers.import_from_catalog", "builtin", "time", "t", args="--x")
    twin.close()
    assert server.requests == []


def test_not_given_is_public_and_falsy() -> None:
    assert isinstance(NOT_GIVEN, NotGiven) and not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
