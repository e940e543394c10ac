"""Discovery OAuth: a remote server's own OAuth grant, which the gateway uses to list and call its
tools (no Starlette).

`authorize` discovers the server's authorization server (RFC 9728, RFC 8414), picks an enabled
OAuth app that matches the evidence exactly, or registers a client dynamically (RFC 7591) when
the server offers it, and starts a PKCE authorization (`oauth_flow`). The gateway's OAuth
callback calls `complete`, which redeems the code and stores the grant. A remote server whose
authentication is `oauth2` sends the grant's access token (`stored_token`, read by
`server_auth.oauth2_bearer_token`); `discovery_refresher` refreshes it before it expires, and
`after_unauthorized` at once when the remote answers 401 (the runtime then retries once).

Stored `discovery_grant` document (id = server id): the `RemoteOAuthDiscoveryStatus` facts plus
`app_id`, `resource`, `failure` (the last refresh error, a code), `dead` (re-authorization
needed), `_access_token`, `_refresh_token`, `_expires` (epoch seconds), `_lifetime`. Tokens are
never rendered, logged or put in an error.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from . import oauth_apps
from .domain_errors import Conflict, Invalid, Refused
from .kinds import DISCOVERY_GRANT, OAUTH_APP
from .oauth_discovery import Discovery, discover, knock
from .oauth_flow import STATE_SECONDS, TokenError, begin, forget_pending, redeem, request_tokens
from .oauth_net import http_client, url_problem
from .records import LOCAL_USER_ID, now_iso
from .state import GatewayState
from .store import Document, Store

__all__ = [
    "after_unauthorized",
    "authorize",
    "bearer_for",
    "complete",
    "next_due",
    "refresh_due",
    "remove",
    "status",
    "stored_token",
]

_LOCKS: dict[str, asyncio.Lock] = {}


def _remote_url(server: Mapping[str, Any]) -> str | None:
    config = server.get("config")
    url = config.get("url") if isinstance(config, Mapping) else None
    return url if isinstance(url, str) and url_problem(url) is None else None


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def status(gw: GatewayState, server: Mapping[str, Any]) -> dict[str, Any]:
    """The `RemoteOAuthDiscoveryStatus` of a server (every key present, no secret)."""
    grant = gw.store.get(DISCOVERY_GRANT, str(server["id"]))
    out: dict[str, Any] = {
        "state": "authorization_required",
        "requested_scopes": [],
        "granted_scopes": None,
        "expires_at": None,
        "refresh_supported": False,
        "authorized_by_user_id": None,
        "provider_account": None,
        "reason": None,
    }
    if _remote_url(server) is None:
        out.update(
            state="unsupported", reason="Only remote servers (config.url) use discovery OAuth"
        )
        return out
    if grant is None:
        out["reason"] = "No discovery OAuth grant yet: authorize one"
        return out
    for key in ("requested_scopes", "granted_scopes", "authorized_by_user_id"):
        out[key] = grant.get(key)
    out["expires_at"] = _iso(grant.get("_expires"))
    out["refresh_supported"] = bool(grant.get("_refresh_token"))
    expired = grant.get("_expires") is not None and float(grant["_expires"]) <= time.time()
    if grant.get("dead"):
        out.update(state="reauthorization_required", reason=grant.get("failure"))
    elif expired and not grant.get("_refresh_token"):
        out.update(
            state="reauthorization_required",
            reason="The access token expired and no refresh token is held",
        )
    elif grant.get("failure"):
        out.update(state="degraded", reason=grant.get("failure"))
    else:
        out["state"] = "ready"
    return out


def _pick_app(gw: GatewayState, found: Discovery) -> Document | None:
    """An enabled app matching the evidence exactly (by issuer and resource, or by both
    endpoints); an administrator's app before a dynamically registered one."""
    candidates: list[Document] = []
    for evidence in (
        {"authorization_server_url": found.authorization_server_url, "resource": found.resource},
        {
            "authorization_endpoint": found.authorization_endpoint,
            "token_endpoint": found.token_endpoint,
        },
    ):
        if all(evidence.values()):
            candidates += oauth_apps.compatible(gw, evidence)
    candidates.sort(key=lambda app: app.get("provenance") != "manual")
    return candidates[0] if candidates else None


async def _register(
    gw: GatewayState,
    client: httpx.AsyncClient,
    found: Discovery,
    server: Mapping[str, Any],
    public_url: str,
) -> Document:
    alias = f"dcr-{secrets.token_hex(6)}"
    metadata = {
        "client_name": f"mcpgateway-local ({server.get('name')})",
        "redirect_uris": [f"{public_url.rstrip('/')}{oauth_apps.CALLBACK_PATH}{alias}"],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "none",
    }
    try:
        response = await client.post(str(found.registration_endpoint), json=metadata)
        answer = response.json() if response.status_code in (200, 201) else None
    except (httpx.HTTPError, ValueError):
        answer = None
    client_id = answer.get("client_id") if isinstance(answer, dict) else None
    if not isinstance(answer, dict) or not isinstance(client_id, str) or not client_id:
        raise Conflict("Dynamic client registration failed at the authorization server")
    secret = answer.get("client_secret")
    secret = secret if isinstance(secret, str) and secret else None
    method = answer.get("token_endpoint_auth_method")
    if method not in ("none", "client_secret_post", "client_secret_basic"):
        method = "client_secret_post" if secret else "none"
    return oauth_apps.register_dynamic(
        gw,
        alias=alias,
        name=f"{server.get('name')} (dynamic registration)",
        client_id=client_id,
        client_secret=secret,
        method=str(method),
        auth_url=str(found.authorization_endpoint),
        token_url=str(found.token_endpoint),
        issuer=found.authorization_server_url,
        resource=found.resource,
    )


async def authorize(
    gw: GatewayState,
    server: Mapping[str, Any],
    scopes: list[str],
    return_to: str | None,
    public_url: str,
) -> dict[str, Any]:
    """Start the grant: the `OAuthAuthorizationStart` answer."""
    url = _remote_url(server)
    if url is None:
        raise Conflict("Discovery OAuth needs a remote server (config.url)")
    if return_to is not None and url_problem(return_to) is not None:
        raise Invalid(["body", "redirect_uri"], f"redirect_uri {url_problem(return_to)}")
    async with http_client() as client:
        found = await discover(client, url, await knock(client, url))
        if not found.supports_oauth:
            raise Conflict(f"No OAuth authorization server found for the server: {found.error}")
        if found.code_challenge_methods and "S256" not in found.code_challenge_methods:
            raise Conflict("The authorization server does not support PKCE with S256")
        app = _pick_app(gw, found)
        if app is None:
            if not found.registration_endpoint:
                raise Conflict(
                    "No enabled OAuth app matches the server's authorization server and it offers "
                    "no dynamic registration: create one (oauth_apps.create_custom)"
                )
            app = await _register(gw, client, found, server, public_url)
    callback = f"{public_url.rstrip('/')}{oauth_apps.CALLBACK_PATH}{app['alias']}"
    authorization_url, state = begin(
        gw,
        app,
        redirect_uri=callback,
        scopes=scopes,
        resource=found.resource or url,
        purpose={"kind": "discovery", "server_id": str(server["id"]), "return_to": return_to},
    )
    return {"authorization_url": authorization_url, "state": state, "expires_in": STATE_SECONDS}


def _store_tokens(grant: Document, tokens: Mapping[str, Any]) -> None:
    grant["_access_token"] = tokens["access_token"]
    if isinstance(tokens.get("refresh_token"), str) and tokens["refresh_token"]:
        grant["_refresh_token"] = tokens["refresh_token"]
    lifetime = tokens.get("expires_in")
    if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
        grant["_lifetime"] = float(lifetime)
        grant["_expires"] = time.time() + float(lifetime)
    else:
        grant["_lifetime"] = grant["_expires"] = None
    scope = tokens.get("scope")
    if isinstance(scope, str):
        grant["granted_scopes"] = scope.split()
    grant["failure"] = None
    grant["dead"] = False
    grant["updated_at"] = now_iso()


async def complete(gw: GatewayState, pending: Mapping[str, Any], code: str) -> dict[str, Any]:
    """Redeem the code of a discovery authorization and store the grant."""
    server_id = str(pending["purpose"]["server_id"])
    app = gw.store.get(OAUTH_APP, str(pending["app_id"]))
    if app is None:
        raise Refused("The OAuth app of this authorization was deleted")
    try:
        tokens = await redeem(app, pending, code)
    except TokenError as exc:
        raise Refused(f"The authorization could not be completed: {exc}") from None
    grant: Document = {
        "id": server_id,
        "server_id": server_id,
        "app_id": app["id"],
        "resource": pending.get("resource"),
        "requested_scopes": list(pending.get("scopes") or []),
        "granted_scopes": list(pending.get("scopes") or []),
        "authorized_by_user_id": LOCAL_USER_ID,
        "created_at": now_iso(),
    }
    _store_tokens(grant, tokens)
    with gw.store.transaction():
        if gw.store.get(DISCOVERY_GRANT, server_id) is None:
            gw.store.insert(DISCOVERY_GRANT, grant)
        else:
            gw.store.update(DISCOVERY_GRANT, server_id, grant)
    return {
        "status": "authorized",
        "kind": "discovery",
        "server_id": server_id,
        "connection_id": None,
    }


def remove(gw: GatewayState, server_id: str) -> None:
    """Forget the server's grant (its OAuth app and connections stay)."""
    gw.store.delete(DISCOVERY_GRANT, server_id)


def _forget_app(gw: GatewayState, app_id: str) -> None:
    for grant in gw.store.list(DISCOVERY_GRANT, lambda d: d.get("app_id") == app_id):
        gw.store.delete(DISCOVERY_GRANT, grant["id"])
    forget_pending(gw, app_id)


oauth_apps.ON_IDENTITY_CHANGE.append(_forget_app)


async def _refresh(store: Store, grant: Document) -> None:
    app = store.get(OAUTH_APP, str(grant.get("app_id")))
    refresh_token = grant.get("_refresh_token")
    if app is None or not refresh_token:
        grant.update(dead=True, failure="The grant cannot be refreshed: authorize again")
        return
    form = {"grant_type": "refresh_token", "refresh_token": str(refresh_token)}
    if grant.get("resource"):
        form["resource"] = str(grant["resource"])
    try:
        _store_tokens(grant, await request_tokens(app, form))
    except TokenError as exc:
        grant["failure"] = f"Refreshing the access token failed: {exc}"
        grant["dead"] = exc.invalid_grant


def _margin(grant: Mapping[str, Any]) -> float:
    lifetime = grant.get("_lifetime")
    return min(60.0, 0.1 * float(lifetime)) if lifetime else 0.0


async def _token(store: Store, server_id: str, *, force: bool) -> str | None:
    lock = _LOCKS.setdefault(server_id, asyncio.Lock())
    async with lock:
        grant = store.get(DISCOVERY_GRANT, server_id)
        if grant is None or grant.get("dead"):
            return None
        expires = grant.get("_expires")
        due = expires is not None and float(expires) - _margin(grant) <= time.time()
        if force or due:
            await _refresh(store, grant)
            if store.get(DISCOVERY_GRANT, server_id) is not None:
                store.update(DISCOVERY_GRANT, server_id, grant)
        return stored_token(store, server_id)


def stored_token(store: Store, server_id: str) -> str | None:
    """The server's current access token as stored (None: no usable grant). The refresher keeps
    it fresh; this is what the remote runtime sends (`server_auth.oauth2_bearer_token`)."""
    grant = store.get(DISCOVERY_GRANT, str(server_id))
    if grant is None or grant.get("dead"):
        return None
    expires = grant.get("_expires")
    if expires is not None and float(expires) <= time.time():
        return None
    token = grant.get("_access_token")
    return token if isinstance(token, str) and token else None


async def bearer_for(store: Store, server_id: str) -> str | None:
    """The server's access token for a call (refreshed first when about to expire), or None."""
    return await _token(store, str(server_id), force=False)


async def after_unauthorized(store: Store, server_id: str) -> str | None:
    """The remote refused the token (401): refresh now; the new token, or None."""
    return await _token(store, str(server_id), force=True)


def next_due(gw: GatewayState) -> float | None:
    """Epoch seconds when the soonest grant should be refreshed (None: nothing to refresh)."""
    due = [
        float(g["_expires"]) - _margin(g)
        for g in gw.store.list(DISCOVERY_GRANT)
        if g.get("_expires") is not None and g.get("_refresh_token") and not g.get("dead")
    ]
    return min(due) if due else None


async def refresh_due(gw: GatewayState) -> None:
    """Refresh every grant whose token is about to expire (a failure is kept on the grant)."""
    now = time.time()
    for grant in gw.store.list(DISCOVERY_GRANT):
        expires = grant.get("_expires")
        if expires is not None and float(expires) - _margin(grant) <= now:
            await _token(gw.store, str(grant["id"]), force=False)
