from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "alias": ("alias", False),
    "name": ("name", False),
    "template_id": ("template_id", False),
    "client_id": ("client_id", False),
    "client_secret": ("client_secret", False),
    "token_endpoint_auth_method": ("token_endpoint_auth_method", False),
    "auth_url": ("auth_url", False),
    "token_url": ("token_url", False),
    "authorization_server_url": ("authorization_server_url", False),
    "is_enabled": ("is_enabled", False),
    "additional_config": ("additional_config", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class OAuthAppCreate(ModelMapping):
    """An OAuth app made from a provider template."""

    alias: str
    """ Unique short name (2-100 characters). """
    name: str
    """ Display name. """
    template_id: str
    """ Provider template. """
    client_id: str
    """ OAuth client id. """
    client_secret: str | Unset = UNSET
    """ OAuth client secret (write-only). """
    token_endpoint_auth_method: str | Unset = UNSET
    """ Override of the template's method. """
    auth_url: str | Unset = UNSET
    """ Override of the template's authorization endpoint. """
    token_url: str | Unset = UNSET
    """ Override of the template's token endpoint. """
    authorization_server_url: str | Unset = UNSET
    """ Authorization server (issuer) URL. """
    is_enabled: bool | Unset = True
    """ Whether the app may be used. """
    additional_config: Any | Unset = UNSET
    """ Provider-specific settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        name = self.name

        template_id = self.template_id

        client_id = self.client_id

        client_secret = self.client_secret

        token_endpoint_auth_method = self.token_endpoint_auth_method

        auth_url = self.auth_url

        token_url = self.token_url

        authorization_server_url = self.authorization_server_url

        is_enabled = self.is_enabled

        additional_config = self.additional_config

        field_dict: dict[str, Any] = {
            "alias": alias,
            "name": name,
            "template_id": template_id,
            "client_id": client_id,
        }
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if auth_url is not UNSET:
            field_dict["auth_url"] = auth_url
        if token_url is not UNSET:
            field_dict["token_url"] = token_url
        if authorization_server_url is not UNSET:
            field_dict["authorization_server_url"] = authorization_server_url
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if additional_config is not UNSET:
            field_dict["additional_config"] = additional_config
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
        template_id = src_dict["template_id"]
        client_id = src_dict["client_id"]
        client_secret = src_dict.get("client_secret", UNSET)
        token_endpoint_auth_method = src_dict.get("token_endpoint_auth_method", UNSET)
        auth_url = src_dict.get("auth_url", UNSET)
        token_url = src_dict.get("token_url", UNSET)
        authorization_server_url = src_dict.get("authorization_server_url", UNSET)
        is_enabled = src_dict.get("is_enabled", UNSET)
        additional_config = src_dict.get("additional_config", UNSET)
        o_auth_app_create = cls(
            alias=alias,
            name=name,
            template_id=template_id,
            client_id=client_id,
            client_secret=client_secret,
            token_endpoint_auth_method=token_endpoint_auth_method,
            auth_url=auth_url,
            token_url=token_url,
            authorization_server_url=authorization_server_url,
            is_enabled=is_enabled,
            additional_config=additional_config,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            o_auth_app_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return o_auth_app_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
