from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.o_auth_2_config_discovery_source_type_0 import OAuth2ConfigDiscoverySourceType0
from ..types import Field as _Field
from ..types import ResponseModel


def _convert_discovery_source(data: Any) -> None | OAuth2ConfigDiscoverySourceType0:
    _discovery_source = data
    discovery_source: None | OAuth2ConfigDiscoverySourceType0
    if _discovery_source is None:
        discovery_source = None
    else:
        try:
            if not isinstance(_discovery_source, str):
                raise TypeError()
            discovery_source_type_0 = OAuth2ConfigDiscoverySourceType0(_discovery_source)

            discovery_source = discovery_source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            discovery_source = _discovery_source

    return discovery_source


class OAuth2Config(ResponseModel):
    """OAuth 2 authorization-code authentication: the app, the scopes and the discovery evidence."""

    if TYPE_CHECKING:
        oauth_template: None | str
        """ OAuth template the app was made from. """
        scopes: list[str] | None
        """ Scopes requested for this server (a list on reads). """
        app_id: None | str
        """ OAuth app id. """
        resource: None | str
        """ Protected resource the tokens are for (discovery evidence). """
        authorization_server_url: None | str
        """ Authorization server (discovery evidence). """
        authorization_endpoint: None | str
        """ Authorization endpoint (discovery evidence). """
        token_endpoint: None | str
        """ Token endpoint (discovery evidence). """
        discovery_source: None | OAuth2ConfigDiscoverySourceType0
        """ Where discovery tokens come from: the server's own grant, or an admin's connection. """
        discovery_connection_id: None | str
        """ Connection used with `discovery_source: connection`. """

        def __init__(
            self,
            *,
            oauth_template: None | str = None,
            scopes: list[str] | None = None,
            app_id: None | str = None,
            resource: None | str = None,
            authorization_server_url: None | str = None,
            authorization_endpoint: None | str = None,
            token_endpoint: None | str = None,
            discovery_source: None | OAuth2ConfigDiscoverySourceType0 = None,
            discovery_connection_id: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuth2Config: ...

    else:
        oauth_template = _Field("oauth_template", None, None)
        scopes = _Field("scopes", None, None)
        app_id = _Field("app_id", None, None)
        resource = _Field("resource", None, None)
        authorization_server_url = _Field("authorization_server_url", None, None)
        authorization_endpoint = _Field("authorization_endpoint", None, None)
        token_endpoint = _Field("token_endpoint", None, None)
        discovery_source = _Field("discovery_source", _convert_discovery_source, None)
        discovery_connection_id = _Field("discovery_connection_id", None, None)
