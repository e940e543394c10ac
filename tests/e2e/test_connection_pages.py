"""`connections.list` as a page with each filter, and OAuth connections (`initiate_oauth` with an
OAuth app, reconnection in place with `connection_id`), on both clients against a real local
gateway and a real loopback authorization server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import ValidationError
from tests.conftest import GatewayFactory
from tests.support.oauth_peer import OAuthPeer
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gateway(gateway_factory: GatewayFactory) -> Iterator[LocalGateway]:
    with gateway_factory() as gw:
        yield gw


@pytest.fixture(scope="module")
def oauth() -> Iterator[OAuthPeer]:
    with OAuthPeer() as peer:
        yield peer


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def every(twin: Twin, page: object) -> list[object]:
    """All items of every page, through `auto_paging_iter()`."""
    walker = page.auto_paging_iter()  # type: ignore[attr-defined]
    if twin.mode == "sync":
        return list(walker)

    async def collect() -> list[object]:
        return [item async for item in walker]

    return twin.run(collect())  # type: ignore[no-any-return]


def test_paged_listing_and_filters(twin: Twin) -> None:
    mode = f"x{twin.mode}x"  # "xsyncx" is not part of "xasyncx"
    a = twin.call("servers.create", name=f"conn-a-{mode}", type="stdio", config={"command": "true"})
    b = twin.call("servers.create", name=f"conn-b-{mode}", type="stdio", config={"command": "true"})
    for i in range(12):
        twin.call("connections.create", a.id, "bearer", f"tok-{i}", alias=f"{mode}-a-{i:02d}")
    between = datetime.now(UTC)
    time.sleep(0.01)
    for i in range(3):
        twin.call("connections.create", b.id, "bearer", f"tok-b{i}", alias=f"{mode}-b-{i}")

    first = twin.call("connections.list", server_id=a.id, page_size=5)
    assert (len(first), first.total, first.has_more) == (5, 12, True)
    second = twin.run(first.next_page())
    assert len(second) == 5 and {c.id for c in second}.isdisjoint({c.id for c in first})
    assert len({c.id for c in every(twin, first)}) == 12
    assert [c.id for c in twin.call("connections.list", server_id=a.id, page=3, page_size=5)] == [
        c.id for c in every(twin, first)
    ][10:]

    assert len(list(twin.call("connections.list", q=f"{mode}-b-1"))) == 1
    assert twin.call("connections.list", q=f"{mode.upper()}-B").total == 3  # case-insensitive
    assert twin.call("connections.list", q=mode, created_after=between).total == 3
    assert twin.call("connections.list", q=mode, created_before=between.isoformat()).total == 12
    assert twin.call("connections.list", server_id=b.id, status="healthy").total == 3
    assert twin.call("connections.list", server_id=b.id, status="expired").total == 0
    with_server = twin.call("connections.list", server_id=b.id, include_server=True)
    assert {c.server.name for c in with_server} == {f"conn-b-{mode}"}

    for c in twin.call("connections.list"):  # a 0.28 caller iterates the result: first page
        assert c.expiration_status
    with pytest.raises(ValidationError):
        twin.call("connections.list", page_size=101)
    with pytest.raises(ValidationError):
        twin.call("connections.list", created_after="yesterday")
    with pytest.raises(ValueError):
        twin.call("connections.list", page=0)


def test_oauth_connection_expiry_and_reconnect_in_place(
    twin: Twin, gateway: LocalGateway, oauth: OAuthPeer
) -> None:
    mode = twin.mode
    alias = f"conn-app-{mode}"
    oauth.add_client(f"conn-{mode}", None, [f"{gateway.url}/api/v1/oauth/callback/{alias}"])
    app = twin.call(
        "oauth_apps.create_custom",
        {
            "alias": alias,
            "name": "Peer",
            "client_id": f"conn-{mode}",
            "auth_url": f"{oauth.issuer}/authorize",
            "token_url": f"{oauth.issuer}/token",
        },
    )
    server = twin.call("servers.create", name=f"conn-o-{mode}", type="stdio",
                       config={"command": "true"})  # fmt: skip

    oauth.expires_in = 1
    start = twin.call("connections.initiate_oauth", server.id, app.id, scopes=["tools:read"])
    with httpx.Client(timeout=30, trust_env=False) as browser:
        approved = browser.get(start.authorization_url)
        done = browser.get(approved.headers["location"])
    assert done.status_code == 200, done.text
    connection_id = done.json()["connection_id"]
    made = twin.call("connections.get", connection_id)
    assert made.expiration_status == "auto_refresh_active" and made.scopes == ["tools:read"]
    assert (
        twin.call("connections.list", server_id=server.id, status="auto_refresh_active").total == 1
    )
    time.sleep(1.2)
    assert [c.id for c in twin.call("connections.list", server_id=server.id, status="expired")] == [
        made.id
    ]

    oauth.expires_in = 30 * 86400
    again = twin.call("connections.initiate_oauth", server.id, app.id, connection_id=made.id)
    with httpx.Client(timeout=30, trust_env=False) as browser:
        approved = browser.get(again.authorization_url)
        done = browser.get(approved.headers["location"])
    assert done.json()["connection_id"] == str(made.id)  # reconnected in place
    listed = twin.call("connections.list", server_id=server.id)
    assert [c.id for c in listed] == [made.id] and listed[0].expiration_status == "healthy"
    refreshes = oauth.grants.get("refresh_token", 0)
    refreshed = twin.call("connections.refresh", made.id)  # a real refresh at the token endpoint
    assert oauth.grants.get("refresh_token", 0) == refreshes + 1
    assert refreshed.last_refreshed_at > listed[0].last_refreshed_at and refreshed.is_valid
    twin.call("oauth_apps.delete", app.id)  # its connections go with it
    assert twin.call("connections.list", server_id=server.id).total == 0
    oauth.expires_in = 3600
