from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "alias": ("alias", False),
    "name": ("name", False),
    "client_id": ("client_id", False),
    "auth_url": ("auth_url", False),
    "token_url": ("token_url", False),
    "client_secret": ("client_secret", False),
    "authorization_server_url": ("authorization_server_url", False),
    "token_endpoint_auth_method": ("token_endpoint_auth_method", False),
    "is_enabled": ("is_enabled", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class OAuthAppCustomCreate(ModelMapping):
    """An OAuth app for a provider without a template."""

    alias: str
    """ Unique short name (2-100 characters). """
    name: str
    """ Display name. """
    client_id: str
    """ OAuth client id. """
    auth_url: str
    """ Authorization endpoint. """
    token_url: str
    """ Token endpoint. """
    client_secret: str | Unset = UNSET
    """ OAuth client secret (write-only); leave out for a public client. """
    authorization_server_url: str | Unset = UNSET
    """ Authorization server (issuer) URL. """
    token_endpoint_auth_method: str | Unset = UNSET
    """ Known values: `client_secret_post`, `client_secret_basic`, `none`. """
    is_enabled: bool | Unset = True
    """ Whether the app may be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        name = self.name

        client_id = self.client_id

        auth_url = self.auth_url

        token_url = self.token_url

        client_secret = self.client_secret

        authorization_server_url = self.authorization_server_url

        token_endpoint_auth_method = self.token_endpoint_auth_method

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {
            "alias": alias,
            "name": name,
            "client_id": client_id,
            "auth_url": auth_url,
            "token_url": token_url,
        }
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if authorization_server_url is not UNSET:
            field_dict["authorization_server_url"] = authorization_server_url
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        alias = src_dict["alias"]
        name = src_dict["name"]
        client_id = src_dict["client_id"]
        auth_url = src_dict["auth_url"]
        token_url = src_dict["token_url"]
        client_secret = src_dict.get("client_secret", UNSET)
        authorization_server_url = src_dict.get("authorization_server_url", UNSET)
        token_endpoint_auth_method = src_dict.get("token_endpoint_auth_method", UNSET)
        is_enabled = src_dict.get("is_enabled", UNSET)
        o_auth_app_custom_create = cls(
            alias=alias,
            name=name,
            client_id=client_id,
            auth_url=auth_url,
            token_url=token_url,
            client_secret=client_secret,
            authorization_server_url=authorization_server_url,
            token_endpoint_auth_method=token_endpoint_auth_method,
            is_enabled=is_enabled,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            o_auth_app_custom_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return o_auth_app_custom_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
