from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "authorization_url": ("authorization_url", False),
    "state": ("state", False),
    "expires_in": ("expires_in", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class OAuthAuthorization(ModelMapping):
    """Where to send the user to grant access."""

    authorization_url: str
    """ Provider URL to open in a browser. """
    state: str
    """ Opaque value that ties the callback to this request. """
    expires_in: int | Unset = 600
    """ Seconds the state stays valid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        authorization_url = self.authorization_url

        state = self.state

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {
            "authorization_url": authorization_url,
            "state": state,
        }
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        authorization_url = src_dict["authorization_url"]
        state = src_dict["state"]
        expires_in = src_dict.get("expires_in", UNSET)
        o_auth_authorization = cls(
            authorization_url=authorization_url,
            state=state,
            expires_in=expires_in,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            o_auth_authorization.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return o_auth_authorization

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
