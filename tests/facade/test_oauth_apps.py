"""`gw.oauth_apps` and discovery OAuth, client side: request bodies checked before anything is
sent (unknown keys, length bounds, nulls left out, the secret hidden from reprs) and the strict
enum fields of the 0.61 answers, on both clients (a recording server stands in for a gateway
that sends values the local gateway never would)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mcpgateway_sdk import GatewayError
from mcpgateway_sdk.models import OAuthAppCreate, OAuthAppUpdate
from mcpgateway_sdk.models.remote_oauth_discovery import DiscoveryOAuthState
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

SERVER = "908cf468-8378-4da7-85ea-158799705ebe"
STATUS: dict[str, Any] = {
    "state": "ready",
    "requested_scopes": ["a"],
    "granted_scopes": ["a"],
    "expires_at": None,
    "refresh_supported": True,
    "authorized_by_user_id": None,
    "provider_account": {"provider_name": "idp"},
    "reason": None,
}


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, server: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key="k", url=server.url, check_version=False, max_retries=0)
    yield t
    t.close()


def test_unknown_fields_are_refused_before_sending(twin: Twin, server: RecordingServer) -> None:
    sent = len(server.requests)
    with pytest.raises(TypeError, match=r"unknown field.*scopes"):
        twin.call("oauth_apps.create_custom", {"alias": "ab", "scopes": ["x"]})
    with pytest.raises(TypeError, match=r"unknown field.*tenant_id"):
        twin.call("oauth_apps.create", {"alias": "ab", "tenant_id": "t"})
    stray = OAuthAppUpdate.from_dict({"name": "n", "is_global": True})
    with pytest.raises(TypeError, match="is_global"):
        twin.call("oauth_apps.update", SERVER, stray)
    with pytest.raises(TypeError, match="expects a OAuthAppUpdate or a mapping"):
        twin.call("oauth_apps.update", SERVER, ["name"])
    with pytest.raises(ValueError, match="client_secret must be at least 1"):
        twin.call("oauth_apps.update", SERVER, {"client_secret": ""})
    with pytest.raises(ValueError, match="alias must be 2-100"):
        twin.call("oauth_apps.create", {"alias": "a" * 101, "name": "n", "template_id": SERVER,
                                        "client_id": "c"})  # fmt: skip
    with pytest.raises(TypeError, match="missing required field 'template_id'"):
        twin.call("oauth_apps.create", {"alias": "ab", "name": "n", "client_id": "c"})
    assert len(server.requests) == sent


def test_client_secret_is_hidden_from_reprs() -> None:
    app = OAuthAppCreate(alias="ab", name="n", template_id=SERVER, client_id="c",
                         client_secret="very-secret")  # fmt: skip
    assert "very-secret" not in repr(app) and "very-secret" not in str(app)
    assert app.to_dict()["client_secret"] == "very-secret"


def test_discovery_status_state_is_strict(twin: Twin, server: RecordingServer) -> None:
    server.reply(200, STATUS)
    status = twin.call("servers.discovery_oauth_status", SERVER)
    assert status.state == DiscoveryOAuthState.READY
    assert status.provider_account is not None and status.provider_account.email is None
    server.reply(200, {**STATUS, "state": "sleeping"})
    with pytest.raises(GatewayError, match="state 'sleeping' is not a known value"):
        twin.call("servers.discovery_oauth_status", SERVER)
    server.reply(200, {k: v for k, v in STATUS.items() if k != "reason"})  # every key required
    with pytest.raises(GatewayError, match="'reason' is missing"):
        twin.call("servers.discovery_oauth_status", SERVER)


def test_probe_outcome_and_method_are_strict(twin: Twin, server: RecordingServer) -> None:
    probe = {"outcome": "oauth", "auth_method": None, "oauth_discovery": {"supports_oauth": True}}
    server.reply(200, probe)
    assert twin.call("oauth_apps.probe_auth", "https://x").auth_method is None
    server.reply(200, {**probe, "auth_method": "kerberos"})
    with pytest.raises(GatewayError, match="auth_method 'kerberos'"):
        twin.call("oauth_apps.probe_auth", "https://x")
    server.reply(200, {**probe, "outcome": "maybe"})
    with pytest.raises(GatewayError, match="outcome 'maybe'"):
        twin.call("oauth_apps.probe_auth", "https://x")


def test_the_published_module_paths_import() -> None:
    from mcpgateway_sdk.models import oauth_app, remote_oauth_discovery, remote_registration

    assert oauth_app.OAuthApp.__name__ == "OAuthApp"
    assert {"OAuthAppCreate", "OAuthAppCustomCreate", "OAuthAppUpdate"} <= set(oauth_app.__all__)
    assert remote_oauth_discovery.RemoteOAuthDiscoveryStatus.__name__ == (
        "RemoteOAuthDiscoveryStatus"
    )
    assert remote_registration.AuthRequirementProbe is oauth_app.AuthRequirementProbe
