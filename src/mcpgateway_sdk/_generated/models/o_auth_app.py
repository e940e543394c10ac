from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


class OAuthApp(ResponseModel):
    """An OAuth client registered with a provider. The client secret is never returned."""

    if TYPE_CHECKING:
        id: UUID
        """ OAuth app id (`app_id` of an OAuth2 authentication). """
        alias: str
        """ Unique short name; part of `callback_url`. """
        name: str
        """ Display name. """
        client_id: str
        """ OAuth client id. """
        token_endpoint_auth_method: str
        """ How the client authenticates at the token endpoint. Known values: `client_secret_post`,
        `client_secret_basic`, `none`. """
        is_enabled: bool
        """ Whether the app may be used. """
        created_at: datetime.datetime
        """ Creation time. """
        updated_at: datetime.datetime
        """ Last change. """
        client_secret_masked: None | str
        """ `********` when a client secret is stored, null for a public client. """
        auth_url: None | str
        """ Authorization endpoint. """
        token_url: None | str
        """ Token endpoint. """
        authorization_server_url: None | str
        """ Authorization server (issuer) URL. """
        provenance: str
        """ How the app was made. Known values: `manual`. Local gateway: `dynamic_registration` too. """
        resource_identifier: None | str
        """ Protected resource the app is bound to. """
        callback_url: None | str
        """ Redirect URI to register with the provider: `{public url}/api/v1/oauth/callback/{alias}`. """

        def __init__(
            self,
            *,
            id: UUID,
            alias: str,
            name: str,
            client_id: str,
            token_endpoint_auth_method: str,
            is_enabled: bool,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            client_secret_masked: None | str = None,
            auth_url: None | str = None,
            token_url: None | str = None,
            authorization_server_url: None | str = None,
            provenance: str = "manual",
            resource_identifier: None | str = None,
            callback_url: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthApp: ...

    else:
        id = _Field("id", _convert_id)
        alias = _Field("alias", None)
        name = _Field("name", None)
        client_id = _Field("client_id", None)
        token_endpoint_auth_method = _Field("token_endpoint_auth_method", None)
        is_enabled = _Field("is_enabled", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        client_secret_masked = _Field("client_secret_masked", None, None)
        auth_url = _Field("auth_url", None, None)
        token_url = _Field("token_url", None, None)
        authorization_server_url = _Field("authorization_server_url", None, None)
        provenance = _Field("provenance", None, "manual")
        resource_identifier = _Field("resource_identifier", None, None)
        callback_url = _Field("callback_url", None, None)
