from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", False),
    "credential_type": ("credential_type", False),
    "credential_value": ("credential_value", False),
    "alias": ("alias", True),
    "header_name": ("header_name", False),
    "prefix": ("prefix", False),
    "connection_data": ("connection_data", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ConnectionCreate(ModelMapping):
    """A credential to store for one server."""

    server_id: str
    """ Server the credential is for. """
    credential_type: str
    """ How the credential is sent. Known values: `api_key`, `bearer`, `basic`, `none` (`none`: no secret,
    `credential_value` empty). """
    credential_value: str | Unset = ""
    """ The secret; may be empty for type `none`. """
    alias: None | str | Unset = UNSET
    """ Label for telling connections apart. """
    header_name: str | Unset = "Authorization"
    """ Header that carries the credential. """
    prefix: str | Unset = ""
    """ Text put before the value, e.g. `Bearer `. """
    connection_data: Any | None | Unset = UNSET
    """ Non-secret settings for the connection (credential-like keys are rejected). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id = self.server_id

        credential_type = self.credential_type

        credential_value = self.credential_value

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        header_name = self.header_name

        prefix = self.prefix

        connection_data: Any | None | Unset
        if isinstance(self.connection_data, Unset):
            connection_data = UNSET
        else:
            connection_data = self.connection_data

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "credential_type": credential_type,
        }
        if credential_value is not UNSET:
            field_dict["credential_value"] = credential_value
        if alias is not UNSET:
            field_dict["alias"] = alias
        if header_name is not UNSET:
            field_dict["header_name"] = header_name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
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
        credential_type = src_dict["credential_type"]
        credential_value = src_dict.get("credential_value", UNSET)
        alias = src_dict.get("alias", UNSET)

        header_name = src_dict.get("header_name", UNSET)
        prefix = src_dict.get("prefix", UNSET)
        connection_data = src_dict.get("connection_data", UNSET)

        connection_create = cls(
            server_id=server_id,
            credential_type=credential_type,
            credential_value=credential_value,
            alias=alias,
            header_name=header_name,
            prefix=prefix,
            connection_data=connection_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            connection_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return connection_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
