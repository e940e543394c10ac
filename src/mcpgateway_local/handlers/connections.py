"""Connections: a user's stored credential for one server, and the (local) OAuth start.

The local gateway has one user, `LOCAL_USER_ID`; every connection belongs to it. Stored
`connection` document (other modules may read it, e.g. to send the credential to a server):

* the `Connection` wire fields (`id`, `user_id`, `server_id`, `token_type`, `is_valid`, ...,
  `expiration_status`),
* `credential_type` (`api_key`, `bearer`, `basic`, `none`, or `oauth`), `alias`, `header_name`, `prefix`,
  `connection_data` (non-secret settings), `username` (basic only), `auth_method`,
* `_secret`: the credential value (for basic: the password), **never returned**: responses show
  `credential_masked` = `"********"`, or `""` for type `none`; `_server_name`: the server's name
  when the connection was made.

A connection whose server no longer exists reads as `is_valid: false` (and is left out of
listings unless `include_invalid=true`). `connection_data` keys that look like credentials
(password, secret, token, api key, ...) are refused with 422: secrets go in `credential_value`.
Deleting a connection also unassigns it from every bundle.

The list is paged and filtered by `connection_query` (`expiration_status` follows the expiry).
`initiate_oauth` with one of this gateway's OAuth apps starts a real PKCE authorization
(`connection_oauth`; the OAuth callback stores the tokens, in place with `connection_id`). With
any other `oauth_app_id` it answers an `authorization_url` on the reserved, never-resolving host
`OAUTH_PLACEHOLDER_HOST` (RFC 2606 `.invalid`) carrying the request's parameters and a random
`state`; no provider is contacted then. `refresh` renews an OAuth connection's tokens at its
app's token endpoint; for any other connection it only stamps `last_refreshed_at`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from ..bundle_rules import forget_connection
from ..connection_oauth import refresh as refresh_oauth
from ..connection_oauth import start as start_oauth
from ..connection_query import expiration_status, page_of, select
from ..errors import ValidationItem, validation_item
from ..oauth_apps import public_url
from ..records import LOCAL_USER_ID, canonical_uuid, fetch_or_404, new_id, now_iso
from ..store import Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    HTTPProblem,
    RequestValidationError,
    conflict,
    not_found,
    operation,
    unprocessable,
)

__all__ = [
    "CONNECTION",
    "LOCAL_USER_ID",
    "OAUTH_PLACEHOLDER_HOST",
    "connection_is_valid",
    "credential_like_keys",
]

CONNECTION = "connection"
SERVER = "server"
CREDENTIAL_TYPES = ("api_key", "bearer", "basic", "none")
MASK = "********"
OAUTH_PLACEHOLDER_HOST = "oauth.mcpgateway-local.invalid"
OAUTH_STATE_SECONDS = 600
_TOKEN_TYPES = {"api_key": "ApiKey", "bearer": "Bearer", "basic": "Basic", "none": "None"}
_SECRET_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "accesskey",
        "privatekey",
        "credential",
        "credentials",
        "authorization",
        "cookie",
        "bearer",
    }
)
_KEY_QUALIFIERS = frozenset({"api", "access", "private", "secret", "signing", "encryption"})
_WORD_RE = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_CONNECTION_FIELDS = (
    "id",
    "user_id",
    "server_id",
    "provider_name",
    "provider_email",
    "token_type",
    "expires_at",
    "scopes",
    "is_valid",
    "health_status",
    "last_refreshed_at",
    "next_refresh_at",
    "consecutive_refresh_failures",
    "refresh_error",
    "mcp_session_id",
    "last_accessed_at",
    "created_at",
    "updated_at",
    "expiration_status",
)


# --- helpers -------------------------------------------------------------------------------


def _server(gw: GatewayState, server_id: object) -> Document | None:
    canonical = canonical_uuid(server_id)
    return gw.store.get(SERVER, canonical) if canonical else None


def _server_or_404(gw: GatewayState, server_id: object) -> Document:
    server = _server(gw, server_id)
    if server is None:
        raise not_found("Server")
    return server


def _connection_or_404(gw: GatewayState, connection_id: object) -> Document:
    return fetch_or_404(gw.store, CONNECTION, connection_id, "Connection")


def _is_credential_like(key: str) -> bool:
    words = [w.lower() for w in _WORD_RE.findall(key)]
    if not words:
        return False
    if words[-1] in _SECRET_WORDS or "".join(words) in _SECRET_WORDS:
        return True
    return words[-1] == "key" and len(words) > 1 and words[-2] in _KEY_QUALIFIERS


def credential_like_keys(data: Any, loc: list[str | int]) -> list[ValidationItem]:
    """422 items for every credential-like key in `data` (nested objects and lists included)."""
    errors: list[ValidationItem] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            if _is_credential_like(str(key)):
                errors.append(
                    validation_item(
                        [*loc, str(key)],
                        f"connection_data must not hold credentials ({key!r} looks like one); "
                        "send secrets as credential_value (or password for basic auth)",
                        "value_error",
                    )
                )
            else:
                errors.extend(credential_like_keys(value, [*loc, str(key)]))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            errors.extend(credential_like_keys(item, [*loc, index]))
    return errors


def _check_connection_data(data: Any) -> dict[str, Any] | None:
    if data is None:
        return None
    errors = credential_like_keys(data, ["body", "connection_data"])
    if errors:
        raise RequestValidationError(errors)
    return dict(data)


def connection_is_valid(gw: GatewayState, doc: Mapping[str, Any]) -> bool:
    """Stored validity, and the connection's server still exists."""
    return bool(doc.get("is_valid", True)) and _server(gw, doc.get("server_id")) is not None


def _server_summary(server: Mapping[str, Any]) -> Document:
    name = str(server.get("name") or "")
    logo = server.get("logo_url") or server.get("icon_url")
    return {
        "id": server["id"],
        "name": name,
        "display_name": str(server.get("display_name") or name),
        "logo_url": logo if isinstance(logo, str) else None,
    }


def _render(gw: GatewayState, doc: Mapping[str, Any], *, include_server: bool = False) -> Document:
    out = {name: doc.get(name) for name in _CONNECTION_FIELDS}
    server = _server(gw, doc.get("server_id"))
    valid = bool(doc.get("is_valid", True)) and server is not None
    out["is_valid"] = valid
    out["token_type"] = out["token_type"] or "Bearer"
    out["health_status"] = out["health_status"] or "healthy"
    out["expiration_status"] = expiration_status(doc)
    out["consecutive_refresh_failures"] = int(out["consecutive_refresh_failures"] or 0)
    if server is None:
        out["health_status"] = "unhealthy"
        out["refresh_error"] = out["refresh_error"] or "The connection's server no longer exists"
    out["server"] = _server_summary(server) if include_server and server is not None else None
    out["user"] = None
    out["ownership"] = doc.get("ownership") or "individual"  # the gateway's connection fields
    out["revoked_at"] = doc.get("revoked_at")  # a delete is permanent here: never revoked
    out["revoke_reason"] = doc.get("revoke_reason")
    if include_server:
        out["auto_refresh_enabled"] = False  # no OAuth tokens to refresh locally
    return out


def _new_doc(
    server: Mapping[str, Any],
    *,
    credential_type: str,
    secret: str,
    alias: str | None,
    header_name: str,
    prefix: str,
    connection_data: dict[str, Any] | None,
    username: str | None,
) -> Document:
    now = now_iso()
    return {
        "id": new_id(),
        "user_id": LOCAL_USER_ID,
        "server_id": server["id"],
        "provider_name": None,
        "provider_email": None,
        "token_type": _TOKEN_TYPES.get(credential_type, "Bearer"),
        "expires_at": None,
        "scopes": None,
        "is_valid": True,
        "health_status": "healthy",
        "last_refreshed_at": None,
        "next_refresh_at": None,
        "consecutive_refresh_failures": 0,
        "refresh_error": None,
        "mcp_session_id": None,
        "last_accessed_at": None,
        "created_at": now,
        "updated_at": now,
        "expiration_status": "healthy",
        "credential_type": credential_type,
        "alias": alias,
        "header_name": header_name,
        "prefix": prefix,
        "connection_data": connection_data,
        "username": username,
        "auth_method": credential_type,
        "_secret": secret,
        "_server_name": server.get("name"),
    }


# --- operations ----------------------------------------------------------------------------


@operation("list_connections")
async def list_connections(req: ApiRequest) -> ApiResult:
    gw, query = req.gw, req.query
    docs = gw.store.list(CONNECTION)
    if not query.get("include_invalid"):
        docs = [doc for doc in docs if connection_is_valid(gw, doc)]
    chosen = select(
        docs,
        server_name=lambda doc: str((_server(gw, doc.get("server_id")) or doc).get("name") or ""),
        q=query.get("q"),
        server_id=canonical_uuid(query.get("server_id")) or query.get("server_id"),
        status=query.get("status"),
        created_after=query.get("created_after"),
        created_before=query.get("created_before"),
    )
    include_server = bool(query.get("include_server"))
    items = [_render(gw, doc, include_server=include_server) for doc in chosen]
    return ApiResult.json(
        page_of(items, int(query.get("page") or 1), int(query.get("page_size") or 20))
    )


@operation("create_connection")
async def create_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body
    credential_type = str(body["credential_type"])
    if credential_type not in CREDENTIAL_TYPES:
        raise unprocessable(
            ["body", "credential_type"],
            "Input should be 'api_key', 'bearer', 'basic' or 'none'",
            "enum",
        )
    secret = str(body.get("credential_value") or "")
    username: str | None = None
    if credential_type == "none" and secret:
        raise unprocessable(
            ["body", "credential_value"], "credential_type 'none' takes no credential_value"
        )
    if credential_type != "none" and not secret:
        raise unprocessable(
            ["body", "credential_value"],
            f"credential_value is required for credential_type {credential_type!r}",
            "missing",
        )
    if credential_type == "basic":
        username, sep, password = secret.partition(":")
        if not sep or not username:
            raise unprocessable(
                ["body", "credential_value"],
                "For credential_type 'basic' send 'username:password' "
                "(or use POST /api/v1/connections/basic)",
            )
        secret = password
    connection_data = _check_connection_data(body.get("connection_data"))
    server = _server_or_404(gw, body["server_id"])
    alias = body.get("alias")
    doc = _new_doc(
        server,
        credential_type=credential_type,
        secret=secret,
        alias=alias,
        header_name=str(body.get("header_name") or "Authorization"),
        prefix=str(body.get("prefix") or ""),
        connection_data=connection_data,
        username=username,
    )
    with gw.store.transaction():
        if alias is not None and gw.store.list(
            CONNECTION, lambda d: d.get("server_id") == server["id"] and d.get("alias") == alias
        ):
            raise conflict(f"A connection with alias {alias!r} already exists for this server")
        gw.store.insert(CONNECTION, doc)
    return ApiResult.json(
        {
            "id": doc["id"],
            "server_id": doc["server_id"],
            "user_id": doc["user_id"],
            "ownership": "individual",
            "credential_type": credential_type,
            "alias": alias,
            "header_name": doc["header_name"],
            "prefix": doc["prefix"],
            "credential_masked": "" if credential_type == "none" else MASK,
            "connection_data": connection_data,
            "is_valid": True,
            "created_at": doc["created_at"],
            "updated_at": doc["updated_at"],
        },
        status=201,
    )


@operation("create_basic_connection")
async def create_basic_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body
    username = str(body["username"])
    if not username or ":" in username:
        raise unprocessable(
            ["body", "username"], "username must be non-empty and must not contain ':'"
        )
    connection_data = _check_connection_data(body.get("connection_data"))
    server = _server_or_404(gw, body["server_id"])
    doc = _new_doc(
        server,
        credential_type="basic",
        secret=str(body["password"]),
        alias=None,
        header_name="Authorization",
        prefix="Basic ",
        connection_data=connection_data,
        username=username,
    )
    with gw.store.transaction():
        if gw.store.list(
            CONNECTION,
            lambda d: d.get("server_id") == server["id"] and d.get("credential_type") == "basic",
        ):
            raise conflict("A basic-auth connection already exists for this server")
        gw.store.insert(CONNECTION, doc)
    return ApiResult.json(
        {
            "id": doc["id"],
            "server_id": doc["server_id"],
            "user_id": doc["user_id"],
            "username": username,
            "auth_method": "basic",
            "connection_data": connection_data,
            "is_valid": True,
            "created_at": doc["created_at"],
            "updated_at": doc["updated_at"],
        },
        status=201,
    )


@operation("get_connection")
async def get_connection(req: ApiRequest) -> ApiResult:
    doc = _connection_or_404(req.gw, req.path["connection_id"])
    return ApiResult.json(_render(req.gw, doc))


@operation("delete_connection")
async def delete_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = _connection_or_404(gw, req.path["connection_id"])
    with gw.store.transaction():
        forget_connection(gw, doc["id"])
        gw.store.delete(CONNECTION, doc["id"])
    return ApiResult.no_content()


@operation("refresh_connection")
async def refresh_connection(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = _connection_or_404(gw, req.path["connection_id"])
    refreshed = await refresh_oauth(gw, doc)
    if refreshed is not None:
        return ApiResult.json(_render(gw, refreshed))
    now = now_iso()
    doc["last_refreshed_at"] = now
    doc["updated_at"] = now
    doc["consecutive_refresh_failures"] = 0
    doc["refresh_error"] = None
    with gw.store.transaction():
        if gw.store.get(CONNECTION, doc["id"]) is None:
            raise not_found("Connection")
        gw.store.update(CONNECTION, doc["id"], doc)
    return ApiResult.json(_render(gw, doc))


@operation("initiate_oauth")
async def initiate_oauth(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body
    _check_connection_data(body.get("connection_data"))
    server = _server_or_404(gw, req.path["server_id"])
    connection_id = body.get("connection_id")
    if connection_id is not None:
        existing = _connection_or_404(gw, connection_id)
        if existing.get("server_id") != server["id"]:
            raise HTTPProblem(404, "Connection not found for this server")
    started = start_oauth(gw, server, body, public_url(req.headers.get("host"), gw))
    if started is not None:
        return ApiResult.json(started)
    state = secrets.token_urlsafe(32)
    params: dict[str, str] = {
        "response_type": "code",
        "server_id": str(server["id"]),
        "oauth_app_id": str(body["oauth_app_id"]),
        "state": state,
    }
    if body.get("redirect_uri"):
        params["redirect_uri"] = str(body["redirect_uri"])
    if body.get("scopes"):
        params["scope"] = " ".join(str(s) for s in body["scopes"])
    url = f"https://{OAUTH_PLACEHOLDER_HOST}/authorize?{urlencode(params)}"
    return ApiResult.json(
        {"authorization_url": url, "state": state, "expires_in": OAUTH_STATE_SECONDS}
    )
