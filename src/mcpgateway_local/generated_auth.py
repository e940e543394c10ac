"""The authentication of a `generated` server: its declaration and the secrets a call sends.

The declaration (`{type, config, fields}`, the shape of `servers.authentication(id)`) is
derived from the document's security schemes at import (`auth_mode="auto"`) and stored with
the server's API description. A call looks the secrets up by field name: `api_key` (api_key
and bearer) or `username` / `password` (basic), among the values stored for the server
(the server's credentials, `POST /servers/{id}/credentials`, named after the field). An
adapter: when the unified authentication store exists, `secret_values` reads it first.

Secrets are never returned, logged or put into error texts.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from .api_calls import ApiAuth
from .kinds import CREDENTIAL
from .store import Store

__all__ = ["declaration_for", "request_auth", "secret_values"]

_LABELS = {"api_key": "API key", "bearer": "Bearer token"}


def declaration_for(inferred: Mapping[str, Any] | None) -> dict[str, Any]:
    """The authentication declaration for an inferred scheme (`none` when there is none)."""
    if not inferred:
        return {"type": "none", "config": {}, "fields": []}
    kind = str(inferred.get("type") or "none")
    config = dict(inferred.get("config") or {})
    if kind in ("api_key", "bearer"):
        fields = [_field("api_key", True, _LABELS[kind])]
    elif kind == "basic":
        fields = [_field("username", False, "Username"), _field("password", True, "Password")]
    else:
        fields = []
    return {"type": kind, "config": config, "fields": fields}


def _field(name: str, sensitive: bool, label: str) -> dict[str, Any]:
    return {
        "name": name,
        "sensitive": sensitive,
        "required": True,
        "provided_by": "admin",
        "label": label,
    }


def secret_values(store: Store, server_id: str) -> dict[str, str]:
    """The secrets stored for the server, by field name (newest wins)."""
    values: dict[str, str] = {}
    for cred in store.list(CREDENTIAL, lambda d: d.get("server_id") == server_id):
        value = cred.get("_value")
        if isinstance(value, str) and value:
            values[str(cred.get("name"))] = value
    return values


def request_auth(declaration: Mapping[str, Any], secrets: Mapping[str, str]) -> ApiAuth:
    """What a call adds for `declaration` given `secrets` (missing fields listed, not sent)."""
    kind = str(declaration.get("type") or "none")
    config = declaration.get("config") or {}
    fields = [str(f.get("name")) for f in declaration.get("fields") or [] if isinstance(f, dict)]
    missing = tuple(name for name in fields if not secrets.get(name))
    if missing or kind == "none":
        return ApiAuth(missing=missing)
    if kind == "api_key":
        name = str(config.get("name") or "X-API-Key")
        if config.get("location") == "query":
            return ApiAuth(params={name: secrets["api_key"]})
        return ApiAuth(headers={name: secrets["api_key"]})
    if kind == "bearer":
        header = str(config.get("header_name") or "Authorization")
        prefix = str(config.get("prefix") if config.get("prefix") is not None else "Bearer")
        value = f"{prefix} {secrets['api_key']}" if prefix else secrets["api_key"]
        return ApiAuth(headers={header: value})
    if kind == "basic":
        pair = f"{secrets['username']}:{secrets['password']}".encode()
        return ApiAuth(headers={"Authorization": "Basic " + base64.b64encode(pair).decode()})
    return ApiAuth(missing=(f"{kind} authentication (not supported for generated servers)",))
