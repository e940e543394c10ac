"""OAuth connections: `initiate_oauth` with one of the gateway's OAuth apps starts a real PKCE
authorization; the OAuth callback redeems it into a connection, or re-authorizes the connection
named by `connection_id` in place (same id, new tokens). No Starlette.

The access token is the connection's `_secret` (sent as `Authorization: Bearer`), the refresh
token `_refresh_token`; neither is ever returned. `refresh` (`connections.refresh`) renews them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from . import oauth_apps
from .bundle_rules import forget_connection
from .domain_errors import Refused
from .kinds import CONNECTION, OAUTH_APP
from .oauth_flow import STATE_SECONDS, TokenError, begin, redeem, request_tokens
from .records import LOCAL_USER_ID, canonical_uuid, new_id, now_iso
from .state import GatewayState
from .store import Document

__all__ = ["complete", "refresh", "start"]


def start(
    gw: GatewayState,
    server: Mapping[str, Any],
    body: Mapping[str, Any],
    public_url: str,
) -> dict[str, Any] | None:
    """The `OAuthAuthorization` for an app of this gateway; None when `oauth_app_id` names none
    (the caller then answers without a provider)."""
    app_id = canonical_uuid(body.get("oauth_app_id"))
    app = gw.store.get(OAUTH_APP, app_id) if app_id else None
    if app is None:
        return None
    if not app.get("is_enabled"):
        raise Refused("The OAuth app is disabled")
    callback = f"{public_url.rstrip('/')}{oauth_apps.CALLBACK_PATH}{app['alias']}"
    purpose = {
        "kind": "connection",
        "server_id": str(server["id"]),
        "server_name": server.get("name"),
        "connection_id": canonical_uuid(body.get("connection_id")),
        "connection_data": body.get("connection_data"),
        "return_to": body.get("redirect_uri"),
    }
    scopes = [str(s) for s in body.get("scopes") or []]
    url, state = begin(
        gw,
        app,
        redirect_uri=callback,
        scopes=scopes,
        resource=app.get("resource_identifier"),
        purpose=purpose,
    )
    return {"authorization_url": url, "state": state, "expires_in": STATE_SECONDS}


def _token_fields(tokens: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {"_secret": tokens["access_token"], "token_type": "Bearer"}
    if isinstance(tokens.get("refresh_token"), str):
        fields["_refresh_token"] = tokens["refresh_token"]
    lifetime = tokens.get("expires_in")
    expires = None
    if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
        expires = (datetime.now(UTC) + timedelta(seconds=float(lifetime))).isoformat()
    fields["expires_at"] = expires
    scope = tokens.get("scope")
    if isinstance(scope, str):
        fields["scopes"] = scope.split()
    now = now_iso()
    fields.update(
        is_valid=True,
        health_status="healthy",
        refresh_error=None,
        consecutive_refresh_failures=0,
        last_refreshed_at=now,
        updated_at=now,
    )
    return fields


def _new_connection(purpose: Mapping[str, Any], app: Mapping[str, Any]) -> Document:
    now = now_iso()
    return {
        "id": new_id(),
        "user_id": LOCAL_USER_ID,
        "server_id": purpose["server_id"],
        "provider_name": app.get("name"),
        "provider_email": None,
        "expires_at": None,
        "scopes": None,
        "next_refresh_at": None,
        "mcp_session_id": None,
        "last_accessed_at": None,
        "created_at": now,
        "expiration_status": "healthy",
        "credential_type": "oauth",
        "alias": None,
        "header_name": "Authorization",
        "prefix": "Bearer ",
        "connection_data": purpose.get("connection_data"),
        "username": None,
        "auth_method": "oauth2",
        "oauth_app_id": app["id"],
        "_server_name": purpose.get("server_name"),
    }


async def complete(gw: GatewayState, pending: Mapping[str, Any], code: str) -> dict[str, Any]:
    """Redeem the code: update the named connection in place, or create one."""
    purpose = pending["purpose"]
    app = gw.store.get(OAUTH_APP, str(pending["app_id"]))
    if app is None:
        raise Refused("The OAuth app of this authorization was deleted")
    try:
        tokens = await redeem(app, pending, code)
    except TokenError as exc:
        raise Refused(f"The authorization could not be completed: {exc}") from None
    fields = _token_fields(tokens)
    with gw.store.transaction():
        existing = (
            gw.store.get(CONNECTION, purpose["connection_id"])
            if purpose.get("connection_id")
            else None
        )
        if existing is not None:
            doc = {**existing, **fields, "oauth_app_id": app["id"]}
            gw.store.update(CONNECTION, doc["id"], doc)
        else:
            doc = {**_new_connection(purpose, app), **fields}
            gw.store.insert(CONNECTION, doc)
    return {
        "status": "authorized",
        "kind": "connection",
        "server_id": purpose["server_id"],
        "connection_id": doc["id"],
    }


async def refresh(gw: GatewayState, doc: Document) -> Document | None:
    """Refresh an OAuth connection's tokens at its app's token endpoint; the updated document,
    or None when `doc` is not an OAuth connection with a refresh token. A refusal is recorded on
    the connection (`refresh_error`, `consecutive_refresh_failures`; `invalid_grant` makes it
    invalid)."""
    app = gw.store.get(OAUTH_APP, str(doc.get("oauth_app_id")))
    if app is None or not doc.get("_refresh_token"):
        return None
    form = {"grant_type": "refresh_token", "refresh_token": str(doc["_refresh_token"])}
    if app.get("resource_identifier"):
        form["resource"] = str(app["resource_identifier"])
    try:
        updated = {**doc, **_token_fields(await request_tokens(app, form))}
    except TokenError as exc:
        failures = int(doc.get("consecutive_refresh_failures") or 0) + 1
        updated = {**doc, "refresh_error": str(exc), "consecutive_refresh_failures": failures}
        if exc.invalid_grant:
            updated.update(is_valid=False, health_status="unhealthy")
    with gw.store.transaction():
        if gw.store.get(CONNECTION, doc["id"]) is not None:
            gw.store.update(CONNECTION, doc["id"], updated)
    return updated


def _forget_app(gw: GatewayState, app_id: str) -> None:
    for doc in gw.store.list(CONNECTION, lambda d: d.get("oauth_app_id") == app_id):
        forget_connection(gw, doc["id"])
        gw.store.delete(CONNECTION, doc["id"])


oauth_apps.ON_IDENTITY_CHANGE.append(_forget_app)
