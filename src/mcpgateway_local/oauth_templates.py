"""The built-in OAuth provider templates: data in `oauth_templates.json` (endpoints, client
authentication method and default scopes of well-known providers), read once.

Template ids are stable (UUIDv5 of the provider type), so an app's `template_id` survives
restarts and upgrades.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

__all__ = ["by_id", "suggested_type", "templates", "wire"]

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://mcpgateway.local/oauth-templates")
_WIRE = ("id", "type", "name", "auth_url", "token_url", "token_endpoint_auth_method", "created_at")


@cache
def templates() -> tuple[dict[str, Any], ...]:
    """Every template (with `id`, `created_at` and `default_scopes`), in file order."""
    raw = json.loads(
        resources.files(__package__).joinpath("oauth_templates.json").read_text(encoding="utf-8")
    )
    return tuple(
        {**entry, "id": str(uuid.uuid5(_NAMESPACE, entry["type"])), "created_at": raw["created_at"]}
        for entry in raw["templates"]
    )


def wire(template: dict[str, Any]) -> dict[str, Any]:
    """The `OAuthAppTemplate` fields of a template."""
    return {key: template[key] for key in _WIRE}


def by_id(template_id: object) -> dict[str, Any] | None:
    """The template with this id (any UUID spelling), or None."""
    try:
        wanted = str(uuid.UUID(str(template_id)))
    except ValueError:
        return None
    return next((t for t in templates() if t["id"] == wanted), None)


def suggested_type(authorization_endpoint: str | None) -> str | None:
    """The type of the template whose authorization endpoint is on the same host, if any."""
    if not authorization_endpoint:
        return None
    host = urlsplit(authorization_endpoint).hostname
    return next((t["type"] for t in templates() if urlsplit(t["auth_url"]).hostname == host), None)
