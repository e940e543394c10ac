"""Servers: legacy credentials, OAuth settings and connection options.

* `credential`: `ServerCredential` fields + `server_id` + `_value` (the secret, never returned).
* `oauth_config`: id = server id; `ServerOAuthConfig` fields + `_client_secret`. Created from an
  `oauth_config` object sent with `create_server` / `update_server` (the spec has no POST).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..kinds import CREDENTIAL, OAUTH_CONFIG
from ..records import canonical_uuid, public
from ..server_records import (
    new_credential,
    oauth_public,
    store_oauth,
)
from ..toolbox import Toolbox
from . import (
    ApiRequest,
    ApiResult,
    conflict,
    not_found,
    operation,
)

__all__: list[str] = []


def _box(req: ApiRequest) -> Toolbox:
    return Toolbox.of(req.gw)


# -- credentials and OAuth ---------------------------------------------------------------------


def _render_credential(doc: Mapping[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out.pop("server_id", None)
    return out


@operation("list_server_credentials")
async def list_server_credentials(req: ApiRequest) -> ApiResult:
    """The server's credentials, values masked."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    docs = box.store.list(CREDENTIAL, lambda d: d.get("server_id") == sid)
    return ApiResult.json({"items": [_render_credential(d) for d in docs], "total": len(docs)})


@operation("create_server_credential")
async def create_server_credential(req: ApiRequest) -> ApiResult:
    """Store a credential (409 when the server already has one of that name)."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    body = req.body or {}
    name = str(body["name"])
    with box.store.transaction():
        taken = box.store.list(
            CREDENTIAL, lambda d: d.get("server_id") == sid and d.get("name") == name
        )
        if taken:
            raise conflict(f"The server already has a credential named '{name}'")
        doc = new_credential(sid, body)
        box.store.insert(CREDENTIAL, doc)
    return ApiResult.json(_render_credential(doc), status=201)


@operation("delete_server_credential")
async def delete_server_credential(req: ApiRequest) -> ApiResult:
    """Remove a credential of this server."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    canonical = canonical_uuid(req.path["credential_id"])
    doc = box.store.get(CREDENTIAL, canonical) if canonical else None
    if doc is None or doc.get("server_id") != sid:
        raise not_found("Credential")
    box.store.delete(CREDENTIAL, str(doc["id"]))
    return ApiResult.no_content()


@operation("get_server_oauth_config")
async def get_server_oauth_config(req: ApiRequest) -> ApiResult:
    """The server's OAuth settings (secret masked); 404 when it has none."""
    box = _box(req)
    sid = str(box.server(req.path["server_id"])["id"])
    doc = box.store.get(OAUTH_CONFIG, sid)
    if doc is None:
        raise not_found("OAuth config")
    return ApiResult.json(oauth_public(doc))


@operation("delete_server_oauth_config")
async def delete_server_oauth_config(req: ApiRequest) -> ApiResult:
    """Remove the server's OAuth settings; 404 when it has none."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    with box.store.transaction():
        if box.store.get(OAUTH_CONFIG, str(server["id"])) is None:
            raise not_found("OAuth config")
        store_oauth(box, server, None)
        box.save_server(server)
    return ApiResult.no_content()


def _connection_summary(doc: Mapping[str, Any]) -> dict[str, Any] | None:
    conn_id = canonical_uuid(doc.get("id"))
    created = doc.get("created_at")
    if conn_id is None or not isinstance(created, str):
        return None
    provider = doc.get("provider_name")
    return {
        "id": conn_id,
        "credential_type": str(doc.get("credential_type") or "unknown"),
        "provider_name": provider if isinstance(provider, str) else None,
        "is_valid": bool(doc.get("is_valid", True)),
        "created_at": created,
    }


@operation("get_server_connection_options")
async def get_server_connection_options(req: ApiRequest) -> ApiResult:
    """Credential mode, accepted credential types and existing connections of the server."""
    box = _box(req)
    server = box.server(req.path["server_id"])
    sid = str(server["id"])
    mode = str(server.get("credential_mode") or "none")
    types: list[str] = [] if mode == "none" else ["api_key", "bearer", "basic"]
    if mode != "none" and box.store.get(OAUTH_CONFIG, sid) is not None:
        types.append("oauth2")
    user_id = req.query.get("user_id")
    connections = []
    for doc in box.store.list("connection", lambda d: d.get("server_id") == sid):
        if user_id and doc.get("user_id") not in (None, user_id):
            continue
        summary = _connection_summary(doc)
        if summary is not None:
            connections.append(summary)
    return ApiResult.json(
        {
            "server_id": sid,
            "server_name": server["name"],
            "credential_mode": mode,
            "oauth_apps": [],
            "allowed_credential_types": types,
            "existing_connections": connections,
        }
    )
