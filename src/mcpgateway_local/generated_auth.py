"""The authentication of a `generated` server, kept in the unified server authentication store
(`server_auth.py`, `servers.authentication(id)`): the declaration is derived from the
document's security schemes at import (`auth_mode="auto"`), the secrets are set by the user
(`set_secret`), and each API call sends what the declaration asks for.

Secrets are never returned, logged or put into error texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .api_calls import ApiAuth
from .server_auth import RemoteAuthProblem, set_authentication, upstream_request_auth
from .store import Store

__all__ = ["declaration_for", "request_auth", "store_declaration"]

_LABELS = {"api_key": "API key", "bearer": "Bearer token"}
_DECLARABLE = frozenset({"api_key", "bearer", "basic"})
"""Types declared at import; `oauth2` needs an OAuth app (`app_id`), so it is left to the user."""


def declaration_for(inferred: Mapping[str, Any] | None) -> dict[str, Any]:
    """The declaration for an inferred scheme (`none` when there is none or it needs an app)."""
    kind = str((inferred or {}).get("type") or "none")
    if kind not in _DECLARABLE:
        return {"type": "none", "config": {}, "fields": []}
    assert inferred is not None
    config = dict(inferred.get("config") or {})
    if kind == "basic":
        fields = [_field("username", False, "Username"), _field("password", True, "Password")]
    else:
        fields = [_field("api_key", True, _LABELS[kind])]
    return {"type": kind, "config": config, "fields": fields}


def _field(name: str, sensitive: bool, label: str) -> dict[str, Any]:
    return {
        "name": name,
        "sensitive": sensitive,
        "required": True,
        "provided_by": "admin",
        "label": label,
    }


def store_declaration(store: Store, server_id: str, declaration: Mapping[str, Any]) -> None:
    """Store the declaration as the server's authentication (nothing for `none`)."""
    if declaration.get("type", "none") != "none":
        set_authentication(store, {"id": server_id}, declaration)


async def request_auth(store: Store, server_id: str) -> ApiAuth:
    """What a call to the server's API adds; `missing` says what is not set (sent without)."""
    try:
        headers, params = await upstream_request_auth(store, server_id)
    except RemoteAuthProblem as problem:
        return ApiAuth(missing=(str(problem),))
    return ApiAuth(headers=dict(headers), params=dict(params))
