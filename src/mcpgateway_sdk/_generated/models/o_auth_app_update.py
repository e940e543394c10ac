from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "client_id": ("client_id", False),
    "client_secret": ("client_secret", False),
    "token_endpoint_auth_method": ("token_endpoint_auth_method", False),
    "auth_url": ("auth_url", False),
    "token_url": ("token_url", False),
    "tenant_id": ("tenant_id", False),
    "instance_url": ("instance_url", False),
    "gitlab_base_url": ("gitlab_base_url", False),
    "authorization_server_url": ("authorization_server_url", False),
    "is_enabled": ("is_enabled", False),
    "additional_config": ("additional_config", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class OAuthAppUpdate(ModelMapping):
    """Fields of an OAuth app to change (only those sent)."""

    name: str | Unset = UNSET
    """ Display name. """
    client_id: str | Unset = UNSET
    """ OAuth client id. """
    client_secret: str | Unset = UNSET
    """ New client secret (write-only). """
    token_endpoint_auth_method: str | Unset = UNSET
    """ How the client authenticates at the token endpoint. """
    auth_url: str | Unset = UNSET
    """ Authorization endpoint. """
    token_url: str | Unset = UNSET
    """ Token endpoint. """
    tenant_id: str | Unset = UNSET
    """ Provider tenant. """
    instance_url: str | Unset = UNSET
    """ Provider instance URL. """
    gitlab_base_url: str | Unset = UNSET
    """ GitLab base URL. """
    authorization_server_url: str | Unset = UNSET
    """ Authorization server (issuer) URL. """
    is_enabled: bool | Unset = UNSET
    """ Whether the app may be used. """
    additional_config: Any | Unset = UNSET
    """ Provider-specific settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        client_id = self.client_id

        client_secret = self.client_secret

        token_endpoint_auth_method = self.token_endpoint_auth_method

        auth_url = self.auth_url

        token_url = self.token_url

        tenant_id = self.tenant_id

        instance_url = self.instance_url

        gitlab_base_url = self.gitlab_base_url

        authorization_server_url = self.authorization_server_url

        is_enabled = self.is_enabled

        additional_config = self.additional_config

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if auth_url is not UNSET:
            field_dict["auth_url"] = auth_url
        if token_url is not UNSET:
            field_dict["token_url"] = token_url
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if instance_url is not UNSET:
            field_dict["instance_url"] = instance_url
        if gitlab_base_url is not UNSET:
            field_dict["gitlab_base_url"] = gitlab_base_url
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
        name = src_dict.get("name", UNSET)
        client_id = src_dict.get("client_id", UNSET)
        client_secret = src_dict.get("client_secret", UNSET)
        token_endpoint_auth_method = src_dict.get("token_endpoint_auth_method", UNSET)
        auth_url = src_dict.get("auth_url", UNSET)
        token_url = src_dict.get("token_url", UNSET)
        tenant_id = src_dict.get("tenant_id", UNSET)
        instance_url = src_dict.get("instance_url", UNSET)
        gitlab_base_url = src_dict.get("gitlab_base_url", UNSET)
        authorization_server_url = src_dict.get("authorization_server_url", UNSET)
        is_enabled = src_dict.get("is_enabled", UNSET)
        additional_config = src_dict.get("additional_config", UNSET)
        o_auth_app_update = cls(
            name=name,
            client_id=client_id,
            client_secret=client_secret,
            token_endpoint_auth_method=token_endpoint_auth_method,
            auth_url=auth_url,
            token_url=token_url,
            tenant_id=tenant_id,
            instance_url=instance_url,
            gitlab_base_url=gitlab_base_url,
            authorization_server_url=authorization_server_url,
            is_enabled=is_enabled,
            additional_config=additional_config,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            o_auth_app_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return o_auth_app_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
