from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class OAuthDiscovery(ResponseModel):
    """OAuth evidence found for a URL."""

    if TYPE_CHECKING:
        supports_oauth: bool
        """ Whether an authorization server was found. """
        authorization_endpoint: None | str
        """ Authorization endpoint (RFC 8414). """
        token_endpoint: None | str
        """ Token endpoint. """
        registration_endpoint: None | str
        """ Dynamic client registration endpoint (RFC 7591). """
        scopes_supported: list[str] | None
        """ Scopes the resource or server lists. """
        challenge_scopes: list[str] | None
        """ Scopes named in the `WWW-Authenticate` challenge. """
        pkce_required: bool
        """ Whether PKCE is used (always, for MCP). """
        error: None | str
        """ Why discovery stopped. """
        authorization_server_url: None | str
        """ The authorization server (issuer). """
        suggested_template_type: None | str
        """ Template type of a known provider. """
        resource: None | str
        """ The protected resource identifier (RFC 9728). """
        registration_endpoint_unusable: bool
        """ A registration endpoint exists but cannot be used. """

        def __init__(
            self,
            *,
            supports_oauth: bool,
            authorization_endpoint: None | str = None,
            token_endpoint: None | str = None,
            registration_endpoint: None | str = None,
            scopes_supported: list[str] | None = None,
            challenge_scopes: list[str] | None = None,
            pkce_required: bool = True,
            error: None | str = None,
            authorization_server_url: None | str = None,
            suggested_template_type: None | str = None,
            resource: None | str = None,
            registration_endpoint_unusable: bool = False,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthDiscovery: ...

    else:
        supports_oauth = _Field("supports_oauth", None)
        authorization_endpoint = _Field("authorization_endpoint", None, None)
        token_endpoint = _Field("token_endpoint", None, None)
        registration_endpoint = _Field("registration_endpoint", None, None)
        scopes_supported = _Field("scopes_supported", None, None)
        challenge_scopes = _Field("challenge_scopes", None, None)
        pkce_required = _Field("pkce_required", None, True)
        error = _Field("error", None, None)
        authorization_server_url = _Field("authorization_server_url", None, None)
        suggested_template_type = _Field("suggested_template_type", None, None)
        resource = _Field("resource", None, None)
        registration_endpoint_unusable = _Field("registration_endpoint_unusable", None, False)
