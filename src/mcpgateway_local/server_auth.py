"""Server authentication: the declaration (type, config, fields), write-only secrets, what is
missing, and the headers a remote server's requests carry.

One `server_auth` document per server (id = server id): `type`, `config`, `fields` and
`_secrets` (field name -> value; never rendered). A new `type`, a field whose `provided_by`
changes, or a field no longer declared drops its stored value. The local gateway has one user,
so user-provided values are stored the same way as the admin's.

Legacy credentials (`/servers/{id}/credentials`) stay where they were and keep working (process
servers get them as environment variables). `GET .../authentication` lists each as a field with
`managed: false`; `delete_secret` on that name deletes the credential. They are not sent to
remote servers: a remote server's authentication is its declaration.

No Starlette; domain errors only.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from .domain_errors import Invalid, NotFound
from .kinds import CREDENTIAL, SERVER_AUTH
from .records import now_iso
from .store import Document, Store

__all__ = [
    "AUTH_TYPES",
    "AWAITING_CREDENTIALS",
    "HINT",
    "RemoteAuthProblem",
    "check_declaration",
    "check_initial",
    "delete_secret",
    "oauth2_bearer_token",
    "render_authentication",
    "set_authentication",
    "set_secret",
    "store_initial_authentication",
    "upstream_request_auth",
]

AUTH_TYPES = ("none", "api_key", "bearer", "basic", "oauth2", "hmac", "env", "composite_static")
AWAITING_CREDENTIALS = "awaiting_credentials"
HINT = "••••"
"""The fixed marker of a stored value (nothing of the value itself)."""
_SECRET_TYPES = ("api_key", "bearer", "basic", "composite_static", "hmac")
_LOCATIONS = ("header", "query")


class RemoteAuthProblem(Exception):
    """The declared authentication cannot be sent (`reason` is the server's `pending_reason`
    when credentials are missing, else None: the declaration itself is unusable)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


# -- the declaration ---------------------------------------------------------------------------


def _declaration(store: Store, server_id: str) -> Document:
    return store.get(SERVER_AUTH, server_id) or {
        "id": server_id,
        "type": "none",
        "config": {},
        "fields": [],
        "_secrets": {},
    }


def _check_config(kind: str, config: Mapping[str, Any]) -> None:
    loc: list[str | int] = ["body", "config"]
    if kind == "api_key":
        if config.get("location") not in _LOCATIONS:
            raise Invalid([*loc, "location"], "api_key config needs location 'header' or 'query'")
        if not isinstance(config.get("name"), str) or not config["name"].strip():
            raise Invalid([*loc, "name"], "api_key config needs a non-empty name")
    if kind in ("bearer", "basic"):
        for key in ("header_name", "prefix"):
            if key in config and not isinstance(config[key], str):
                raise Invalid([*loc, key], f"{key} must be a string")
    if kind == "oauth2":
        app_id = config.get("app_id")
        if not isinstance(app_id, str) or not app_id.strip():
            raise Invalid([*loc, "app_id"], "oauth2 config needs a non-blank app_id")
        scopes = config.get("scopes")
        if scopes is not None and (
            not isinstance(scopes, list)
            or not all(isinstance(s, str) and s.strip() and " " not in s for s in scopes)
        ):
            raise Invalid([*loc, "scopes"], "scopes must be a list of non-blank scope names")
        if config.get("discovery_source") not in (None, "grant", "connection"):
            raise Invalid([*loc, "discovery_source"], "discovery_source is 'grant' or 'connection'")
    if kind == "hmac":
        recipe = config.get("recipe")
        if not isinstance(recipe, dict) or recipe.get("algo") != "sha256":
            raise Invalid([*loc, "recipe"], "hmac config needs a recipe with algo 'sha256'")
        for key in ("key_field", "message"):
            if not isinstance(recipe.get(key), str):
                raise Invalid([*loc, "recipe", key], f"recipe.{key} must be a string")
        if not isinstance(recipe.get("headers"), dict):
            raise Invalid([*loc, "recipe", "headers"], "recipe.headers must be an object")
    if kind == "composite_static":
        entries = config.get("entries")
        if config.get("version", 1) != 1 or not isinstance(entries, list) or not entries:
            raise Invalid(loc, "composite_static config needs version 1 and a list of entries")
        for index, entry in enumerate(entries):
            if (
                not isinstance(entry, dict)
                or entry.get("kind") not in ("api_key", "bearer", "basic")
                or entry.get("location") not in _LOCATIONS
                or not isinstance(entry.get("name"), str)
                or not isinstance(entry.get("id"), str)
                or not isinstance(entry.get("field_names"), list)
                or not entry["field_names"]
            ):
                raise Invalid(
                    [*loc, "entries", index],
                    "an entry needs id, kind (api_key|bearer|basic), location (header|query), "
                    "name and field_names",
                )


def _check_fields(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise Invalid(["body", "fields"], "fields must be a list")
    fields: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        loc: list[str | int] = ["body", "fields", index]
        if not isinstance(item, dict):
            raise Invalid(loc, "a field must be an object")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise Invalid([*loc, "name"], "a field needs a non-empty name")
        if name in seen:
            raise Invalid([*loc, "name"], f"field {name!r} is declared twice")
        seen.add(name)
        for key in ("sensitive", "required"):
            if not isinstance(item.get(key), bool):
                raise Invalid([*loc, key], f"{key} must be a boolean")
        if item.get("provided_by") not in ("admin", "user"):
            raise Invalid([*loc, "provided_by"], "provided_by must be 'admin' or 'user'")
        for key in ("label", "help"):
            if item.get(key) is not None and not isinstance(item[key], str):
                raise Invalid([*loc, key], f"{key} must be a string")
        fields.append(
            {
                "name": name,
                "sensitive": item["sensitive"],
                "required": item["required"],
                "provided_by": item["provided_by"],
                "label": item.get("label"),
                "help": item.get("help"),
            }
        )
    return fields


def check_declaration(body: Mapping[str, Any]) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """`(type, config, fields)` of a PUT body, checked (422 otherwise)."""
    kind = body.get("type")
    if kind not in AUTH_TYPES:
        raise Invalid(["body", "type"], f"type must be one of {', '.join(AUTH_TYPES)}")
    config = body.get("config")
    if not isinstance(config, dict):
        raise Invalid(["body", "config"], "config must be an object")
    _check_config(str(kind), config)
    return str(kind), dict(config), _check_fields(body.get("fields", []))


def _check_secrets(kind: str, fields: list[dict[str, Any]], secrets: Any) -> dict[str, str]:
    if secrets is None:
        return {}
    if not isinstance(secrets, dict) or not all(isinstance(v, str) for v in secrets.values()):
        raise Invalid(["body", "secrets"], "secrets must map field names to strings")
    if secrets and kind not in _SECRET_TYPES:
        raise Invalid(["body", "secrets"], f"{kind} authentication takes no secrets")
    admin = {f["name"] for f in fields if f["provided_by"] == "admin"}
    for name in secrets:
        if name not in admin:
            raise Invalid(["body", "secrets", name], f"{name!r} is not a declared admin field")
    return dict(secrets)


# -- reads -------------------------------------------------------------------------------------


def _legacy(store: Store, server_id: str) -> list[Document]:
    return store.list(CREDENTIAL, lambda d: d.get("server_id") == server_id)


def _missing(decl: Mapping[str, Any]) -> list[str]:
    secrets = decl.get("_secrets") or {}
    return [f["name"] for f in decl.get("fields", []) if f["required"] and f["name"] not in secrets]


def render_authentication(store: Store, server: Mapping[str, Any]) -> dict[str, Any]:
    """The `Authentication` wire form: no value, only `is_set` and the fixed `hint`."""
    sid = str(server["id"])
    decl = _declaration(store, sid)
    secrets = decl.get("_secrets") or {}
    declared = {f["name"] for f in decl["fields"]}
    fields = [
        {
            **f,
            "is_set": f["name"] in secrets,
            "managed": True,
            "hint": HINT if f["name"] in secrets else None,
        }
        for f in decl["fields"]
    ]
    for cred in _legacy(store, sid):
        name = str(cred.get("name", ""))
        if name and name not in declared:
            fields.append(
                {
                    "name": name,
                    "sensitive": True,
                    "required": bool(cred.get("is_required", False)),
                    "provided_by": "admin",
                    "is_set": True,
                    "managed": False,
                    "label": None,
                    "help": cred.get("description"),
                    "hint": HINT,
                }
            )
    missing = _missing(decl)
    reason = server.get("pending_reason") or (AWAITING_CREDENTIALS if missing else None)
    return {
        "type": decl["type"],
        "config": decl["config"],
        "fields": fields,
        "pending_reason": reason,
        "missing_fields": missing,
    }


# -- writes ------------------------------------------------------------------------------------


def _save(store: Store, decl: Document) -> None:
    decl["updated_at"] = now_iso()
    if store.get(SERVER_AUTH, str(decl["id"])) is None:
        store.insert(SERVER_AUTH, decl)
    else:
        store.update(SERVER_AUTH, str(decl["id"]), decl)


def set_authentication(store: Store, server: Mapping[str, Any], body: Mapping[str, Any]) -> None:
    """Replace the declaration; drop values of a changed shape; store the given secrets."""
    kind, config, fields = check_declaration(body)
    secrets = _check_secrets(kind, fields, body.get("secrets"))
    sid = str(server["id"])
    old = _declaration(store, sid)
    kept: dict[str, str] = {}
    if old["type"] == kind:
        before = {f["name"]: f["provided_by"] for f in old["fields"]}
        for f in fields:
            value = (old.get("_secrets") or {}).get(f["name"])
            if value is not None and before.get(f["name"]) == f["provided_by"]:
                kept[f["name"]] = value
    with store.transaction():
        _save(
            store,
            {"id": sid, "type": kind, "config": config, "fields": fields,
             "_secrets": {**kept, **secrets}},
        )  # fmt: skip


def check_initial(body: Mapping[str, Any]) -> None:
    """422 for a bad `initial_authentication` of a create body (checked before storing)."""
    initial = body.get("initial_authentication")
    if initial is None:
        return
    if not isinstance(initial, dict):
        raise Invalid(["body", "initial_authentication"], "must be an object")
    kind, _, fields = check_declaration(initial)
    _check_secrets(kind, fields, initial.get("secrets"))


def store_initial_authentication(store: Store, server_id: str, body: Mapping[str, Any]) -> None:
    """The declaration sent with a create (`initial_authentication`, as `register_remote` does
    for oauth2), checked before by :func:`check_initial`."""
    initial = body.get("initial_authentication")
    if isinstance(initial, dict):
        set_authentication(store, {"id": server_id}, initial)


def set_secret(store: Store, server: Mapping[str, Any], name: str, value: str) -> None:
    """Store the value of a declared field (404 for a field that is not declared)."""
    sid = str(server["id"])
    decl = _declaration(store, sid)
    if name not in {f["name"] for f in decl["fields"]}:
        raise NotFound(f"Field '{name}' is not declared in the server's authentication")
    decl["_secrets"] = {**(decl.get("_secrets") or {}), name: value}
    _save(store, decl)


def delete_secret(store: Store, server: Mapping[str, Any], name: str) -> None:
    """Remove a field's value (or the legacy credential of that name); 404 when none exists."""
    sid = str(server["id"])
    decl = _declaration(store, sid)
    secrets = dict(decl.get("_secrets") or {})
    if name in secrets:
        del secrets[name]
        decl["_secrets"] = secrets
        _save(store, decl)
        return
    for cred in _legacy(store, sid):
        if cred.get("name") == name:
            store.delete(CREDENTIAL, str(cred["id"]))
            return
    raise NotFound(f"Field '{name}' has no stored value")


# -- use ---------------------------------------------------------------------------------------


async def oauth2_bearer_token(store: Store, server_id: str) -> str | None:
    """The OAuth access token for a server with `oauth2` authentication, or None.

    The hook for discovery OAuth (called before every upstream connection, so it may refresh a
    token first): it returns None until tokens are stored for the server, which leaves the
    server `pending` (`awaiting_credentials`).
    """
    return None


def _joined(prefix: Any, value: str) -> str:
    return f"{prefix} {value}" if isinstance(prefix, str) and prefix else value


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


async def upstream_request_auth(
    store: Store, server_id: str
) -> tuple[dict[str, str], dict[str, str]]:
    """`(headers, query parameters)` that carry the server's credentials upstream.

    Raises :class:`RemoteAuthProblem` (`reason` `awaiting_credentials`) when a required value
    is missing, and without a reason for a type a remote server cannot use (`hmac`, `env`).
    """
    decl = _declaration(store, server_id)
    kind, config = decl["type"], decl["config"]
    secrets: dict[str, str] = decl.get("_secrets") or {}
    missing = _missing(decl)
    if missing:
        raise RemoteAuthProblem(
            f"awaiting credentials: {', '.join(missing)} not set", AWAITING_CREDENTIALS
        )
    headers: dict[str, str] = {}
    query: dict[str, str] = {}

    def value(name: str) -> str:
        if name not in secrets:
            raise RemoteAuthProblem(f"awaiting credentials: {name} not set", AWAITING_CREDENTIALS)
        return secrets[name]

    def first_field() -> str:
        names = [f["name"] for f in decl["fields"]] or ["api_key"]
        return value(names[0])

    if kind == "none":
        return headers, query
    if kind == "bearer":
        headers[config.get("header_name") or "Authorization"] = _joined(
            config.get("prefix", "Bearer"), first_field()
        )
    elif kind == "api_key":
        target = headers if config.get("location") == "header" else query
        target[str(config["name"])] = _joined(config.get("prefix"), first_field())
    elif kind == "basic":
        headers[config.get("header_name") or "Authorization"] = _joined(
            config.get("prefix", "Basic"), _basic(value("username"), value("password"))
        )
    elif kind == "composite_static":
        for entry in config.get("entries") or []:
            names = [str(n) for n in entry.get("field_names") or []]
            if entry.get("kind") == "basic" and len(names) >= 2:
                raw = _joined(
                    entry.get("prefix") or "Basic", _basic(value(names[0]), value(names[1]))
                )
            elif entry.get("kind") == "bearer":
                raw = _joined(entry.get("prefix") or "Bearer", value(names[0]))
            else:
                raw = _joined(entry.get("prefix"), value(names[0]))
            (headers if entry.get("location") == "header" else query)[str(entry["name"])] = raw
    elif kind == "oauth2":
        token = await oauth2_bearer_token(store, server_id)
        if token is None:
            raise RemoteAuthProblem(
                "awaiting credentials: no OAuth tokens for this server yet", AWAITING_CREDENTIALS
            )
        headers["Authorization"] = f"Bearer {token}"
    else:
        raise RemoteAuthProblem(f"{kind} authentication is not supported for remote servers")
    return headers, query
