"""MCPGateway and MCPGatewaySync expose the same surface: names, parameters, defaults."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

NAMESPACES = (
    "servers", "tools", "skills", "sessions", "sandboxes",
    "auth", "cache", "bundles", "connections",
)  # fmt: skip
# The only intended differences: the async client closes with `aclose()` (or `close()`, the
# published SDKs' name, also a coroutine) and is an async context manager; the sync one closes
# with `close()`.
ASYNC_ONLY = {"aclose", "close", "__aenter__", "__aexit__"}
SYNC_ONLY = {"close", "__enter__", "__exit__"}


def public_methods(obj: Any) -> dict[str, inspect.Signature]:
    out = {}
    for name, member in inspect.getmembers(type(obj)):
        if name.startswith("_") and name not in ASYNC_ONLY | SYNC_ONLY:
            continue
        if callable(member):
            out[name] = inspect.signature(member)
    return out


def shape(sig: inspect.Signature) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in sig.parameters.values()]


@pytest.fixture(scope="module")
def clients() -> tuple[MCPGateway, MCPGatewaySync]:
    return MCPGateway(api_key="k", check_version=False), MCPGatewaySync(api_key="k")


def test_client_methods_match(clients: tuple[MCPGateway, MCPGatewaySync]) -> None:
    a, s = (public_methods(c) for c in clients)
    assert set(a) - ASYNC_ONLY == set(s) - SYNC_ONLY
    assert set(a) >= ASYNC_ONLY and set(s) >= SYNC_ONLY
    for name in set(a) - ASYNC_ONLY:
        assert shape(a[name]) == shape(s[name]), name


def test_constructor_signatures_match() -> None:
    a = shape(inspect.signature(MCPGateway.__init__))
    s = shape(inspect.signature(MCPGatewaySync.__init__))
    assert a == s


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_namespace_methods_match(
    clients: tuple[MCPGateway, MCPGatewaySync], namespace: str
) -> None:
    a = public_methods(getattr(clients[0], namespace))
    s = public_methods(getattr(clients[1], namespace))
    assert set(a) == set(s), set(a) ^ set(s)
    assert a, f"{namespace} has no methods"
    for name in a:
        assert shape(a[name]) == shape(s[name]), f"{namespace}.{name}"
        assert inspect.iscoroutinefunction(getattr(type(getattr(clients[0], namespace)), name))
        assert not inspect.iscoroutinefunction(getattr(type(getattr(clients[1], namespace)), name))


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_public_method_is_documented(
    clients: tuple[MCPGateway, MCPGatewaySync], namespace: str
) -> None:
    for client in clients:
        resource = getattr(client, namespace)
        assert type(resource).__doc__
        for name in public_methods(resource):
            assert getattr(type(resource), name).__doc__, f"{namespace}.{name}"


def test_properties_match(clients: tuple[MCPGateway, MCPGatewaySync]) -> None:
    a, s = clients
    assert a.url == s.url and a.mcp_url == s.mcp_url and a.auth_headers == s.auth_headers
    assert a.mcp_url == "http://localhost:8000/mcp/gateway"
    assert a.auth_headers == {"Authorization": "Bearer k"}
