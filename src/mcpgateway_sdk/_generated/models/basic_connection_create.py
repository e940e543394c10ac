from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", False),
    "username": ("username", False),
    "password": ("password", False),
    "connection_data": ("connection_data", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BasicConnectionCreate(ModelMapping):
    """A username and password for one server."""

    server_id: str
    """ Server the credential is for. """
    username: str
    password: str
    connection_data: Any | None | Unset = UNSET
    """ Non-secret settings for the connection (credential-like keys are rejected). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id = self.server_id

        username = self.username

        password = self.password

        connection_data: Any | None | Unset
        if isinstance(self.connection_data, Unset):
            connection_data = UNSET
        else:
            connection_data = self.connection_data

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "username": username,
            "password": password,
        }
        if connection_data is not UNSET:
            field_dict["connection_data"] = connection_data
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        server_id = src_dict["server_id"]
        username = src_dict["username"]
        password = src_dict["password"]
        connection_data = src_dict.get("connection_data", UNSET)

        basic_connection_create = cls(
            server_id=server_id,
            username=username,
            password=password,
            connection_data=connection_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            basic_connection_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return basic_connection_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
