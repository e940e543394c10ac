"""API description documents as tools (`api_spec_text.py`, `openapi_tools.py`, `generated_auth.py`,
`api_calls.build_request`): pure functions, no gateway."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_local.api_calls import ApiAuth, ApiCallError, build_request
from mcpgateway_local.api_spec_text import (
    MAX_ALIASES,
    MAX_SPEC_BYTES,
    SpecRefused,
    load_api_document,
)
from mcpgateway_local.generated_auth import declaration_for, request_auth, store_declaration
from mcpgateway_local.openapi_tools import DescriptionRefused, describe_api, infer_auth
from mcpgateway_local.server_auth import set_secret
from mcpgateway_local.store import Store

SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "Old API", "version": "2"},
    "host": "api.example.com",
    "basePath": "/v2",
    "schemes": ["https"],
    "securityDefinitions": {"basic": {"type": "basic"}},
    "paths": {
        "/items/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
            "get": {"summary": "One item", "responses": {}},
            "put": {
                "operationId": "put item!",
                "parameters": [
                    {"name": "body", "in": "body", "required": True,
                     "schema": {"$ref": "#/definitions/Item"}},
                    {"name": "X-Trace", "in": "header", "type": "string"},
                ],
                "responses": {},
            },
        }
    },
    "definitions": {
        "Item": {"type": "object", "properties": {"child": {"$ref": "#/definitions/Item"}}}
    },
}  # fmt: skip


def test_swagger_2_operations_base_url_and_basic_auth() -> None:
    api = describe_api(load_api_document(json.dumps(SWAGGER)))
    assert api.base_url == "https://api.example.com/v2" and api.title == "Old API"
    get, put = api.operations
    assert get.name == "get_items_id" and get.description == "One item"
    assert put.name == "put_item" and put.has_body
    assert put.parameters == (("id", "path"), ("X-Trace", "header"))
    schema = put.input_schema
    assert schema["required"] == ["id", "body"]
    assert schema["properties"]["body"]["properties"]["child"] == {}  # the cycle is cut
    assert api.auth is not None and api.auth["type"] == "basic"


def test_yaml_text_keys_dates_and_relative_servers() -> None:
    text = (
        "openapi: 3.1.0\ninfo: {title: T, version: 2024-01-01}\n"
        "servers:\n  - url: 'https://{region}.example.com/api'\n"
        "    variables: {region: {default: eu}}\n"
        "paths:\n  /a:\n    get:\n      operationId: a\n      responses: {200: {description: ok}}\n"
    )
    document = load_api_document(text)
    assert document["info"]["version"] == "2024-01-01"
    assert "200" in document["paths"]["/a"]["get"]["responses"]
    assert describe_api(document).base_url == "https://eu.example.com/api"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "empty"),
        ("[1, 2]", "object"),
        ("{", "not valid JSON"),
        ("- a\n- b\n", "object"),
        ("a: !!python/object:os.system x\n", "tags"),
        ("a: " + "[" * 70 + "]" * 70 + "\n", "deeply"),
        ('{"a": ' * 70 + "1" + "}" * 70, "deeply"),
        ("a: .nan\n", "finite"),
        ("x: &x [1]\n" + "".join(f"y{i}: *x\n" for i in range(MAX_ALIASES + 1)), "aliases"),
    ],
)
def test_refused_documents(text: str, needle: str) -> None:
    with pytest.raises(SpecRefused) as caught:
        load_api_document(text)
    assert needle in caught.value.reason


def test_an_alias_bomb_within_the_alias_limit_is_refused_unexpanded() -> None:
    lines = ["l0: &l0 [a, a]"] + [f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}]" for i in range(1, 40)]
    with pytest.raises(SpecRefused) as caught:
        load_api_document("\n".join(lines) + "\n")
    assert "expands to more than" in caught.value.reason


def test_size_limit() -> None:
    with pytest.raises(SpecRefused) as caught:
        load_api_document("a: " + "x" * MAX_SPEC_BYTES)
    assert "2 MiB" in caught.value.reason


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"openapi": "3.0.0"}, "no `paths`"),
        ({"swagger": "1.2", "paths": {}}, "not an OpenAPI"),
        ({"openapi": "3.0.0", "paths": {"/a": {"parameters": []}}}, "no operations"),
    ],
)
def test_not_a_usable_description(document: dict[str, Any], reason: str) -> None:
    with pytest.raises(DescriptionRefused) as caught:
        describe_api(document)
    assert reason in caught.value.reason


def test_tool_names_are_sanitised_and_unique() -> None:
    paths = {f"/p{i}": {"get": {"operationId": "Get Thing/Now", "responses": {}}} for i in range(3)}
    api = describe_api({"openapi": "3.0.0", "paths": paths})
    assert [op.name for op in api.operations] == ["Get_Thing_Now", "Get_Thing_Now_2",
                                                  "Get_Thing_Now_3"]  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ({"type": "apiKey", "in": "query", "name": "key"},
         {"type": "api_key", "config": {"location": "query", "name": "key"}}),
        ({"type": "http", "scheme": "Bearer"},
         {"type": "bearer", "config": {"header_name": "Authorization", "prefix": "Bearer"}}),
        ({"type": "http", "scheme": "basic"}, {"type": "basic", "config": {}}),
        ({"type": "oauth2", "flows": {"authorizationCode": {
            "authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token",
            "scopes": {"write": "", "read": ""}}}},
         {"type": "oauth2", "config": {"scopes": ["read", "write"],
                                       "authorization_endpoint": "https://a/auth",
                                       "token_endpoint": "https://a/token"}}),
        ({"type": "openIdConnect", "openIdConnectUrl": "https://a"}, None),
    ],
)  # fmt: skip
def test_auth_inference(scheme: dict[str, Any], expected: dict[str, Any] | None) -> None:
    found = infer_auth({"openapi": "3.0.0", "components": {"securitySchemes": {"s": scheme}}})
    if expected is None:
        assert found is None
    else:
        assert found is not None and found["source"] == "openapi"
        assert {"type": found["type"], "config": found["config"]} == expected


def test_request_auth_through_the_server_authentication_store(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    try:
        api_key = declaration_for({"type": "api_key", "config": {"location": "query", "name": "k"}})
        assert [f["name"] for f in api_key["fields"]] == ["api_key"]
        store_declaration(store, "s1", api_key)
        assert "api_key" in asyncio.run(request_auth(store, "s1")).missing[0]
        set_secret(store, {"id": "s1"}, "api_key", "s3cret")
        auth = asyncio.run(request_auth(store, "s1"))
        assert auth.params == {"k": "s3cret"} and auth.missing == ()
        assert "s3cret" not in repr(auth)
        store_declaration(store, "s2", declaration_for({"type": "bearer", "config": {}}))
        set_secret(store, {"id": "s2"}, "api_key", "t")
        assert asyncio.run(request_auth(store, "s2")).headers == {"Authorization": "Bearer t"}
        store_declaration(store, "s3", declaration_for({"type": "basic", "config": {}}))
        set_secret(store, {"id": "s3"}, "username", "u")
        set_secret(store, {"id": "s3"}, "password", "p")
        assert asyncio.run(request_auth(store, "s3")).headers == {"Authorization": "Basic dTpw"}
        assert asyncio.run(request_auth(store, "unknown")) == ApiAuth()
    finally:
        store.close()
    none = {"type": "none", "config": {}, "fields": []}
    assert declaration_for(None) == none
    assert declaration_for({"type": "oauth2", "config": {"scopes": []}}) == none  # needs an app


def test_build_request() -> None:
    api = describe_api(load_api_document(json.dumps(SWAGGER)))
    put = api.operations[1]
    url, headers, params, body = build_request(
        put,
        "https://h/v2/",
        {"id": "a/b c", "X-Trace": "t1", "body": {"x": 1}},
        ApiAuth(headers={"Authorization": "Basic x"}),
    )
    assert url == "https://h/v2/items/a%2Fb%20c" and body == {"x": 1} and params == {}
    assert headers == {"X-Trace": "t1", "Authorization": "Basic x"}
    with pytest.raises(ApiCallError):
        build_request(put, "/v2", {"id": "1"}, ApiAuth())
    with pytest.raises(ApiCallError):
        build_request(put, "https://h", {}, ApiAuth())
