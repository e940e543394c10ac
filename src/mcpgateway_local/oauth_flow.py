"""The authorization-code flow with PKCE (RFC 6749, RFC 7636 S256, RFC 8707 `resource`): pending
authorizations, the authorization URL, and the token endpoint (code exchange and refresh).
No Starlette.

A pending authorization is stored under the SHA-256 of its `state` (the state itself is never
stored), holds its PKCE verifier (never returned), is used at most once and expires after
`STATE_SECONDS`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from .domain_errors import Refused
from .kinds import OAUTH_PENDING
from .oauth_net import MAX_BODY, http_client
from .state import GatewayState
from .store import Document

__all__ = ["STATE_SECONDS", "TokenError", "begin", "redeem", "request_tokens", "take"]

STATE_SECONDS = 600


class TokenError(Exception):
    """The token endpoint refused or answered nonsense; `invalid_grant` means the grant is dead."""

    def __init__(self, message: str, *, invalid_grant: bool = False) -> None:
        super().__init__(message)
        self.invalid_grant = invalid_grant


def _digest(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = [*parse_qsl(parts.query, keep_blank_values=True), *params.items()]
    return urlunsplit(parts._replace(query=urlencode(query)))


def begin(
    gw: GatewayState,
    app: Mapping[str, Any],
    *,
    redirect_uri: str,
    scopes: list[str],
    resource: str | None,
    purpose: Mapping[str, Any],
) -> tuple[str, str]:
    """Store a pending authorization; returns `(authorization_url, state)`.

    `purpose` says what the callback completes (`kind`, `server_id`, ...), kept with it.
    """
    now = time.time()
    for stale in gw.store.list(OAUTH_PENDING, lambda d: float(d.get("expires", 0)) < now):
        gw.store.delete(OAUTH_PENDING, stale["id"])  # abandoned authorizations
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(48)
    params = {
        "response_type": "code",
        "client_id": str(app["client_id"]),
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": _challenge(verifier),
        "code_challenge_method": "S256",
    }
    if scopes:
        params["scope"] = " ".join(scopes)
    if resource:
        params["resource"] = resource
    gw.store.insert(
        OAUTH_PENDING,
        {
            "id": _digest(state),
            "app_id": app["id"],
            "redirect_uri": redirect_uri,
            "scopes": scopes,
            "resource": resource,
            "expires": now + STATE_SECONDS,
            "purpose": dict(purpose),
            "_verifier": verifier,
        },
    )
    return _with_query(str(app["auth_url"]), params), state


def take(gw: GatewayState, state: str) -> Document:
    """The pending authorization of `state`, removed (single use); `Refused` when unknown,
    already used or expired."""
    key = _digest(state)
    with gw.store.transaction():
        doc = gw.store.get(OAUTH_PENDING, key)
        if doc is not None:
            gw.store.delete(OAUTH_PENDING, key)
    if doc is None:
        raise Refused("Unknown or already used OAuth state")
    if float(doc.get("expires", 0)) < time.time():
        raise Refused("The OAuth authorization expired; start it again")
    return doc


def forget_pending(gw: GatewayState, app_id: str) -> None:
    """Drop the pending authorizations of an app (it changed or went away)."""
    for doc in gw.store.list(OAUTH_PENDING, lambda d: d.get("app_id") == app_id):
        gw.store.delete(OAUTH_PENDING, doc["id"])


async def request_tokens(app: Mapping[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """POST `form` to the app's token endpoint with its client authentication; the decoded
    token answer (`access_token` checked). `TokenError` otherwise."""
    headers = {"Accept": "application/json"}
    auth: tuple[str, str] | None = None
    method = app.get("token_endpoint_auth_method") or "client_secret_post"
    secret = app.get("_client_secret")
    form = {**form, "client_id": str(app["client_id"])}
    if secret and method == "client_secret_basic":
        auth = (str(app["client_id"]), str(secret))
    elif secret and method == "client_secret_post":
        form["client_secret"] = str(secret)
    try:
        async with http_client() as client:
            response = await client.post(
                str(app["token_url"]),
                data=form,
                headers=headers,
                auth=auth or httpx.USE_CLIENT_DEFAULT,
            )
    except httpx.HTTPError as exc:
        raise TokenError(f"token endpoint unreachable ({type(exc).__name__})") from None
    try:
        data = response.json() if len(response.content) <= MAX_BODY else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise TokenError(f"token endpoint answered HTTP {response.status_code} without JSON")
    if response.status_code != 200 or "error" in data:
        code = str(data.get("error") or f"http_{response.status_code}")
        raise TokenError(f"token endpoint refused: {code}", invalid_grant=code == "invalid_grant")
    if not isinstance(data.get("access_token"), str) or not data["access_token"]:
        raise TokenError("token endpoint answered without an access_token")
    if str(data.get("token_type", "bearer")).lower() != "bearer":
        raise TokenError(f"unsupported token_type {data.get('token_type')!r}")
    return data


async def redeem(app: Mapping[str, Any], pending: Mapping[str, Any], code: str) -> dict[str, Any]:
    """Exchange an authorization code (with the pending authorization's PKCE verifier)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": str(pending["redirect_uri"]),
        "code_verifier": str(pending["_verifier"]),
    }
    if pending.get("resource"):
        form["resource"] = str(pending["resource"])
    return await request_tokens(app, form)
