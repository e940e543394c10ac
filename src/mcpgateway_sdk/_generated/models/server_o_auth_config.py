from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "provider": ("provider", False),
    "client_id": ("client_id", False),
    "client_secret_masked": ("client_secret_masked", False),
    "authorize_url": ("authorize_url", False),
    "token_url": ("token_url", False),
    "scopes": ("scopes", True),
    "token_endpoint_auth_method": ("token_endpoint_auth_method", False),
    "pkce_required": ("pkce_required", False),
    "refresh_url": ("refresh_url", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerOAuthConfig(ModelMapping):
    """OAuth settings of a server; the client secret is masked."""

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
    refresh_url: None | str | Unset = UNSET
    """ Refresh endpoint, when different from the token endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        client_id = self.client_id

        client_secret_masked = self.client_secret_masked

        authorize_url = self.authorize_url

        token_url = self.token_url

        scopes = self.scopes

        token_endpoint_auth_method = self.token_endpoint_auth_method

        pkce_required = self.pkce_required

        refresh_url: None | str | Unset
        if isinstance(self.refresh_url, Unset):
            refresh_url = UNSET
        else:
            refresh_url = self.refresh_url

        field_dict: dict[str, Any] = {
            "provider": provider,
            "client_id": client_id,
            "client_secret_masked": client_secret_masked,
            "authorize_url": authorize_url,
            "token_url": token_url,
            "scopes": scopes,
            "token_endpoint_auth_method": token_endpoint_auth_method,
            "pkce_required": pkce_required,
        }
        if refresh_url is not UNSET:
            field_dict["refresh_url"] = refresh_url
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        provider = src_dict["provider"]
        client_id = src_dict["client_id"]
        client_secret_masked = src_dict["client_secret_masked"]
        authorize_url = src_dict["authorize_url"]
        token_url = src_dict["token_url"]
        scopes = cast(list[str], src_dict["scopes"])

        token_endpoint_auth_method = src_dict["token_endpoint_auth_method"]
        pkce_required = src_dict["pkce_required"]
        refresh_url = src_dict.get("refresh_url", UNSET)

        server_o_auth_config = cls(
            provider=provider,
            client_id=client_id,
            client_secret_masked=client_secret_masked,
            authorize_url=authorize_url,
            token_url=token_url,
            scopes=scopes,
            token_endpoint_auth_method=token_endpoint_auth_method,
            pkce_required=pkce_required,
            refresh_url=refresh_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_o_auth_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_o_auth_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
