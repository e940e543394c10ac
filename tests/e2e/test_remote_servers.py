"""Remote MCP servers with authentication, on both clients, against a real local gateway and a
real bearer-protected streamable-HTTP MCP peer on loopback."""

from __future__ import annotations

import itertools
import json
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_sdk import NotFoundError
from mcpgateway_sdk.models import (
    ApiKeyConfig,
    BearerConfig,
    RemoteAuthentication,
    RemoteServerRegistration,
    ServerReadiness,
)
from tests.support.remote_mcp_peer import PEER_TOOLS, RemoteMcpPeer, remote_mcp_peer
from tests.support.twins import MODES, Twin

__all__ = ["remote_mcp_peer"]

pytestmark = pytest.mark.e2e
_names = itertools.count()


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalGateway]:
    with run_local_gateway(extra_args=("--validate-responses",)) as local:
        yield local


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def _name(twin: Twin) -> str:
    return f"peer-{twin.mode}-{next(_names)}"


def _register(twin: Twin, url: str, auth: RemoteAuthentication, **kw: Any) -> Any:
    name = _name(twin)
    reg = RemoteServerRegistration(
        name=name, display_name=name.title(), url=url, authentication=auth, **kw
    )
    return twin.call("servers.register_remote", reg)


def _auth(twin: Twin, server_id: Any) -> Any:
    return twin.call("servers.authentication", server_id)


def test_bearer_remote_server_lists_and_calls_its_tools(
    twin: Twin, remote_mcp_peer: RemoteMcpPeer
) -> None:
    remote_mcp_peer.require_bearer("tok-bearer")
    auth = RemoteAuthentication(
        type="bearer", config=BearerConfig(), secrets={"api_key": "tok-bearer"}
    )
    server = _register(twin, remote_mcp_peer.url, auth)
    assert server.type_ == "remote" and server.config == {"url": remote_mcp_peer.url}
    assert server.access_mode == "public" and server.readiness is ServerReadiness.TRANSIENT
    assert twin.call("servers.start", server.id).current_status == "running"
    assert twin.call("servers.get", server.id).readiness is ServerReadiness.HEALTHY
    assert sorted(t.name for t in twin.call("servers.list_tools", server.id)) == list(PEER_TOOLS)
    result = twin.call("tools.execute", f"{server.name}__add", {"a": 20, "b": 22})
    assert result.error is None and result.result == {"result": 42}
    assert remote_mcp_peer.seen[-1]["authorization"] == "Bearer tok-bearer"
    hits = twin.call("tools.search", "add two integers", limit=20)
    assert (server.name, "add") in {(h.server_name, h.tool_name) for h in hits}


def test_wrong_secret_is_pending_until_fixed(twin: Twin, remote_mcp_peer: RemoteMcpPeer) -> None:
    remote_mcp_peer.require_bearer("right-one")
    auth = RemoteAuthentication(type="bearer", config={}, secrets={"api_key": "wrong-one"})
    server = _register(twin, remote_mcp_peer.url, auth)
    health = twin.call("servers.start", server.id)
    assert health.current_status == "pending" and "401" in health.message
    pending = twin.call("servers.get", server.id)
    assert pending.pending_reason == "credentials_rejected" and "wrong-one" not in json.dumps(
        pending.to_dict()
    )
    twin.run(_auth(twin, server.id).set_secret("api_key", "right-one"))
    assert twin.call("servers.start", server.id).current_status == "running"
    fixed = twin.call("servers.get", server.id)
    assert fixed.pending_reason is None and fixed.readiness is ServerReadiness.HEALTHY
    result = twin.call("tools.execute", f"{server.name}__echo", {"text": "hi"})
    assert result.result == {"result": "hi"}
    # The remote rotates its token: the next call finds it refused and the server pending.
    remote_mcp_peer.require_bearer("rotated")
    with pytest.raises(Exception, match="refused the credentials"):
        twin.call("tools.execute", f"{server.name}__echo", {"text": "again"})
    assert twin.call("servers.get", server.id).pending_reason == "credentials_rejected"


def test_a_missing_secret_is_awaiting_credentials(
    twin: Twin, remote_mcp_peer: RemoteMcpPeer
) -> None:
    remote_mcp_peer.require_bearer("user-token")
    auth = RemoteAuthentication(type="bearer", config={}, provided_by="user")
    server = _register(twin, remote_mcp_peer.url, auth)
    assert twin.run(_auth(twin, server.id).get()).missing_fields == ["api_key"]
    assert twin.call("servers.start", server.id).current_status == "pending"
    waiting = twin.call("servers.get", server.id)
    assert waiting.readiness is ServerReadiness.AWAITING_CREDENTIALS
    twin.run(_auth(twin, server.id).set_secret("api_key", "user-token"))
    assert twin.call("servers.start", server.id).current_status == "running"


def test_api_key_header_and_basic_auth(twin: Twin, remote_mcp_peer: RemoteMcpPeer) -> None:
    remote_mcp_peer.require_header("X-Api-Key", "k-123")
    config = ApiKeyConfig(location="header", name="X-Api-Key")
    auth = RemoteAuthentication(type="api_key", config=config, secrets={"api_key": "k-123"})
    keyed = _register(twin, remote_mcp_peer.url, auth)
    assert twin.call("servers.start", keyed.id).current_status == "running"
    assert twin.call("tools.execute", f"{keyed.name}__add", {"a": 1, "b": 1}).result == {
        "result": 2
    }

    remote_mcp_peer.require_basic("ann", "p@ss")
    auth = RemoteAuthentication(
        type="basic", config={}, secrets={"username": "ann", "password": "p@ss"}
    )
    basic = _register(twin, remote_mcp_peer.url, auth)
    assert twin.call("servers.start", basic.id).current_status == "running"
    assert twin.call("tools.execute", f"{basic.name}__add", {"a": 2, "b": 2}).result == {
        "result": 4
    }
    view = twin.run(_auth(twin, basic.id).get())
    assert [(f.name, f.is_set, f.hint, f.sensitive) for f in view.fields] == [
        ("username", True, "••••", False),
        ("password", True, "••••", True),
    ]


def test_authentication_get_set_and_secrets_are_never_returned(
    twin: Twin, gateway: LocalGateway
) -> None:
    server = twin.call(
        "servers.create", name=_name(twin), type="remote", config={"url": "http://127.0.0.1:9/mcp"}
    )
    auth = _auth(twin, server.id)
    assert twin.run(auth.get()).type_ == "none"
    fields = [{"name": "api_key", "sensitive": True, "required": True, "provided_by": "admin"}]
    stored = twin.run(
        auth.set("api_key", ApiKeyConfig(location="header", name="X-Key"), fields,
                 secrets={"api_key": "SECRET-1"})
    )  # fmt: skip
    assert stored.config == ApiKeyConfig(location="header", name="X-Key", prefix=None)
    assert stored.fields[0].is_set and stored.missing_fields == []
    twin.run(auth.set_secret("api_key", "SECRET-2"))
    # No route answers with a value: raw GETs of the server and its authentication.
    with httpx.Client(base_url=gateway.url, headers=gateway.headers) as raw:
        for path in (f"/api/v1/servers/{server.id}", f"/api/v1/servers/{server.id}/authentication"):
            body = raw.get(path).text
            assert "SECRET" not in body, path
    twin.run(auth.delete_secret("api_key"))
    after = twin.run(auth.get())
    assert not after.fields[0].is_set and after.fields[0].hint is None
    assert after.missing_fields == ["api_key"] and after.pending_reason == "awaiting_credentials"
    with pytest.raises(NotFoundError):
        twin.run(auth.delete_secret("api_key"))
    # A new type drops the old values.
    twin.run(auth.set_secret("api_key", "SECRET-3"))
    bearer = twin.run(auth.set("bearer", {}, [{**fields[0], "provided_by": "admin"}]))
    assert not bearer.fields[0].is_set and isinstance(bearer.config, BearerConfig)


def test_register_remote_checks_before_sending(twin: Twin) -> None:
    with pytest.raises(ValueError, match="secrets"):
        RemoteAuthentication(type="bearer", config={})  # admin bearer without its token
    with pytest.raises(ValueError, match="location"):
        RemoteAuthentication(
            type="api_key", config={"location": "query", "name": "k"}, secrets={"api_key": "x"}
        )
    with pytest.raises(ValueError, match="user name or password"):
        RemoteServerRegistration(
            name="x", display_name="X", url="https://u:p@h/mcp",
            authentication=RemoteAuthentication(type="none", config={}),
        )  # fmt: skip
    with pytest.raises(TypeError):
        RemoteAuthentication(type="none", config={}, colour="red")  # type: ignore[call-arg]
    before = twin.call("servers.list", page_size=100).total
    with pytest.raises(TypeError):
        twin.call("servers.register_remote", {"name": "dict-is-not-a-registration"})
    assert twin.call("servers.list", page_size=100).total == before


def test_deprecated_credential_methods_warn_at_the_callers_line(twin: Twin) -> None:
    server = twin.call(
        "servers.create", name=_name(twin), type="remote", config={"url": "http://127.0.0.1:9/mcp"}
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        twin.call("servers.list_credentials", server.id)
    (warning,) = [w for w in caught if w.category is DeprecationWarning]
    assert "servers.authentication(id).get()" in str(warning.message)
    assert warning.filename.endswith("twins.py")  # the line that called the method


def test_bundle_only_tools_are_reachable_only_through_a_bundle(
    twin: Twin, remote_mcp_peer: RemoteMcpPeer, gateway: LocalGateway
) -> None:
    remote_mcp_peer.require_bearer("b-only")
    auth = RemoteAuthentication(type="bearer", config={}, secrets={"api_key": "b-only"})
    server = _register(twin, remote_mcp_peer.url, auth, access_mode="bundle_only")
    assert server.access_mode == "bundle_only"
    twin.call("servers.start", server.id)
    qualified = f"{server.name}__add"
    hits = twin.call("tools.search", "add two integers", limit=50)
    assert (server.name, "add") not in {(h.server_name, h.tool_name) for h in hits}
    with pytest.raises(NotFoundError):
        twin.call("tools.execute", qualified, {"a": 1, "b": 2})
    with pytest.raises(NotFoundError):
        twin.call("tools.get_by_name", qualified)
    bundle = twin.call("bundles.create", f"bundle-{server.name}")
    twin.call("bundles.assign_server", bundle.id, server.id)
    via = twin.call("tools.search", "add two integers", limit=50, bundle_id=bundle.id)
    assert (server.name, "add") in {(h.server_name, h.tool_name) for h in via}
    result = twin.call("tools.execute", qualified, {"a": 1, "b": 2}, bundle_id=bundle.id)
    assert result.result == {"result": 3}
    assert twin.call("tools.get_by_name", qualified, bundle_id=bundle.id).tool_name == "add"
    # The MCP endpoint lists only public tools.
    mcp_names = _mcp_tool_names(gateway)
    assert qualified not in mcp_names


def _mcp_tool_names(gateway: LocalGateway) -> set[str]:
    import asyncio

    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    async def names() -> set[str]:
        async with (
            httpx2.AsyncClient(headers=gateway.headers) as http,
            Client(streamable_http_client(gateway.mcp_url, http_client=http)) as client,
        ):
            return {t.name for t in (await client.list_tools()).tools}

    return asyncio.run(names())


def test_composite_static_headers_are_all_sent(twin: Twin, remote_mcp_peer: RemoteMcpPeer) -> None:
    remote_mcp_peer.required = {"x-tenant": "Key t-1", "authorization": "Bearer tok-c"}
    server = twin.call("servers.create", name=_name(twin), type="remote",
                       config={"url": remote_mcp_peer.url})  # fmt: skip
    entries = [
        {"id": "tenant", "kind": "api_key", "location": "header", "name": "X-Tenant",
         "prefix": "Key", "field_names": ["tenant_key"]},
        {"id": "token", "kind": "bearer", "location": "header", "name": "Authorization",
         "field_names": ["token"]},
    ]  # fmt: skip
    fields = [
        {"name": n, "sensitive": True, "required": True, "provided_by": "admin"}
        for n in ("tenant_key", "token")
    ]
    auth = _auth(twin, server.id)
    twin.run(auth.set("composite_static", {"version": 1, "entries": entries}, fields,
                      secrets={"tenant_key": "t-1", "token": "tok-c"}))  # fmt: skip
    assert twin.run(auth.get()).config.entries[1].kind == "bearer"
    assert twin.call("servers.start", server.id).current_status == "running"
    result = twin.call("tools.execute", f"{server.name}__echo", {"text": "both"})
    assert result.result == {"result": "both"}
