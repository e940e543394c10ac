"""OAuth apps: clients registered with a provider, persisted (no Starlette).

Stored `oauth_app` document: the `OAuthApp` wire fields except `callback_url` (built from the
gateway's public URL when rendered) and `client_secret_masked`, plus `template_id`,
`additional_config`, `tenant_id`, `instance_url`, `gitlab_base_url`, and `_client_secret`
(write-only: never rendered). Aliases are unique and URL-safe (they name the callback path).

Changing what identifies the client at the provider (client id, endpoints, tenant, instance)
makes every token obtained with it useless: `on_identity_change` hooks (the discovery grants,
OAuth connections) are run then, and on delete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .domain_errors import Conflict, Invalid, missing
from .kinds import OAUTH_APP
from .oauth_net import url_problem
from .oauth_templates import by_id
from .records import fetch_or_404, new_id, now_iso
from .state import GatewayState
from .store import Document

__all__ = [
    "CALLBACK_PATH",
    "ON_IDENTITY_CHANGE",
    "by_alias",
    "compatible",
    "create",
    "delete",
    "get",
    "public_url",
    "register_dynamic",
    "render",
    "update",
]

CALLBACK_PATH = "/api/v1/oauth/callback/"
MASK = "********"
_ALIAS_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_METHODS = ("client_secret_post", "client_secret_basic", "none")
_IDENTITY = (
    "client_id",
    "auth_url",
    "token_url",
    "tenant_id",
    "instance_url",
    "gitlab_base_url",
    "authorization_server_url",
)
_WIRE = (
    "id",
    "alias",
    "name",
    "client_id",
    "token_endpoint_auth_method",
    "auth_url",
    "token_url",
    "authorization_server_url",
    "provenance",
    "resource_identifier",
    "is_enabled",
    "created_at",
    "updated_at",
)
_UPDATABLE = frozenset(
    {"name", "client_secret", "token_endpoint_auth_method", "is_enabled", "additional_config"}
    | set(_IDENTITY)
)
"""The fields `update` may change (anything else a client sends is ignored)."""
ON_IDENTITY_CHANGE: list[Callable[[GatewayState, str], None]] = []
"""Called (inside the store transaction) with an app id whose tokens became useless."""


def public_url(host: str | None, gw: GatewayState) -> str:
    """The gateway's URL as its caller reached it (`Host`), else the configured address."""
    if host and "/" not in host and "@" not in host:
        return f"http://{host}"
    return f"http://{gw.settings.host}:{gw.settings.port}"


def render(doc: Mapping[str, Any], public_url: str) -> dict[str, Any]:
    """The `OAuthApp` answer (the secret masked, the callback URL for `public_url`)."""
    out = {key: doc.get(key) for key in _WIRE}
    out["client_secret_masked"] = MASK if doc.get("_client_secret") else None
    out["callback_url"] = f"{public_url.rstrip('/')}{CALLBACK_PATH}{doc['alias']}"
    return out


def get(gw: GatewayState, app_id: object) -> Document:
    """The stored app, else `NotFound`."""
    return fetch_or_404(gw.store, OAUTH_APP, app_id, "OAuth app")


def by_alias(gw: GatewayState, alias: str) -> Document | None:
    """The app with this alias, or None."""
    found = gw.store.list(OAUTH_APP, lambda d: d.get("alias") == alias)
    return found[0] if found else None


def _checks(fields: Mapping[str, Any]) -> None:
    errors: list[Invalid] = []
    alias = fields.get("alias")
    if isinstance(alias, str) and not _ALIAS_RE.fullmatch(alias):
        errors.append(
            Invalid(["body", "alias"], "alias may hold letters, digits, '.', '_' and '-' only")
        )
    for key in ("auth_url", "token_url", "authorization_server_url"):
        value = fields.get(key)
        problem = url_problem(value) if value is not None else None
        if problem is not None:
            errors.append(Invalid(["body", key], f"{key} {problem}"))
    method = fields.get("token_endpoint_auth_method")
    if method is not None and method not in _METHODS:
        errors.append(
            Invalid(["body", "token_endpoint_auth_method"], f"must be one of {', '.join(_METHODS)}")
        )
    if method in ("client_secret_post", "client_secret_basic") and not fields.get("client_secret"):
        errors.append(
            Invalid(
                ["body", "client_secret"],
                f"client_secret is required for token_endpoint_auth_method {method!r} "
                "(use 'none' for a public client)",
                "missing",
            )
        )
    if errors:
        raise Invalid.combined(errors)


def _new(fields: Mapping[str, Any], provenance: str) -> Document:
    now = now_iso()
    secret = fields.get("client_secret")
    return {
        "id": new_id(),
        "alias": fields["alias"],
        "name": fields["name"],
        "client_id": fields["client_id"],
        "token_endpoint_auth_method": fields.get("token_endpoint_auth_method"),
        "auth_url": fields.get("auth_url"),
        "token_url": fields.get("token_url"),
        "authorization_server_url": fields.get("authorization_server_url"),
        "provenance": provenance,
        "resource_identifier": fields.get("resource_identifier"),
        "is_enabled": bool(fields.get("is_enabled", True)),
        "template_id": fields.get("template_id"),
        "additional_config": fields.get("additional_config"),
        "tenant_id": None,
        "instance_url": None,
        "gitlab_base_url": None,
        "created_at": now,
        "updated_at": now,
        "_client_secret": secret if isinstance(secret, str) and secret else None,
    }


def _insert(gw: GatewayState, doc: Document) -> Document:
    with gw.store.transaction():
        if by_alias(gw, doc["alias"]) is not None:
            raise Conflict(f"An OAuth app with alias {doc['alias']!r} already exists")
        gw.store.insert(OAUTH_APP, doc)
    return doc


def create(gw: GatewayState, body: Mapping[str, Any], *, custom: bool) -> Document:
    """A new app from a template (`custom=False`: `template_id` fills the endpoints) or custom."""
    fields = dict(body)
    if not custom:
        template = by_id(fields.get("template_id"))
        if template is None:
            raise missing("OAuth template")
        fields["template_id"] = template["id"]
        for key, default in (
            ("auth_url", template["auth_url"]),
            ("token_url", template["token_url"]),
            ("token_endpoint_auth_method", template["token_endpoint_auth_method"]),
        ):
            if fields.get(key) is None:
                fields[key] = default
    elif fields.get("token_endpoint_auth_method") is None:
        fields["token_endpoint_auth_method"] = (
            "client_secret_post" if fields.get("client_secret") else "none"
        )
    _checks(fields)
    return _insert(gw, _new(fields, "manual"))


def register_dynamic(
    gw: GatewayState, *, alias: str, name: str, client_id: str, client_secret: str | None,
    method: str, auth_url: str, token_url: str, issuer: str | None, resource: str | None,
) -> Document:  # fmt: skip
    """Store a client obtained by dynamic registration (RFC 7591) for discovery OAuth."""
    fields = {
        "alias": alias,
        "name": name,
        "client_id": client_id,
        "client_secret": client_secret,
        "token_endpoint_auth_method": method,
        "auth_url": auth_url,
        "token_url": token_url,
        "authorization_server_url": issuer,
        "resource_identifier": resource,
    }
    return _insert(gw, _new(fields, "dynamic_registration"))


def update(gw: GatewayState, app_id: object, changes: Mapping[str, Any]) -> Document:
    """Apply the given fields; a change of identity runs `ON_IDENTITY_CHANGE`."""
    doc = get(gw, app_id)
    changes = {k: v for k, v in changes.items() if k in _UPDATABLE}
    merged = {**doc, **{k: v for k, v in changes.items() if k != "client_secret"}}
    if "client_secret" in changes:
        merged["_client_secret"] = changes["client_secret"]
    _checks({**merged, "client_secret": merged.get("_client_secret")})
    changed = any(k in changes and changes[k] != doc.get(k) for k in _IDENTITY)
    merged["updated_at"] = now_iso()
    with gw.store.transaction():
        gw.store.update(OAUTH_APP, doc["id"], merged)
        if changed:
            for hook in ON_IDENTITY_CHANGE:
                hook(gw, doc["id"])
    return merged


def delete(gw: GatewayState, app_id: object) -> None:
    """Delete the app; grants and connections made with it go too."""
    doc = get(gw, app_id)
    with gw.store.transaction():
        gw.store.delete(OAUTH_APP, doc["id"])
        for hook in ON_IDENTITY_CHANGE:
            hook(gw, doc["id"])


def compatible(gw: GatewayState, evidence: Mapping[str, str | None]) -> list[Document]:
    """Enabled apps equal to every piece of evidence given (`authorization_server_url`,
    `resource`, `authorization_endpoint`, `token_endpoint`), oldest first."""
    fields = {
        "authorization_server_url": "authorization_server_url",
        "resource": "resource_identifier",
        "authorization_endpoint": "auth_url",
        "token_endpoint": "token_url",
    }
    wanted = {fields[k]: v for k, v in evidence.items() if k in fields and v is not None}
    return gw.store.list(
        OAUTH_APP,
        lambda d: bool(d.get("is_enabled")) and all(d.get(k) == v for k, v in wanted.items()),
    )
