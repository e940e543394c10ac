"""MCPGateway and MCPGatewaySync expose the same surface: names, parameters, defaults."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync
from tests.facade.test_wire import _form_parts, _materialise
from tests.facade.wire import CASES
from tests.facade.wire.rows import Multipart, W
from tests.support.deprecations import expect_deprecation
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin

NAMESPACES = (
    "servers", "tools", "skills", "sessions", "sandboxes",
    "auth", "cache", "bundles", "connections", "generation",
)  # fmt: skip
# The only intended differences: the async client closes with `aclose()` (or `close()`, the
# published SDKs' name, also a coroutine) and is an async context manager; the sync one closes
# with `close()`.
ASYNC_ONLY = {"aclose", "close", "__aenter__", "__aexit__"}
SYNC_ONLY = {"close", "__enter__", "__exit__"}
# Methods that only build a bound sub-resource (nothing sent): plain functions on both clients;
# the sub-resource's own methods are checked like a namespace's.
SUBRESOURCES = {("servers", "authentication"): ("sub-id",)}


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
        if (namespace, name) in SUBRESOURCES:
            continue
        assert inspect.iscoroutinefunction(getattr(type(getattr(clients[0], namespace)), name))
        assert not inspect.iscoroutinefunction(getattr(type(getattr(clients[1], namespace)), name))


@pytest.mark.parametrize("where", sorted(SUBRESOURCES))
def test_subresource_methods_match(
    clients: tuple[MCPGateway, MCPGatewaySync], where: tuple[str, str]
) -> None:
    namespace, name = where
    bound = [getattr(getattr(c, namespace), name)(*SUBRESOURCES[where]) for c in clients]
    a, s = (public_methods(b) for b in bound)
    assert a and set(a) == set(s)
    for method in a:
        assert shape(a[method]) == shape(s[method]), method
        assert inspect.iscoroutinefunction(getattr(type(bound[0]), method))
        assert not inspect.iscoroutinefunction(getattr(type(bound[1]), method))
        assert _options_parameter(a[method]).annotation == "Unpack[RequestOptions]"


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


# --- per-call request options on every method -------------------------------------------------

# `exec(timeout=)` is the command's timeout: its HTTP timeout is `http_timeout=`.
NO_TIMEOUT = {("sandboxes", "exec")}


def _options_parameter(sig: inspect.Signature) -> inspect.Parameter:
    last = list(sig.parameters.values())[-1]
    assert last.kind is inspect.Parameter.VAR_KEYWORD, sig
    return last


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_method_takes_request_options(
    clients: tuple[MCPGateway, MCPGatewaySync], namespace: str
) -> None:
    for client in clients:
        for name, sig in public_methods(getattr(client, namespace)).items():
            if (namespace, name) in SUBRESOURCES:
                continue
            options = _options_parameter(sig)
            if (namespace, name) in NO_TIMEOUT:
                assert options.annotation == "Unpack[NoTimeoutOptions]"
                assert sig.parameters["http_timeout"].kind is inspect.Parameter.KEYWORD_ONLY
            else:
                assert options.annotation == "Unpack[RequestOptions]", f"{namespace}.{name}"


def test_client_level_calls_take_request_options(
    clients: tuple[MCPGateway, MCPGatewaySync],
) -> None:
    for client in clients:
        assert _options_parameter(inspect.signature(client.health)).name == "options"
        sig = inspect.signature(client.with_options)
        assert [p for p in sig.parameters] == [
            "timeout", "max_retries", "default_headers", "api_key", "url",
        ]  # fmt: skip


@pytest.fixture(scope="module")
def recorder() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def twins(recorder: RecordingServer) -> Iterator[dict[str, Twin]]:
    made = {mode: Twin(mode, api_key="k", url=recorder.url, check_version=False) for mode in MODES}
    yield made
    for twin in made.values():
        twin.close()


def _with_options(case: W, probe: str) -> dict[str, Any]:
    options: dict[str, Any] = {
        "extra_headers": {"X-Probe": probe},
        "extra_query": {"probe": probe},
        "max_retries": 0,
    }
    if case.call == "sandboxes.exec":
        options["http_timeout"] = 20.0
    else:
        options["timeout"] = 20.0
    if isinstance(case.body, (dict, Multipart)):
        options["extra_body"] = {"probe": probe}
    return options


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES if not c.xfail])
def test_request_options_reach_the_wire_on_every_method(
    case: W,
    mode: str,
    recorder: RecordingServer,
    twins: dict[str, Twin],
    request: pytest.FixtureRequest,
) -> None:
    """Every row of the wire table, called again with every request option on both clients."""
    recorder._replies.clear()
    status, canned = success_example(case.op)
    recorder.reply(status, canned)
    before = len(recorder.requests)
    probe = f"{case.id}-{mode}"
    args = [_materialise(value, request) for value in case.args]
    kwargs = {name: _materialise(value, request) for name, value in case.kwargs.items()}
    with expect_deprecation(case.call):
        twins[mode].call(case.call, *args, **kwargs, **_with_options(case, probe))
    assert len(recorder.requests) == before + 1
    rec = recorder.requests[-1]
    assert rec.headers.get("x-probe") == probe
    assert ("probe", probe) in rec.query
    assert rec.headers.get("authorization") == "Bearer k"
    if isinstance(case.body, dict):
        assert rec.json() == {**case.body, "probe": probe}
    elif isinstance(case.body, Multipart):
        fields = {
            part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
            for part in _form_parts(rec)
        }
        assert fields["probe"] == probe.encode()


@pytest.mark.parametrize("mode", MODES)
def test_a_misspelt_option_is_a_type_error_before_sending(
    mode: str, recorder: RecordingServer, twins: dict[str, Twin]
) -> None:
    before = len(recorder.requests)
    with pytest.raises(TypeError, match="timeuot"):
        twins[mode].call("servers.get", "x", timeuot=1)
    with pytest.raises(TypeError, match="extra_headers"):
        twins[mode].call("servers.get", "x", extra_headers={"X-A": 1})
    with pytest.raises(ValueError, match="timeout"):
        twins[mode].call("servers.get", "x", timeout=-1)
    assert len(recorder.requests) == before


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_raw_views_list_every_method(
    clients: tuple[MCPGateway, MCPGatewaySync], namespace: str
) -> None:
    """`with_raw_response.<namespace>` has a typed wrapper for every public method."""
    for client in clients:
        view = type(getattr(client.with_raw_response, namespace))
        listed = {name for name in vars(view) if not name.startswith("_")}
        assert listed == set(public_methods(getattr(client, namespace))), namespace


def test_streaming_views_cover_the_downloads(clients: tuple[MCPGateway, MCPGatewaySync]) -> None:
    for client in clients:
        streaming = client.with_streaming_response
        assert {n for n in vars(type(streaming.sandboxes)) if not n.startswith("_")} == {
            "download",
            "download_file",
            "export_logs",
        }
        assert "download_package" in vars(type(streaming.skills))
