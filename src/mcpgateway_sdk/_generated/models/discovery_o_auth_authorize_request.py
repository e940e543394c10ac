from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "scopes": ("scopes", True),
    "redirect_uri": ("redirect_uri", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class DiscoveryOAuthAuthorizeRequest(ModelMapping):
    """Start of a server's discovery OAuth authorization."""

    scopes: list[str]
    """ Scopes to request, in order (may be empty). """
    redirect_uri: None | str | Unset = UNSET
    """ Where to send the browser after the gateway's callback. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        scopes = self.scopes

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {
            "scopes": scopes,
        }
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        scopes = cast(list[str], src_dict["scopes"])

        redirect_uri = src_dict.get("redirect_uri", UNSET)

        discovery_o_auth_authorize_request = cls(
            scopes=scopes,
            redirect_uri=redirect_uri,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            discovery_o_auth_authorize_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return discovery_o_auth_authorize_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
