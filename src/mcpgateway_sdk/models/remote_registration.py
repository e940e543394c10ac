"""Input models of `servers.register_remote`: `RemoteServerRegistration`, `RemoteAuthentication`.

They check everything the SDK can check when they are built, so a bad registration raises
`ValueError` (or `TypeError` for an unknown keyword) before any request. The module path of the
published SDK (`mcpgateway_sdk.models.remote_registration`); `ServerReadiness` and
`AuthRequirementProbe`-free parts of that module live in `mcpgateway_sdk.models` as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._generated.models import ServerReadiness

__all__ = ["RemoteAuthentication", "RemoteServerRegistration", "ServerReadiness"]

REMOTE_AUTH_TYPES = ("none", "api_key", "bearer", "basic", "oauth2")
_CONFIG_KEYS: dict[str, tuple[str, ...]] = {
    "none": (),
    "api_key": ("location", "name", "prefix"),
    "bearer": ("header_name", "prefix"),
    "basic": ("header_name", "prefix"),
    "oauth2": (
        "oauth_template",
        "scopes",
        "app_id",
        "resource",
        "authorization_server_url",
        "authorization_endpoint",
        "token_endpoint",
        "discovery_source",
        "discovery_connection_id",
    ),
}
_DEFAULTS: dict[str, dict[str, Any]] = {
    "bearer": {"header_name": "Authorization", "prefix": "Bearer"},
    "basic": {"header_name": "Authorization", "prefix": "Basic"},
}
_FIELDS: dict[str, tuple[tuple[str, bool, str], ...]] = {
    "api_key": (("api_key", True, "API key"),),
    "bearer": (("api_key", True, "Bearer token"),),
    "basic": (("username", False, "Username"), ("password", True, "Password")),
}


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def _as_dict(config: object) -> dict[str, Any]:
    if isinstance(config, Mapping):
        return dict(config)
    to_dict = getattr(config, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    raise TypeError(f"config must be a mapping or a config model, got {type(config).__name__}")


class RemoteAuthentication:
    """How a remote server authenticates: `type`, its `config`, who provides the credentials
    (`provided_by`, `admin` by default) and the admin's `secrets` (write-only).

    `type` is `none`, `api_key`, `bearer`, `basic` or `oauth2`; `config` is a mapping or a
    config model (`BearerConfig()`, `ApiKeyConfig(...)`). Admin-provided `api_key` / `bearer`
    need `secrets={"api_key": ...}`, `basic` needs `username` and `password`.
    """

    __slots__ = ("config", "provided_by", "secrets", "type")

    def __init__(
        self,
        *,
        type: str,
        config: Mapping[str, Any] | Any,
        provided_by: str = "admin",
        secrets: Mapping[str, str] | None = None,
    ) -> None:
        if type not in REMOTE_AUTH_TYPES:
            raise ValueError(
                f"authentication type must be one of {', '.join(REMOTE_AUTH_TYPES)}, got {type!r}"
            )
        if provided_by not in ("admin", "user"):
            raise ValueError(f"provided_by must be 'admin' or 'user', got {provided_by!r}")
        raw = _as_dict(config)
        if type == "none":
            raw = {}
        unknown = sorted(set(raw) - set(_CONFIG_KEYS[type]))
        if unknown:
            raise ValueError(f"unknown {type} config field(s): {', '.join(unknown)}")
        self.type = type
        self.provided_by = provided_by
        self.config: dict[str, Any] = {**_DEFAULTS.get(type, {}), **raw}
        self.secrets: dict[str, str] = dict(secrets or {})
        for name, value in self.secrets.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("secrets must map field names to string values")
        self._check()

    def _check(self) -> None:
        kind, config, secrets = self.type, self.config, self.secrets
        if kind == "api_key":
            if _blank(config.get("location")) or _blank(config.get("name")):
                raise ValueError("api_key config needs 'location' and 'name'")
            if config["location"] != "header":
                raise ValueError(
                    "a remote server's api_key must go in a header (location='header')"
                )
        if kind == "oauth2":
            self._check_oauth2()
            return
        if self.provided_by == "user" or kind == "none":
            if secrets:
                raise ValueError(
                    f"{kind} authentication provided by {self.provided_by} takes no secrets"
                )
            return
        names = [name for name, _, _ in _FIELDS[kind]]
        if sorted(secrets) != sorted(names) or any(_blank(secrets[n]) for n in names):
            raise ValueError(
                f"admin-provided {kind} authentication needs secrets with exactly "
                f"{', '.join(names)} (non-blank)"
            )

    def _check_oauth2(self) -> None:
        config = self.config
        if self.provided_by != "user":
            raise ValueError("oauth2 authentication must be provided_by='user'")
        if self.secrets:
            raise ValueError("oauth2 authentication takes no secrets")
        if _blank(config.get("app_id")):
            raise ValueError("oauth2 config needs a non-blank app_id")
        if config.get("oauth_template") is not None:
            raise ValueError("oauth2 config of a remote server takes no oauth_template")
        scopes = config.get("scopes", None)
        if not isinstance(scopes, list):
            raise ValueError("oauth2 config needs scopes as a list (possibly empty)")
        for scope in scopes:
            if _blank(scope) or any(ch.isspace() for ch in scope):
                raise ValueError(f"oauth2 scope {scope!r} is blank or contains whitespace")
        if len(set(scopes)) != len(scopes):
            raise ValueError("oauth2 scopes contain duplicates")
        if _blank(config.get("resource")):
            raise ValueError("oauth2 config needs a non-blank resource")
        server = config.get("authorization_server_url")
        endpoints = ("authorization_endpoint", "token_endpoint")
        if server is None:
            if any(_blank(config.get(name)) for name in endpoints):
                raise ValueError(
                    "oauth2 config needs authorization_server_url, or both "
                    "authorization_endpoint and token_endpoint"
                )
        elif _blank(server) or any(
            config.get(name) is not None and _blank(config.get(name)) for name in endpoints
        ):
            raise ValueError("oauth2 authorization_server_url and endpoints must be non-blank")
        if config.get("discovery_connection_id") is not None:
            raise ValueError(
                "oauth2 discovery_connection_id must be null at registration "
                "(set it later with servers.authentication(id).set)"
            )

    def config_payload(self) -> dict[str, Any]:
        """The config as sent: null fields left out (an explicit null
        `authorization_server_url` of oauth2 kept)."""
        kept = {"authorization_server_url"} if self.type == "oauth2" else set()
        return {
            k: v
            for k, v in self.config.items()
            if v is not None or (k in kept and k in self.config)
        }

    def fields_payload(self) -> list[dict[str, Any]]:
        """The credential fields the type needs (none for `none` and `oauth2`)."""
        return [
            {
                "name": name,
                "sensitive": sensitive,
                "required": True,
                "provided_by": self.provided_by,
                "label": label,
            }
            for name, sensitive, label in _FIELDS.get(self.type, ())
        ]

    def __repr__(self) -> str:
        shown = {name: "***" for name in self.secrets}
        return (
            f"RemoteAuthentication(type={self.type!r}, config={self.config!r}, "
            f"provided_by={self.provided_by!r}, secrets={shown!r})"
        )


def normalize_url(url: str) -> str:
    """`url` checked (http or https, a host, no user name or password) and normalised: the
    scheme and host lower-cased, a bare host given a trailing `/`."""
    if not isinstance(url, str) or not url.strip():
        raise ValueError("url must be a non-empty http(s) URL")
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"url must be an absolute http or https URL, got {url!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError("url must not contain a user name or password")
    netloc = parts.netloc.lower()
    return urlunsplit(
        (parts.scheme.lower(), netloc, parts.path or "/", parts.query, parts.fragment)
    )


class RemoteServerRegistration:
    """A remote (streamable HTTP) MCP server to register with `servers.register_remote`.

    `name` and `display_name` (1-255 characters), `url` (http or https, no credentials in it;
    normalised, so `https://h` becomes `https://h/`), `authentication`, and optionally
    `source_doc_url` and `access_mode` (`public` or `bundle_only`).
    """

    __slots__ = ("access_mode", "authentication", "display_name", "name", "source_doc_url", "url")

    def __init__(
        self,
        *,
        name: str,
        display_name: str,
        url: str,
        authentication: RemoteAuthentication | Mapping[str, Any],
        source_doc_url: str | None = None,
        access_mode: str = "public",
    ) -> None:
        for what, value in (("name", name), ("display_name", display_name)):
            if not isinstance(value, str) or not 1 <= len(value) <= 255:
                raise ValueError(f"{what} must be a string of 1 to 255 characters")
        if access_mode not in ("public", "bundle_only"):
            raise ValueError(f"access_mode must be 'public' or 'bundle_only', got {access_mode!r}")
        if isinstance(authentication, Mapping):
            authentication = RemoteAuthentication(**authentication)
        if not isinstance(authentication, RemoteAuthentication):
            raise TypeError("authentication must be a RemoteAuthentication or a mapping")
        self.name = name
        self.display_name = display_name
        self.url = normalize_url(url)
        self.authentication = authentication
        self.source_doc_url = source_doc_url
        self.access_mode = access_mode
        if authentication.type == "oauth2" and authentication.config.get("resource") != self.url:
            raise ValueError(
                f"oauth2 config.resource must equal the normalised url {self.url!r} exactly"
            )

    def create_payload(self) -> dict[str, Any]:
        """The body of the server create call."""
        body: dict[str, Any] = {
            "name": self.name,
            "display_name": self.display_name,
            "type": "remote",
            "config": {"url": self.url},
        }
        if self.source_doc_url is not None:
            body["source_doc_url"] = self.source_doc_url
        if self.access_mode != "public":
            body["access_mode"] = self.access_mode
        auth = self.authentication
        if auth.type == "oauth2":
            body["auth_method"] = "oauth2"
            body["credential_mode"] = "user_provided"
            body["initial_authentication"] = {
                "type": "oauth2",
                "config": auth.config_payload(),
                "fields": [],
            }
            body["initial_authentication_secrets"] = []
        return body

    def __repr__(self) -> str:
        return (
            f"RemoteServerRegistration(name={self.name!r}, url={self.url!r}, "
            f"access_mode={self.access_mode!r}, authentication={self.authentication!r})"
        )
