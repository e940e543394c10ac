"""Wire of `servers.authentication(id)` and `servers.register_remote` on both clients: requests,
call sequence, rollback, the access-mode echo check and the client-side checks.

A recording server stands in for the gateway where no real one can produce the answer (a
gateway that ignores `access_mode`, a secret PUT refused after the create succeeded).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from mcpgateway_sdk import AccessModeNotEnforcedError, GatewayError, ValidationError
from mcpgateway_sdk.models import (
    Authentication,
    BearerConfig,
    OAuth2Config,
    RemoteAuthentication,
    RemoteServerRegistration,
)
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

SID = "908cf468-8378-4da7-85ea-158799705ebe"
BASE = f"/api/v1/servers/{SID}"
AUTH_JSON = {
    "type": "bearer",
    "config": {},
    "fields": [
        {"name": "api_key", "sensitive": True, "required": True, "provided_by": "admin",
         "is_set": True, "hint": "••••"},
    ],
}  # fmt: skip


def server_json(**extra: Any) -> dict[str, Any]:
    return {"id": SID, "name": "peer", "type": "remote", "status": "stopped", **extra}


@pytest.fixture
def srv() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, srv: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key="k", url=srv.url, max_retries=0)
    yield t
    t.close()


def wire(srv: RecordingServer) -> list[tuple[str, str, Any]]:
    return [(r.method, r.raw_path, r.json()) for r in srv.requests]


def test_authentication_methods_send_what_the_contract_says(
    twin: Twin, srv: RecordingServer
) -> None:
    auth = twin.call("servers.authentication", uuid.UUID(SID))
    assert srv.requests == []  # building the bound resource sends nothing
    srv.reply(200, AUTH_JSON)
    got = twin.run(auth.get())
    assert isinstance(got, Authentication) and isinstance(got.config, BearerConfig)
    assert got.config.prefix == "Bearer" and got.fields[0].hint == "••••"
    srv.reply(200, AUTH_JSON)
    twin.run(auth.set("bearer", BearerConfig(), secrets={"api_key": "s"}, timeout=5))
    srv.reply(200, AUTH_JSON)
    twin.run(auth.set("none", {}))
    srv.reply(204)
    twin.run(auth.set_secret("api_key", "v"))
    srv.reply(204)
    twin.run(auth.delete_secret("api key"))
    assert wire(srv) == [
        ("GET", f"{BASE}/authentication", None),
        ("PUT", f"{BASE}/authentication",
         {"type": "bearer", "config": {"header_name": "Authorization", "prefix": "Bearer"},
          "fields": [], "secrets": {"api_key": "s"}}),
        ("PUT", f"{BASE}/authentication", {"type": "none", "config": {}, "fields": []}),
        ("PUT", f"{BASE}/authentication/secret", {"name": "api_key", "value": "v"}),
        ("DELETE", f"{BASE}/authentication/secret/api%20key", None),
    ]  # fmt: skip


def test_oauth2_set_is_checked_before_sending(twin: Twin, srv: RecordingServer) -> None:
    auth = twin.call("servers.authentication", SID)
    with pytest.raises(ValueError, match="app_id"):
        twin.run(auth.set("oauth2", {"scopes": ["a"]}))
    with pytest.raises(ValueError, match="scope"):
        twin.run(auth.set("oauth2", {"app_id": "app", "scopes": ["ok", " "]}))
    assert srv.requests == []
    srv.reply(200, {"type": "oauth2", "config": {"app_id": "app", "scopes": []}})
    got = twin.run(auth.set("oauth2", OAuth2Config(app_id="app", scopes=[])))
    assert isinstance(got.config, OAuth2Config) and got.config.scopes == []


def _bearer_reg(**kw: Any) -> RemoteServerRegistration:
    return RemoteServerRegistration(
        name="peer", display_name="Peer", url="HTTPS://Example.COM",
        authentication=RemoteAuthentication(type="bearer", config={}, secrets={"api_key": "t"}),
        **kw,
    )  # fmt: skip


def test_register_remote_call_sequence(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(201, server_json())
    srv.reply(200, AUTH_JSON)
    srv.reply(204)
    srv.reply(200, server_json(status="running"))
    server = twin.call("servers.register_remote", _bearer_reg())
    assert server.status == "running"
    assert wire(srv) == [
        ("POST", "/api/v1/servers",
         {"name": "peer", "display_name": "Peer", "type": "remote",
          "config": {"url": "https://example.com/"}}),
        ("PUT", f"{BASE}/authentication",
         {"type": "bearer", "config": {"header_name": "Authorization", "prefix": "Bearer"},
          "fields": [{"name": "api_key", "sensitive": True, "required": True,
                      "provided_by": "admin", "label": "Bearer token"}]}),
        ("PUT", f"{BASE}/authentication/secret", {"name": "api_key", "value": "t"}),
        ("GET", BASE, None),
    ]  # fmt: skip


def test_register_remote_oauth2_is_one_create(twin: Twin, srv: RecordingServer) -> None:
    config = {"app_id": "app", "scopes": ["read"], "resource": "https://h/mcp",
              "authorization_server_url": "https://as"}  # fmt: skip
    reg = RemoteServerRegistration(
        name="o", display_name="O", url="https://h/mcp",
        authentication=RemoteAuthentication(type="oauth2", config=config, provided_by="user"),
    )  # fmt: skip
    srv.reply(201, server_json())
    twin.call("servers.register_remote", reg)
    ((method, path, body),) = wire(srv)
    assert (method, path) == ("POST", "/api/v1/servers")
    assert body["auth_method"] == "oauth2" and body["credential_mode"] == "user_provided"
    assert body["initial_authentication"] == {"type": "oauth2", "config": config, "fields": []}
    assert body["initial_authentication_secrets"] == []


def test_register_remote_rolls_back_when_a_secret_is_refused(
    twin: Twin, srv: RecordingServer
) -> None:
    srv.reply(201, server_json())
    srv.reply(200, AUTH_JSON)
    srv.reply(422, {"detail": "secret refused"})
    srv.reply(500, {"detail": "delete broke"})
    with pytest.raises(ValidationError, match="secret refused") as caught:
        twin.call("servers.register_remote", _bearer_reg())
    assert [(m, p) for m, p, _ in wire(srv)][-1] == ("DELETE", BASE)
    assert len(srv.requests) == 4  # one delete, not retried
    assert any(SID in note and "delete it yourself" in note for note in caught.value.__notes__)


def test_register_remote_echo_check_deletes_a_public_server(
    twin: Twin, srv: RecordingServer
) -> None:
    srv.reply(201, server_json(access_mode="public"))
    srv.reply(204)
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("servers.register_remote", _bearer_reg(access_mode="bundle_only"))
    error = caught.value
    assert error.server_id == SID and error.cleanup == {"delete": "ok"} and error.cleaned_up
    assert error.requested_access_mode == "bundle_only" and error.echoed_access_mode == "public"
    body = wire(srv)[0][2]
    assert body["access_mode"] == "bundle_only"
    assert [(m, p) for m, p, _ in wire(srv)] == [("POST", "/api/v1/servers"), ("DELETE", BASE)]


def test_register_remote_echo_check_reports_a_failed_cleanup(
    twin: Twin, srv: RecordingServer
) -> None:
    srv.reply(201, server_json())
    srv.reply(404, {"detail": "gone"})
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("servers.register_remote", _bearer_reg(access_mode="bundle_only"))
    assert caught.value.cleanup == {"delete": "ok (not found)"} and caught.value.cleaned_up
    srv.requests.clear()
    srv.reply(201, server_json())
    srv.reply(403, {"detail": "no"})
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("servers.register_remote", _bearer_reg(access_mode="bundle_only"))
    assert caught.value.cleanup == {"delete": "HTTP 403 no"} and not caught.value.cleaned_up


def test_registration_inputs_are_checked_when_built() -> None:
    ok = _bearer_reg()
    assert ok.url == "https://example.com/" and "'t'" not in repr(ok)
    bad: list[tuple[dict[str, Any], str]] = [
        ({"type": "hmac", "config": {}}, "type"),
        ({"type": "none", "config": {}, "secrets": {"a": "b"}}, "secrets"),
        ({"type": "basic", "config": {}, "secrets": {"username": "u"}}, "password"),
        ({"type": "bearer", "config": {}, "provided_by": "user", "secrets": {"api_key": "x"}},
         "secrets"),
        ({"type": "oauth2", "config": {"app_id": "a", "scopes": ["x"], "resource": "r"}},
         "provided_by"),
        ({"type": "oauth2", "provided_by": "user",
          "config": {"app_id": "a", "scopes": ["x", "x"], "resource": "r",
                     "authorization_server_url": "https://as"}}, "duplicates"),
        ({"type": "oauth2", "provided_by": "user",
          "config": {"app_id": "a", "scopes": [], "resource": "r"}}, "token_endpoint"),
    ]  # fmt: skip
    for kwargs, message in bad:
        with pytest.raises(ValueError, match=message):
            RemoteAuthentication(**kwargs)
    oauth = RemoteAuthentication(
        type="oauth2", provided_by="user",
        config={"app_id": "a", "scopes": [], "resource": "https://h/other",
                "authorization_server_url": "https://as"},
    )  # fmt: skip
    with pytest.raises(ValueError, match="resource"):
        RemoteServerRegistration(
            name="n", display_name="N", url="https://h/mcp", authentication=oauth
        )
    with pytest.raises(ValueError, match="http"):
        RemoteServerRegistration(
            name="n",
            display_name="N",
            url="ftp://h/",
            authentication={"type": "none", "config": {}},
        )


def test_deprecation_warnings_name_the_replacement_at_the_callers_line(
    srv: RecordingServer,
) -> None:
    import asyncio

    from mcpgateway_sdk import MCPGateway, MCPGatewaySync

    srv.default.status, srv.default.body = 204, None
    with MCPGatewaySync(api_key="k", url=srv.url) as gw, pytest.warns(DeprecationWarning) as sync:
        gw.servers.delete_oauth_config(SID)
    assert sync[0].filename == __file__ and "authentication(id).set(" in str(sync[0].message)

    async def run() -> None:
        async with MCPGateway(api_key="k", url=srv.url, check_version=False) as agw:
            await agw.servers.delete_credential(SID, "c1")

    with pytest.warns(DeprecationWarning) as caught:
        asyncio.run(run())
    assert caught[0].filename == __file__
    assert "servers.delete_credential() is deprecated" in str(caught[0].message)


@pytest.mark.parametrize(
    "answer",
    [
        {**AUTH_JSON, "type": "kerberos"},
        {**AUTH_JSON, "fields": [{**AUTH_JSON["fields"][0], "provided_by": "robot"}]},
        {"type": "api_key", "config": {"location": "cookie", "name": "k"}},
        {"type": "oauth2", "config": {"discovery_source": "guess"}},
    ],
)
def test_strict_authentication_fields_are_refused(
    twin: Twin, srv: RecordingServer, answer: dict[str, Any]
) -> None:
    srv.reply(200, answer)
    with pytest.raises(GatewayError, match="does not match the contract"):
        twin.run(twin.call("servers.authentication", SID).get())


def test_raw_responses_of_the_bound_resource(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, AUTH_JSON, headers={"X-Request-Id": "r-1"})
    raw = twin.run(twin.client.with_raw_response.servers.authentication(SID).get())
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r-1"
    assert isinstance(raw.parse(), Authentication)
    srv.reply(204)
    raw = twin.run(twin.client.with_raw_response.servers.authentication(SID).set_secret("a", "b"))
    assert raw.status_code == 204 and raw.parse() is None
