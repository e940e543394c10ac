from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ServerOAuthConfig(ResponseModel):
    """OAuth settings of a server; the client secret is masked."""

    if TYPE_CHECKING:
        provider: str
        """ OAuth provider. """
        client_id: str
        """ OAuth client id. """
        client_secret_masked: str
        """ Client secret with most characters hidden. """
        authorize_url: str
        """ Authorization endpoint. """
        token_url: str
        """ Token endpoint. """
        scopes: list[str]
        """ Scopes requested. """
        token_endpoint_auth_method: str
        """ How the client authenticates at the token endpoint. """
        pkce_required: bool
        """ Whether PKCE is used. """
        refresh_url: None | str
        """ Refresh endpoint, when different from the token endpoint. """

        def __init__(
            self,
            *,
            provider: str,
            client_id: str,
            client_secret_masked: str,
            authorize_url: str,
            token_url: str,
            scopes: list[str],
            token_endpoint_auth_method: str,
            pkce_required: bool,
            refresh_url: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerOAuthConfig: ...

    else:
        provider = _Field("provider", None)
        client_id = _Field("client_id", None)
        client_secret_masked = _Field("client_secret_masked", None)
        authorize_url = _Field("authorize_url", None)
        token_url = _Field("token_url", None)
        scopes = _Field("scopes", None)
        token_endpoint_auth_method = _Field("token_endpoint_auth_method", None)
        pkce_required = _Field("pkce_required", None)
        refresh_url = _Field("refresh_url", None, None)
