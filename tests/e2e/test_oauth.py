"""OAuth apps, templates, `probe_auth` and discovery OAuth on both clients, against a real local
gateway, a real loopback authorization server (`tests/support/oauth_peer.py`) and a real
bearer-protected MCP server (`tests/support/remote_mcp_peer.py`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import GatewayError, NotFoundError, ValidationError
from mcpgateway_sdk.models import OAuthAppCreate
from tests.conftest import GatewayFactory
from tests.support.oauth_peer import OAuthPeer
from tests.support.remote_mcp_peer import PEER_TOOLS, RemoteMcpPeer
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gateway(gateway_factory: GatewayFactory) -> Iterator[LocalGateway]:
    with gateway_factory() as gw:
        yield gw


@pytest.fixture(scope="module")
def oauth() -> Iterator[OAuthPeer]:
    with OAuthPeer(expires_in=3600) as peer:
        yield peer


@pytest.fixture(scope="module")
def remote(oauth: OAuthPeer) -> Iterator[RemoteMcpPeer]:
    with RemoteMcpPeer(token="never-issued") as peer:
        prm = oauth.protect(peer.url)
        peer.www_authenticate = f'Bearer resource_metadata="{prm}", scope="tools:read"'
        oauth.on_token = peer.require_bearer  # the newest access token is the only one accepted
        yield peer


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def follow_authorization(authorization_url: str) -> httpx.Response:
    """The browser's part: open the provider's page (it approves at once), then its redirect to
    the gateway's callback, without the gateway's API key."""
    with httpx.Client(timeout=30, trust_env=False) as browser:
        approved = browser.get(authorization_url)
        assert approved.status_code == 302, approved.text
        return browser.get(approved.headers["location"])


def test_templates_and_oauth_app_crud(twin: Twin, gateway: LocalGateway) -> None:
    templates = twin.call("oauth_templates.list")
    github = next(t for t in templates if t["type"] == "github")
    assert github.token_url.startswith("https://") and github.token_endpoint_auth_method

    alias = f"gh-{twin.mode}"
    request = OAuthAppCreate(
        alias=alias, name="GitHub", template_id=github.id, client_id="cid", client_secret="s3cr3t"
    )
    assert "s3cr3t" not in repr(request)
    app = twin.call("oauth_apps.create", request)
    assert (app.alias, app.client_id, app.is_enabled) == (alias, "cid", True)
    assert app.client_secret_masked == "********" and "s3cr3t" not in repr(app)
    assert app.auth_url == "https://github.com/login/oauth/authorize"
    assert app.callback_url == f"{gateway.url}/api/v1/oauth/callback/{alias}"
    assert twin.call("oauth_apps.get", app.id).to_dict() == app.to_dict()

    changed = twin.call("oauth_apps.update", app.id, {"name": "GitHub (team)", "client_id": None})
    assert (changed.name, changed.client_id) == ("GitHub (team)", "cid")

    custom = twin.call(
        "oauth_apps.create_custom",
        {
            "alias": f"custom-{twin.mode}",
            "name": "Custom",
            "client_id": "public-client",
            "auth_url": f"https://idp.example/{twin.mode}/authorize",
            "token_url": f"https://idp.example/{twin.mode}/token",
            "token_endpoint_auth_method": "none",
        },
    )
    assert custom.client_secret_masked is None and custom.provenance == "manual"
    found = twin.call(
        "oauth_apps.compatible",
        authorization_endpoint=custom.auth_url,
        token_endpoint=custom.token_url,
    )
    assert [a.id for a in found.items] == [custom.id] and found.total == 1
    assert twin.call("oauth_apps.compatible", token_endpoint=custom.token_url + "/x").total == 0
    twin.call("oauth_apps.update", custom.id, {"is_enabled": False})
    assert twin.call("oauth_apps.compatible", token_endpoint=custom.token_url).total == 0

    with pytest.raises(GatewayError) as clash:  # aliases are unique
        twin.call(
            "oauth_apps.create_custom",
            {
                "alias": custom.alias,
                "name": "x",
                "client_id": "c",
                "auth_url": custom.auth_url,
                "token_url": custom.token_url,
                "token_endpoint_auth_method": "none",
            },
        )
    assert clash.value.status_code == 409

    with pytest.raises(TypeError, match="unknown field"):  # refused before any request
        twin.call("oauth_apps.create_custom", {"alias": "zz", "scopes": ["a"]})
    with pytest.raises(ValueError, match="alias"):
        twin.call("oauth_apps.create", {**request.to_dict(), "alias": "x"})

    twin.call("oauth_apps.delete", app.id)
    twin.call("oauth_apps.delete", custom.id)
    with pytest.raises(NotFoundError):
        twin.call("oauth_apps.get", app.id)


def test_probe_auth(
    twin: Twin, gateway: LocalGateway, oauth: OAuthPeer, remote: RemoteMcpPeer
) -> None:
    remote.require_bearer("nobody-has-this")
    probe = twin.call("oauth_apps.probe_auth", remote.url)
    assert (str(probe.outcome), str(probe.auth_method)) == ("oauth", "oauth2")
    found = probe.oauth_discovery
    assert found.supports_oauth and found.resource == remote.url
    assert found.authorization_endpoint == f"{oauth.issuer}/authorize"
    assert found.token_endpoint == f"{oauth.issuer}/token"
    assert found.registration_endpoint == f"{oauth.issuer}/register"
    assert found.authorization_server_url == oauth.issuer
    assert found.challenge_scopes == ["tools:read"] and found.pkce_required
    assert probe.connection_test is not None
    assert (probe.connection_test.success, probe.connection_test.error_code) == (
        False,
        "unauthorized",
    )

    # The guard refuses loopback targets (and the gateway says it honours the guard).
    assert "bundle_only_remote_egress_guard" in twin.call("health")["capabilities"]
    with pytest.raises(ValidationError, match="loopback"):
        twin.call("oauth_apps.probe_auth", remote.url, guard_network=True)
    with pytest.raises(ValidationError, match="loopback"):
        twin.call("oauth_apps.probe_auth", "http://localhost:1/mcp", guard_network=True)

    remote.require_basic("u", "p")
    saved, remote.www_authenticate = remote.www_authenticate, 'Basic realm="peer"'
    try:
        basic = twin.call("oauth_apps.probe_auth", remote.url)
        assert (str(basic.outcome), str(basic.auth_method)) == ("authentication_required", "basic")
    finally:
        remote.www_authenticate = saved
    remote.require_nothing()
    open_probe = twin.call("oauth_apps.probe_auth", remote.url)
    assert str(open_probe.outcome) == "no_authentication"
    assert open_probe.connection_test.success and open_probe.connection_test.server_name
    assert open_probe.connection_test.tools_count == len(PEER_TOOLS)
    gone = twin.call("oauth_apps.probe_auth", "http://127.0.0.1:9/mcp")
    assert str(gone.outcome) == "detection_failed" and gone.auth_method is None


def test_discovery_oauth_flow(
    twin: Twin, gateway: LocalGateway, oauth: OAuthPeer, remote: RemoteMcpPeer
) -> None:
    remote.require_bearer("nobody-has-this")
    server = twin.call(
        "servers.create",
        name=f"remote-{twin.mode}",
        type="remote",
        config={"url": remote.url},
    )
    status = twin.call("servers.discovery_oauth_status", server.id)
    assert str(status.state) == "authorization_required" and status.expires_at is None

    oauth.expires_in = 2
    start = twin.call("servers.authorize_discovery_oauth", server.id, ["tools:read", "tools:call"])
    query = parse_qs(urlsplit(start.authorization_url).query)
    assert start.authorization_url.startswith(f"{oauth.issuer}/authorize?")
    assert query["code_challenge_method"] == ["S256"] and query["state"] == [start.state]
    assert query["scope"] == ["tools:read tools:call"] and query["resource"] == [remote.url]
    assert query["redirect_uri"][0].startswith(f"{gateway.url}/api/v1/oauth/callback/dcr-")

    done = follow_authorization(start.authorization_url)
    assert done.status_code == 200, done.text
    assert done.json()["kind"] == "discovery" and done.json()["server_id"] == str(server.id)
    again = httpx.get(str(done.request.url), timeout=30, trust_env=False)  # state is single use
    assert again.status_code == 400

    ready = twin.call("servers.discovery_oauth_status", server.id)
    assert str(ready.state) == "ready" and ready.refresh_supported
    assert ready.granted_scopes == ["tools:read", "tools:call"] and ready.expires_at is not None
    assert "access_token" not in ready.to_dict() and "at-" not in repr(ready)

    # The gateway refreshes the token before it expires (the refresh token rotates).
    refreshes = oauth.grants.get("refresh_token", 0)
    deadline = time.monotonic() + 15
    while oauth.grants.get("refresh_token", 0) < refreshes + 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert oauth.grants.get("refresh_token", 0) >= refreshes + 2
    later = twin.call("servers.discovery_oauth_status", server.id)
    assert str(later.state) == "ready" and later.expires_at > ready.expires_at

    oauth.expires_in = 3600
    twin.call("servers.remove_discovery_oauth", server.id)
    removed = twin.call("servers.discovery_oauth_status", server.id)
    assert str(removed.state) == "authorization_required" and not removed.refresh_supported
    with pytest.raises(NotFoundError):
        twin.call("servers.discovery_oauth_status", "00000000-0000-0000-0000-000000000000")


def test_discovery_oauth_with_a_matching_app_and_redirect(
    twin: Twin, gateway: LocalGateway, oauth: OAuthPeer, remote: RemoteMcpPeer
) -> None:
    alias = f"peer-{twin.mode}"
    oauth.add_client(
        f"cid-{twin.mode}", "top-secret", [f"{gateway.url}/api/v1/oauth/callback/{alias}"]
    )
    app = twin.call(
        "oauth_apps.create_custom",
        {
            "alias": alias,
            "name": "Peer",
            "client_id": f"cid-{twin.mode}",
            "client_secret": "top-secret",
            "auth_url": f"{oauth.issuer}/authorize",
            "token_url": f"{oauth.issuer}/token",
            "authorization_server_url": oauth.issuer,
        },
    )
    server = twin.call(
        "servers.create", name=f"remote-app-{twin.mode}", type="remote", config={"url": remote.url}
    )
    start = twin.call(
        "servers.authorize_discovery_oauth",
        server.id,
        [],
        redirect_uri="https://example.com/done",
    )
    query = parse_qs(urlsplit(start.authorization_url).query)
    assert query["client_id"] == [f"cid-{twin.mode}"] and "scope" not in query
    done = follow_authorization(start.authorization_url)
    assert done.status_code == 303 and done.headers["location"] == "https://example.com/done"
    assert str(twin.call("servers.discovery_oauth_status", server.id).state) == "ready"
    twin.call("oauth_apps.delete", app.id)  # the grant made with the app goes with it
    assert str(twin.call("servers.discovery_oauth_status", server.id).state) == (
        "authorization_required"
    )
    stdio = twin.call("servers.create", name=f"local-{twin.mode}", type="stdio",
                      config={"command": "true"})  # fmt: skip
    assert str(twin.call("servers.discovery_oauth_status", stdio.id).state) == "unsupported"
    with pytest.raises(GatewayError) as refused:
        twin.call("servers.authorize_discovery_oauth", stdio.id, [])
    assert refused.value.status_code == 409


def test_the_discovery_grant_authenticates_the_remote_server(
    twin: Twin, gateway: LocalGateway, oauth: OAuthPeer, remote: RemoteMcpPeer
) -> None:
    alias = f"grant-{twin.mode}"
    oauth.add_client(alias, None, [f"{gateway.url}/api/v1/oauth/callback/{alias}"])
    app = twin.call(
        "oauth_apps.create_custom",
        {
            "alias": alias,
            "name": "Peer (public client)",
            "client_id": alias,
            "auth_url": f"{oauth.issuer}/authorize",
            "token_url": f"{oauth.issuer}/token",
            "authorization_server_url": oauth.issuer,
        },
    )
    server = twin.call(
        "servers.create",
        name=f"remote-grant-{twin.mode}",
        type="remote",
        config={"url": remote.url},
    )
    twin.run(twin.call("servers.authentication", server.id).set("oauth2", {"app_id": str(app.id)}))
    remote.require_bearer("nobody-has-this")
    assert twin.call("servers.start", server.id).current_status == "pending"  # no grant yet

    oauth.expires_in = 2
    try:
        start = twin.call("servers.authorize_discovery_oauth", server.id, ["tools:call"])
        assert follow_authorization(start.authorization_url).status_code == 200
        assert twin.call("servers.start", server.id).current_status == "running"
        first = twin.call("tools.execute", f"{server.name}__add", {"a": 20, "b": 22})
        assert first.error is None and first.result == {"result": 42}
        used = remote.seen[-1]["authorization"]

        refreshes = oauth.grants.get("refresh_token", 0)  # refreshed before it expires
        deadline = time.monotonic() + 15
        while oauth.grants.get("refresh_token", 0) <= refreshes and time.monotonic() < deadline:
            time.sleep(0.1)
        second = twin.call("tools.execute", f"{server.name}__add", {"a": 1, "b": 2})
        assert second.error is None and second.result == {"result": 3}
        assert remote.seen[-1]["authorization"] != used

        oauth.expires_in = 3600  # a long-lived token, then the remote stops accepting it: a
        twin.call("servers.remove_discovery_oauth", server.id)  # 401 refreshes once, at once
        again = twin.call("servers.authorize_discovery_oauth", server.id, ["tools:call"])
        assert follow_authorization(again.authorization_url).status_code == 200
        assert twin.call("servers.start", server.id).current_status == "running"
        remote.require_bearer("revoked-by-the-provider")
        third = twin.call("tools.execute", f"{server.name}__echo", {"text": "hi"})
        assert third.error is None and remote.refused > 0
    finally:
        oauth.expires_in = 3600
        twin.call("servers.delete", server.id)
        twin.call("oauth_apps.delete", app.id)
