"""`gw.oauth_apps` (OAuth clients registered with providers, and probing what a URL requires) and
`gw.oauth_templates` (the providers' templates)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._generated.types import UNSET
from ..._helpers import opt, parse_list, parse_model
from ..._lazy import lazy_import
from ..._oauth_inputs import app_body
from ..._options import RequestOptions
from ..._strict import require_known
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.oauth_apps import (
        create_custom_oauth_app,
        create_oauth_app,
        delete_oauth_app,
        get_oauth_app,
        list_compatible_oauth_apps,
        probe_auth,
        update_oauth_app,
    )
    from ..._generated.api.oauth_templates import list_oauth_templates
    from ..._generated.models import (
        AuthRequirementProbe,
        OAuthApp,
        OAuthAppCreate,
        OAuthAppCustomCreate,
        OAuthAppListResponse,
        OAuthAppTemplate,
        OAuthAppUpdate,
        ProbeAuthRequest,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.oauth_apps",
        "create_custom_oauth_app create_oauth_app delete_oauth_app get_oauth_app list_compatible_oauth_apps probe_auth update_oauth_app",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.oauth_templates",
        "list_oauth_templates",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "AuthRequirementProbe OAuthApp OAuthAppCreate OAuthAppCustomCreate OAuthAppListResponse OAuthAppTemplate OAuthAppUpdate ProbeAuthRequest",
    )

__all__ = ["AsyncOAuthApps", "AsyncOAuthTemplates"]

_ENABLED = {"is_enabled": True}


class AsyncOAuthApps(AsyncResource):
    """OAuth apps: create (from a template or custom), read, change, delete, find the apps that
    fit discovery evidence, and probe what authentication a URL requires.

    Bodies are an `OAuthAppCreate` / `OAuthAppCustomCreate` / `OAuthAppUpdate` or a dict of
    their fields; an unknown field is a `TypeError` before anything is sent. A client secret is
    write-only: answers carry `client_secret_masked`.
    """

    async def probe_auth(
        self, url: str, *, guard_network: bool = False, **options: Unpack[RequestOptions]
    ) -> AuthRequirementProbe:
        """What `url` (a remote MCP server) requires: `outcome`, `auth_method`, the OAuth
        discovery evidence and an unauthenticated connection test.

        `guard_network=True` makes the gateway refuse loopback, private, link-local and
        metadata addresses (for a URL from a tenant); only a gateway advertising the capability
        `bundle_only_remote_egress_guard` on `/health` honours it.
        """
        body = ProbeAuthRequest(url=url, guard_network=True if guard_network else UNSET)
        data = await self._core.request_json(
            probe_auth._get_kwargs(body=body), options, idempotent=True
        )
        return require_known(parse_model(data, AuthRequirementProbe), "outcome", "auth_method")

    async def create(
        self, app: OAuthAppCreate | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> OAuthApp:
        """A new OAuth app from a provider template (`template_id`); `is_enabled` defaults to
        true. Never retried once sent."""
        body = app_body(OAuthAppCreate, app, "create", always=_ENABLED)
        data = await self._core.request_json(create_oauth_app._get_kwargs(body=body), options)
        return parse_model(data, OAuthApp)

    async def create_custom(
        self, app: OAuthAppCustomCreate | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> OAuthApp:
        """A new OAuth app for a provider without a template (`auth_url`, `token_url`).

        For a public client leave out `client_secret` and set `token_endpoint_auth_method` to
        `"none"` (PKCE is always used). Register the answer's `callback_url` with the provider.
        Never retried once sent.
        """
        body = app_body(OAuthAppCustomCreate, app, "create_custom", always=_ENABLED)
        request = create_custom_oauth_app._get_kwargs(body=body)
        return parse_model(await self._core.request_json(request, options), OAuthApp)

    async def get(self, app_id: str | UUID, **options: Unpack[RequestOptions]) -> OAuthApp:
        """One OAuth app (its secret masked)."""
        request = get_oauth_app._get_kwargs(app_id=str(app_id))
        return parse_model(await self._core.request_json(request, options), OAuthApp)

    async def update(
        self,
        app_id: str | UUID,
        changes: OAuthAppUpdate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> OAuthApp:
        """Change the fields set in `changes` (a field cannot be cleared to null).

        A new `client_id` or endpoint deletes the OAuth connections and grants of the servers
        using the app; a new `client_secret` keeps them.
        """
        body = app_body(OAuthAppUpdate, changes, "update")
        request = update_oauth_app._get_kwargs(app_id=str(app_id), body=body)
        return parse_model(await self._core.request_json(request, options), OAuthApp)

    async def delete(self, app_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete an OAuth app; servers that used it lose their OAuth link and connections."""
        await self._core.request_json(delete_oauth_app._get_kwargs(app_id=str(app_id)), options)

    async def compatible(
        self,
        *,
        authorization_server_url: str | None = None,
        resource: str | None = None,
        authorization_endpoint: str | None = None,
        token_endpoint: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> OAuthAppListResponse:
        """The enabled OAuth apps that match the discovery evidence given, exactly."""
        request = list_compatible_oauth_apps._get_kwargs(
            authorization_server_url=opt(authorization_server_url),
            resource=opt(resource),
            authorization_endpoint=opt(authorization_endpoint),
            token_endpoint=opt(token_endpoint),
        )
        return parse_model(await self._core.request_json(request, options), OAuthAppListResponse)


class AsyncOAuthTemplates(AsyncResource):
    """The gateway's OAuth provider templates (read-only)."""

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[OAuthAppTemplate]:
        """Every template: provider `type`, endpoints and client authentication method."""
        data = await self._core.request_json(list_oauth_templates._get_kwargs(), options)
        return parse_list(data, OAuthAppTemplate, "items")
