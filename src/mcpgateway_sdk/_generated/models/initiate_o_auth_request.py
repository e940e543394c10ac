from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "oauth_app_id": ("oauth_app_id", False),
    "redirect_uri": ("redirect_uri", True),
    "scopes": ("scopes", True),
    "connection_data": ("connection_data", True),
    "connection_id": ("connection_id", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class InitiateOAuthRequest(ModelMapping):
    """Start of an OAuth authorization for a server."""

    oauth_app_id: str
    """ OAuth app to authorize with. """
    redirect_uri: None | str | Unset = UNSET
    """ Where the provider sends the user back. """
    scopes: list[str] | None | Unset = UNSET
    """ Scopes to request. """
    connection_data: Any | None | Unset = UNSET
    """ Non-secret settings for the connection (credential-like keys are rejected). """
    connection_id: None | str | Unset = UNSET
    """ Existing connection to re-authorize in place (later gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        oauth_app_id = self.oauth_app_id

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        connection_data: Any | None | Unset
        if isinstance(self.connection_data, Unset):
            connection_data = UNSET
        else:
            connection_data = self.connection_data

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        field_dict: dict[str, Any] = {
            "oauth_app_id": oauth_app_id,
        }
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if connection_data is not UNSET:
            field_dict["connection_data"] = connection_data
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        oauth_app_id = src_dict["oauth_app_id"]
        redirect_uri = src_dict.get("redirect_uri", UNSET)

        _scopes = src_dict.get("scopes", UNSET)
        scopes: list[str] | None | Unset
        if _scopes is None:
            scopes = None
        elif _scopes is UNSET:
            scopes = UNSET
        else:
            try:
                if not isinstance(_scopes, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], _scopes)

                scopes = scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                scopes = _scopes

        connection_data = src_dict.get("connection_data", UNSET)

        connection_id = src_dict.get("connection_id", UNSET)

        initiate_o_auth_request = cls(
            oauth_app_id=oauth_app_id,
            redirect_uri=redirect_uri,
            scopes=scopes,
            connection_data=connection_data,
            connection_id=connection_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            initiate_o_auth_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return initiate_o_auth_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
