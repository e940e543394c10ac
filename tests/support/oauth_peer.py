"""A small real OAuth 2.1 authorization server on 127.0.0.1, for the OAuth tests.

`with OAuthPeer() as peer:` serves (uvicorn in a thread, a free port):

- `GET /.well-known/oauth-authorization-server` (RFC 8414): endpoints, `S256`, and
  `registration_endpoint` when `dynamic_registration` is on;
- `GET /prm/<n>` (RFC 9728): the protected-resource metadata of each resource registered with
  `peer.protect(resource_url)` (which returns that URL, for a `resource_metadata` challenge);
- `GET /authorize`: approves at once and redirects (302) to the client's `redirect_uri` with
  `code` and `state` (checks the client, its redirect URI and an S256 challenge);
- `POST /token`: `authorization_code` (PKCE verified, redirect URI and client authentication
  checked) and `refresh_token` (the refresh token rotates); tokens live `expires_in` seconds;
- `POST /register` (RFC 7591): a public client per call.

`peer.add_client(client_id, secret, redirect_uris)` pre-registers a client (secret None: public).
`peer.on_token` is called with every access token issued (e.g. the protected MCP peer's
`require_bearer`); `peer.grants` counts token answers by grant type, `peer.refused` the refusals.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.support.served import LoopbackPeer

__all__ = ["OAuthPeer", "oauth_peer"]


@dataclass
class _Client:
    secret: str | None
    redirect_uris: list[str]


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    resource: str | None
    expires: float


@dataclass
class OAuthPeer(LoopbackPeer):
    """The authorization server; see the module docstring."""

    _name = "oauth-peer"

    expires_in: int = 3600
    dynamic_registration: bool = True
    scopes: list[str] = field(default_factory=lambda: ["tools:read", "tools:call"])
    on_token: Callable[[str], None] | None = None
    port: int = 0
    grants: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, _Code] = {}
        self._refresh: dict[str, tuple[str, str, str | None]] = {}
        self._lock = threading.Lock()

    # -- configuration ---------------------------------------------------------------------

    @property
    def issuer(self) -> str:
        """The issuer (also the base URL)."""
        return f"http://127.0.0.1:{self.port}"

    def add_client(self, client_id: str, secret: str | None, redirect_uris: list[str]) -> None:
        """Pre-register a client (a confidential one when `secret` is given)."""
        self._clients[client_id] = _Client(secret, list(redirect_uris))

    def protect(self, resource: str) -> str:
        """Serve protected-resource metadata for `resource`; returns its URL."""
        self.resources.append(resource)
        return f"{self.issuer}/prm/{len(self.resources) - 1}"

    # -- endpoints -------------------------------------------------------------------------

    def _refuse(self, error: str, status: int = 400) -> Response:
        self.refused.append(error)
        return JSONResponse({"error": error}, status_code=status)

    async def _metadata(self, request: Request) -> Response:
        document: dict[str, Any] = {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": self.scopes,
        }
        if self.dynamic_registration:
            document["registration_endpoint"] = f"{self.issuer}/register"
        return JSONResponse(document)

    async def _prm(self, request: Request) -> Response:
        index = int(request.path_params["n"])
        if index >= len(self.resources):
            return JSONResponse({"error": "not_found"}, status_code=404)
        return JSONResponse(
            {
                "resource": self.resources[index],
                "authorization_servers": [self.issuer],
                "scopes_supported": self.scopes,
            }
        )

    async def _authorize(self, request: Request) -> Response:
        q = request.query_params
        client = self._clients.get(q.get("client_id", ""))
        if client is None:
            return self._refuse("unknown_client")
        redirect_uri = q.get("redirect_uri", "")
        if redirect_uri not in client.redirect_uris:
            return self._refuse("bad_redirect_uri")
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256":
            return self._refuse("pkce_required")
        code = secrets.token_urlsafe(16)
        self._codes[code] = _Code(
            q["client_id"],
            redirect_uri,
            q.get("code_challenge", ""),
            q.get("scope", ""),
            q.get("resource"),
            time.time() + 60,
        )
        return RedirectResponse(
            f"{redirect_uri}?{urlencode({'code': code, 'state': q.get('state', '')})}", 302
        )

    def _client_of(self, request: Request, form: Any) -> str | None:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret")
        client = self._clients.get(client_id)
        if client is None or (client.secret is not None and secret != client.secret):
            return None
        return client_id

    def _issue(self, client_id: str, scope: str, resource: str | None, grant: str) -> Response:
        access = f"at-{secrets.token_urlsafe(16)}"
        refresh = f"rt-{secrets.token_urlsafe(16)}"
        with self._lock:
            self._refresh[refresh] = (client_id, scope, resource)
            self.grants[grant] = self.grants.get(grant, 0) + 1
        if self.on_token is not None:
            self.on_token(access)
        return JSONResponse(
            {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": self.expires_in,
                "refresh_token": refresh,
                "scope": scope,
            }
        )

    async def _token(self, request: Request) -> Response:
        form = await request.form()
        client_id = self._client_of(request, form)
        if client_id is None:
            return self._refuse("invalid_client", 401)
        if form.get("grant_type") == "authorization_code":
            code = self._codes.pop(str(form.get("code", "")), None)
            if code is None or code.client_id != client_id or code.expires < time.time():
                return self._refuse("invalid_grant")
            if form.get("redirect_uri") != code.redirect_uri:
                return self._refuse("invalid_grant")
            digest = hashlib.sha256(str(form.get("code_verifier", "")).encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != code.challenge:
                return self._refuse("invalid_grant")
            return self._issue(client_id, code.scope, code.resource, "authorization_code")
        if form.get("grant_type") == "refresh_token":
            with self._lock:
                known = self._refresh.pop(str(form.get("refresh_token", "")), None)
            if known is None or known[0] != client_id:
                return self._refuse("invalid_grant")
            return self._issue(client_id, known[1], known[2], "refresh_token")
        return self._refuse("unsupported_grant_type")

    async def _register(self, request: Request) -> Response:
        if not self.dynamic_registration:
            return JSONResponse({"error": "not_found"}, status_code=404)
        body = await request.json()
        client_id = f"dyn-{secrets.token_hex(6)}"
        self.add_client(client_id, None, list(body.get("redirect_uris") or []))
        return JSONResponse(
            {
                "client_id": client_id,
                "token_endpoint_auth_method": "none",
                "redirect_uris": body.get("redirect_uris"),
            },
            status_code=201,
        )

    # -- serving ---------------------------------------------------------------------------

    def _asgi(self) -> Starlette:
        app = Starlette(
            routes=[
                Route("/.well-known/oauth-authorization-server", self._metadata),
                Route("/prm/{n:int}", self._prm),
                Route("/authorize", self._authorize),
                Route("/token", self._token, methods=["POST"]),
                Route("/register", self._register, methods=["POST"]),
            ]
        )
        return app


@pytest.fixture(scope="module")
def oauth_peer() -> Iterator[OAuthPeer]:
    """A running authorization server for the module."""
    with OAuthPeer() as peer:
        yield peer
