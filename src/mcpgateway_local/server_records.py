"""Server documents: validation, building, storing (used by the servers and catalog APIs).

No Starlette: it raises domain errors (domain_errors.py) that REST and MCP each translate.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .domain_errors import Conflict, Invalid, Refused
from .kinds import CREDENTIAL, OAUTH_CONFIG
from .records import new_id, now_iso, public
from .scoping import server_name_problem
from .server_auth import check_initial, store_initial_authentication
from .server_settings import check_server_settings, render_settings
from .store import Document
from .tool_values import mask_secret
from .toolbox import Toolbox

__all__ = [
    "COMPUTED_FIELDS",
    "CREATE_FIELDS",
    "OPTIONAL_STR",
    "build_server",
    "check_server_extras",
    "check_server_name",
    "config_problem",
    "new_credential",
    "oauth_public",
    "render_server",
    "store_new_server",
    "store_oauth",
]

CREATE_FIELDS = frozenset(
    {
        "name",
        "display_name",
        "type",
        "config",
        "source_doc_url",
        "credential_mode",
        "auth_method",
        "initial_bearer_token",
        "portal_visible",
        "portal_category",
        "portal_tags",
        "initial_authentication",
        "initial_authentication_secrets",
    }
)
COMPUTED_FIELDS = frozenset(
    {
        "pending_reason",
        "effective_allowed_hosts",
        "id",
        "status",
        "source",
        "tool_count",
        "tool_sync_hash",
        "last_synced_at",
        "last_error",
        "enriched_error",
        "oauth_config",
        "created_at",
        "updated_at",
        "mcp_endpoint_url",
    }
)
OPTIONAL_STR = ("description", "icon_url", "sync_schedule")


def render_server(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The `Server` wire form (the 0.61 settings filled for older documents)."""
    return {**public(doc), **render_settings(doc)}


# -- validation --------------------------------------------------------------------------------


def check_server_name(box: Toolbox, name: str, except_id: str | None, loc: list[str | int]) -> None:
    problem = server_name_problem(name)
    if problem is not None:
        raise Invalid(loc, problem)
    if box.name_taken(name, except_id):
        raise Conflict(f"A server named '{name}' already exists")


def config_problem(server_type: str, config: Any) -> str | None:
    """Why ``config`` cannot run a server of ``server_type`` (None when usable)."""
    if not isinstance(config, dict):
        return "config must be an object"
    command = config.get("command")
    if command is not None and (not isinstance(command, str) or not command.strip()):
        return "config.command must be a non-empty string"
    args = config.get("args")
    if args is not None and (
        not isinstance(args, list) or not all(isinstance(a, str) for a in args)
    ):
        return "config.args must be a list of strings"
    env = config.get("env")
    if env is not None and (
        not isinstance(env, dict) or not all(isinstance(v, str) for v in env.values())
    ):
        return "config.env must be an object of strings"
    if server_type == "stdio" and not command:
        return "a stdio server needs config.command (and optionally args, env)"
    if server_type in ("npx", "uvx") and not command and not config.get("package"):
        return f"a {server_type} server needs config.package (or config.command)"
    return None


def check_server_extras(body: Mapping[str, Any]) -> None:
    for key in OPTIONAL_STR:
        if key in body and body[key] is not None and not isinstance(body[key], str):
            raise Invalid(["body", key], "Input should be a valid string", "string_type")
    if "exposure_mode" in body and not isinstance(body["exposure_mode"], str):
        raise Invalid(["body", "exposure_mode"], "Input should be a valid string")
    reqs = body.get("credential_requirements")
    if reqs is not None and (
        not isinstance(reqs, list) or not all(isinstance(r, dict) for r in reqs)
    ):
        raise Invalid(["body", "credential_requirements"], "Input should be a list of objects")
    oauth = body.get("oauth_config")
    if oauth is not None and not isinstance(oauth, dict):
        raise Invalid(["body", "oauth_config"], "Input should be a valid dictionary")


def _oauth_doc(server_id: str, raw: Mapping[str, Any]) -> Document:
    scopes = raw.get("scopes") or []
    if isinstance(scopes, str):
        scopes = scopes.split()
    secret = str(raw.get("client_secret") or "")
    refresh = raw.get("refresh_url")
    return {
        "id": server_id,
        "server_id": server_id,
        "provider": str(raw.get("provider") or "custom"),
        "client_id": str(raw.get("client_id") or ""),
        "client_secret_masked": mask_secret(secret) if secret else "",
        "authorize_url": str(raw.get("authorize_url") or ""),
        "token_url": str(raw.get("token_url") or ""),
        "refresh_url": str(refresh) if refresh else None,
        "scopes": [str(s) for s in scopes] if isinstance(scopes, list) else [],
        "token_endpoint_auth_method": str(
            raw.get("token_endpoint_auth_method") or "client_secret_post"
        ),
        "pkce_required": bool(raw.get("pkce_required", True)),
        "_client_secret": secret,
    }


def oauth_public(doc: Mapping[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out.pop("id", None)
    out.pop("server_id", None)
    return out


def store_oauth(box: Toolbox, server: Document, raw: Mapping[str, Any] | None) -> None:
    """Create/replace (or with None, remove) the server's OAuth settings."""
    sid = str(server["id"])
    if raw is None:
        box.store.delete(OAUTH_CONFIG, sid)
        server["oauth_config"] = None
        return
    doc = _oauth_doc(sid, raw)
    if box.store.get(OAUTH_CONFIG, sid) is None:
        box.store.insert(OAUTH_CONFIG, doc)
    else:
        box.store.update(OAUTH_CONFIG, sid, doc)
    server["oauth_config"] = oauth_public(doc)


def new_credential(server_id: str, body: Mapping[str, Any]) -> Document:
    value = str(body["value"])
    return {
        "id": new_id(),
        "server_id": server_id,
        "name": str(body["name"]),
        "credential_type": str(body["credential_type"]),
        "masked_value": mask_secret(value),
        "header_name": body.get("header_name"),
        "prefix": body.get("prefix"),
        "ownership_type": str(body.get("ownership_type") or "managed"),
        "is_required": bool(body.get("is_required", False)),
        "description": body.get("description"),
        "created_at": now_iso(),
        "_value": value,
    }


def build_server(
    box: Toolbox,
    body: Mapping[str, Any],
    *,
    source: str,
    defaults: Mapping[str, Any] | None = None,
    config_status: int = 400,
) -> Document:
    """Validate a create body and return the new (not yet stored) server document.

    ``defaults`` fill fields the body does not give (catalog imports). Fields the spec does not
    know are kept; ones the gateway computes are ignored.
    """
    merged: dict[str, Any] = {**(defaults or {}), **body}
    name = str(merged["name"])
    check_server_name(box, name, None, ["body", "name"])
    check_server_extras(merged)
    check_server_settings(merged)
    check_initial(merged)
    server_type = str(merged["type"])
    config = merged.get("config")
    config = {} if config is None else config
    problem = config_problem(server_type, config)
    if problem is not None:
        if config_status == 400:
            raise Refused(f"The server settings are not usable: {problem}")
        raise Invalid(["body", "config"], problem)
    now = now_iso()
    doc: Document = {
        "id": new_id(),
        "name": name,
        "display_name": str(merged.get("display_name") or name),
        "description": merged.get("description"),
        "icon_url": merged.get("icon_url"),
        "type": server_type,
        "status": "running" if server_type == "local" else "stopped",
        "config": dict(config),
        "source": source,
        "source_doc_url": merged.get("source_doc_url"),
        "sync_schedule": merged.get("sync_schedule"),
        "credential_mode": str(merged.get("credential_mode") or "none"),
        "exposure_mode": str(merged.get("exposure_mode") or "all"),
        "portal_visible": bool(merged.get("portal_visible", False)),
        "portal_category": merged.get("portal_category"),
        "portal_tags": [str(t) for t in merged.get("portal_tags") or []],
        "tool_count": 0,
        "tool_sync_hash": None,
        "last_synced_at": None,
        "last_error": None,
        "enriched_error": None,
        "oauth_config": None,
        "credential_requirements": list(merged.get("credential_requirements") or []),
        "created_at": now,
        "updated_at": now,
        "mcp_endpoint_url": None,
        "_auth_method": str(merged.get("auth_method") or "none"),
    }
    for key, value in merged.items():
        if (
            key not in doc
            and key not in CREATE_FIELDS | COMPUTED_FIELDS
            and not key.startswith("_")
        ):
            doc[key] = value
    return doc


def store_new_server(box: Toolbox, doc: Document, body: Mapping[str, Any]) -> Document:
    """Insert the server with its OAuth settings and initial bearer credential (atomically)."""
    with box.store.transaction():
        if box.name_taken(str(doc["name"])):
            raise Conflict(f"A server named '{doc['name']}' already exists")
        oauth = body.get("oauth_config")
        if isinstance(oauth, dict):
            store_oauth(box, doc, oauth)
        box.insert_server(doc)
        store_initial_authentication(box.store, str(doc["id"]), body)
        token = body.get("initial_bearer_token")
        if isinstance(token, str) and token:
            credential = new_credential(
                str(doc["id"]),
                {
                    "name": "bearer_token",
                    "credential_type": "bearer",
                    "value": token,
                    "header_name": "Authorization",
                    "prefix": "Bearer ",
                    "is_required": True,
                    "description": "Initial bearer token given when the server was created",
                },
            )
            box.store.insert(CREDENTIAL, credential)
    return doc


# -- CRUD --------------------------------------------------------------------------------------
