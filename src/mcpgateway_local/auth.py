"""Bearer authentication: every path but `GET /health`, `GET /openapi.json` and the OAuth callback
(`GET /api/v1/oauth/callback/...`) needs a valid key.

Keys are stored only as SHA-256 hex digests (a 32-byte random key needs no pepper or slow hash).
The bootstrap admin key lives in memory for the life of the process (`--api-key` or generated and
printed once by the CLI); keys created through the API live in the `api_keys` table and work at
once. Unknown, revoked or expired -> 401 `{"detail": "Invalid or missing API key"}` with
`WWW-Authenticate: Bearer`. Keys are never logged. A key over its `rate_limit_rpm` gets 429 with
`Retry-After`; the MCP endpoint needs the `tools:execute` scope (see key_policy.py; REST scopes
are checked by the dispatcher, which knows the operation).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, cast

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import HTTPProblem, error_response
from .key_policy import EXECUTE, allows, retry_after_header
from .state import GatewayState

KEY_PREFIX = "mgw_local_"
PUBLIC_PATHS = frozenset({"/health", "/openapi.json"})
PUBLIC_PREFIXES = ("/api/v1/oauth/callback/",)
"""The OAuth callback: a provider's browser redirect, authenticated by its single-use state."""
MCP_PATH = "/mcp/gateway"
UNAUTHORIZED = "Invalid or missing API key"
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: `key_id` is None for the bootstrap admin key."""

    key_id: str | None
    name: str
    is_admin: bool
    data: dict[str, Any] = field(default_factory=dict)
    expires_at: float | None = None

    @property
    def scopes(self) -> list[str] | None:
        """The key's scopes (None = unrestricted; the admin key always is)."""
        scopes = self.data.get("scopes")
        if self.is_admin or not isinstance(scopes, list):
            return None
        return [str(s) for s in scopes]

    @property
    def rate_limit_rpm(self) -> int:
        """Requests per minute allowed to this key (0 = unlimited; the admin key always is)."""
        value = self.data.get("rate_limit_rpm", 60)
        if self.is_admin or not isinstance(value, int) or isinstance(value, bool):
            return 0
        return max(value, 0)


def generate_api_key() -> str:
    """A new random key: `mgw_local_` + 43 URL-safe characters."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """The SHA-256 hex digest under which a key is stored and looked up."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_display_prefix(key: str) -> str:
    """The non-secret start of a key shown in listings (`mgw_local_` + 4 characters)."""
    return key[: len(KEY_PREFIX) + 4]


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def authenticate(
    gw: GatewayState, authorization: str | None, now: float | None = None
) -> Caller | None:
    """The caller for this header, or None if the key is missing, unknown, revoked or expired."""
    token = bearer_token(authorization)
    if token is None:
        return None
    digest = hash_api_key(token)
    if hmac.compare_digest(digest, gw.bootstrap_key_hash):
        return Caller(key_id=None, name="bootstrap", is_admin=True)
    record = gw.store.find_api_key(digest)
    if record is None or not record.usable(time.time() if now is None else now):
        return None
    return Caller(
        key_id=record.id,
        name=record.name,
        is_admin=False,
        data=record.data,
        expires_at=record.expires_at,
    )


def is_public(method: str, path: str) -> bool:
    """Paths served without a key."""
    return method in ("GET", "HEAD") and (path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES))


ANONYMOUS = Caller(key_id=None, name="anonymous", is_admin=False, data={"scopes": []})
"""The caller of a public path (no key)."""


def caller_of(scope: Scope) -> Caller:
    """The authenticated caller of a request (`request.state.caller`); 401 if none."""
    caller = scope.get("state", {}).get("caller")
    if not isinstance(caller, Caller):
        raise HTTPProblem(401, UNAUTHORIZED, _CHALLENGE)
    return caller


class AuthMiddleware:
    """ASGI middleware: authenticates, then sets `scope["state"]["caller"]` (= `request.state.caller`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        gw = cast(GatewayState, scope["app"].state.gw)
        caller = authenticate(gw, Headers(scope=scope).get("authorization"))
        if caller is None:
            await error_response(401, UNAUTHORIZED, _CHALLENGE)(scope, receive, send)
            return
        if caller.key_id is not None and caller.rate_limit_rpm:
            wait = gw.rate_limiter.check(caller.key_id, caller.rate_limit_rpm)
            if wait is not None:
                detail = f"Rate limit of {caller.rate_limit_rpm} requests per minute exceeded"
                headers = {"Retry-After": retry_after_header(wait)}
                await error_response(429, detail, headers)(scope, receive, send)
                return
        path = scope["path"]
        if (path == MCP_PATH or path.startswith(MCP_PATH + "/")) and not allows(
            caller.scopes, EXECUTE
        ):
            detail = f"This API key lacks the scope '{EXECUTE}' needed by the MCP endpoint"
            await error_response(403, detail)(scope, receive, send)
            return
        scope.setdefault("state", {})["caller"] = caller
        await self.app(scope, receive, send)
