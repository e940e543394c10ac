from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "credential_type": ("credential_type", False),
    "value": ("value", False),
    "header_name": ("header_name", True),
    "prefix": ("prefix", True),
    "ownership_type": ("ownership_type", False),
    "is_required": ("is_required", False),
    "description": ("description", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerCredentialCreate(ModelMapping):
    """A credential to store for a server. Unknown fields are passed through."""

    name: str
    """ Credential name. """
    credential_type: str
    """ Credential type. Known values: `api_key`, `oauth2`, `bearer`, `basic`. """
    value: str
    """ Secret value; stored encrypted, returned only masked. """
    header_name: None | str | Unset = UNSET
    """ HTTP header that carries the value. """
    prefix: None | str | Unset = UNSET
    """ Text put before the value, e.g. `Bearer `. """
    ownership_type: str | Unset = "managed"
    """ Who may use it. Known values: `managed`, `user`, `operational`. """
    is_required: bool | Unset = False
    """ Whether the server needs it to work. """
    description: None | str | Unset = UNSET
    """ Notes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credential_type = self.credential_type

        value = self.value

        header_name: None | str | Unset
        if isinstance(self.header_name, Unset):
            header_name = UNSET
        else:
            header_name = self.header_name

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        ownership_type = self.ownership_type

        is_required = self.is_required

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {
            "name": name,
            "credential_type": credential_type,
            "value": value,
        }
        if header_name is not UNSET:
            field_dict["header_name"] = header_name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if ownership_type is not UNSET:
            field_dict["ownership_type"] = ownership_type
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if description is not UNSET:
            field_dict["description"] = description
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        credential_type = src_dict["credential_type"]
        value = src_dict["value"]
        header_name = src_dict.get("header_name", UNSET)

        prefix = src_dict.get("prefix", UNSET)

        ownership_type = src_dict.get("ownership_type", UNSET)
        is_required = src_dict.get("is_required", UNSET)
        description = src_dict.get("description", UNSET)

        server_credential_create = cls(
            name=name,
            credential_type=credential_type,
            value=value,
            header_name=header_name,
            prefix=prefix,
            ownership_type=ownership_type,
            is_required=is_required,
            description=description,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_credential_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_credential_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
