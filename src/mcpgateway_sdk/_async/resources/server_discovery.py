"""The discovery OAuth methods of `gw.servers`: the server's own OAuth grant, which the gateway
uses to list and call the tools of a remote server whose authentication is `oauth2`.
`AsyncServers` inherits them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ..._helpers import opt, parse_model, str_list
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._strict import require_known
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import (
        authorize_discovery_oauth,
        delete_discovery_oauth,
        get_discovery_oauth,
    )
    from ..._generated.models import (
        DiscoveryOAuthAuthorizeRequest,
        OAuthAuthorizationStart,
        RemoteOAuthDiscoveryStatus,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "authorize_discovery_oauth delete_discovery_oauth get_discovery_oauth",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "DiscoveryOAuthAuthorizeRequest OAuthAuthorizationStart RemoteOAuthDiscoveryStatus",
    )

__all__ = ["AsyncServerDiscovery"]


class AsyncServerDiscovery(AsyncResource):
    """A server's discovery OAuth grant: its state, starting the authorization, removing it."""

    async def discovery_oauth_status(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> RemoteOAuthDiscoveryStatus:
        """The state of the server's discovery OAuth grant (never a token).

        `state` is one of `authorization_required`, `ready`, `degraded`,
        `reauthorization_required`, `unsupported`; another value is a `GatewayError`.
        """
        request = get_discovery_oauth._get_kwargs(server_id=str(server_id))
        status = parse_model(
            await self._core.request_json(request, options), RemoteOAuthDiscoveryStatus
        )
        return require_known(status, "state")

    async def authorize_discovery_oauth(
        self,
        server_id: str | UUID,
        scopes: Iterable[str],
        *,
        redirect_uri: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> OAuthAuthorizationStart:
        """Start the authorization: open `authorization_url` in a browser to grant access.

        `scopes` are sent in order (`[]` is allowed). The gateway's OAuth callback stores the
        grant and then sends the browser to `redirect_uri` when given. Opens no browser and does
        not wait. Never retried once sent.
        """
        body = DiscoveryOAuthAuthorizeRequest(
            scopes=str_list(scopes, "scopes"), redirect_uri=opt(redirect_uri)
        )
        request = authorize_discovery_oauth._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), OAuthAuthorizationStart)

    async def remove_discovery_oauth(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove the server's discovery OAuth grant and its tokens.

        Member connections and the linked OAuth app are kept.
        """
        request = delete_discovery_oauth._get_kwargs(server_id=str(server_id))
        await self._core.request_json(request, options)
