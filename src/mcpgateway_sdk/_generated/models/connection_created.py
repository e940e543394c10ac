from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "server_id": ("server_id", True),
    "user_id": ("user_id", True),
    "credential_type": ("credential_type", False),
    "header_name": ("header_name", False),
    "credential_masked": ("credential_masked", False),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "ownership": ("ownership", False),
    "alias": ("alias", True),
    "prefix": ("prefix", False),
    "connection_data": ("connection_data", True),
    "is_valid": ("is_valid", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ConnectionCreated(ModelMapping):
    """A stored credential; the secret is masked."""

    id: UUID
    """ Connection id. """
    server_id: UUID
    user_id: UUID
    credential_type: str
    """ How the credential is sent: `api_key`, `bearer`, `basic` or `none` (open set: new values may appear). """
    header_name: str
    credential_masked: str
    """ Masked secret, e.g. `********`; empty for type `none`. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ownership: str | Unset = "individual"
    """ Who owns the connection. Known values: `individual`, `shared`, `operational`. """
    alias: None | str | Unset = UNSET
    prefix: str | Unset = ""
    connection_data: Any | None | Unset = UNSET
    """ Non-secret settings for the connection (credential-like keys are rejected). """
    is_valid: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        server_id = str(self.server_id)

        user_id = str(self.user_id)

        credential_type = self.credential_type

        header_name = self.header_name

        credential_masked = self.credential_masked

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        ownership = self.ownership

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        prefix = self.prefix

        connection_data: Any | None | Unset
        if isinstance(self.connection_data, Unset):
            connection_data = UNSET
        else:
            connection_data = self.connection_data

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {
            "id": id,
            "server_id": server_id,
            "user_id": user_id,
            "credential_type": credential_type,
            "header_name": header_name,
            "credential_masked": credential_masked,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if alias is not UNSET:
            field_dict["alias"] = alias
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if connection_data is not UNSET:
            field_dict["connection_data"] = connection_data
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        server_id = UUID(src_dict["server_id"])

        user_id = UUID(src_dict["user_id"])

        credential_type = src_dict["credential_type"]
        header_name = src_dict["header_name"]
        credential_masked = src_dict["credential_masked"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        ownership = src_dict.get("ownership", UNSET)
        alias = src_dict.get("alias", UNSET)

        prefix = src_dict.get("prefix", UNSET)
        connection_data = src_dict.get("connection_data", UNSET)

        is_valid = src_dict.get("is_valid", UNSET)
        connection_created = cls(
            id=id,
            server_id=server_id,
            user_id=user_id,
            credential_type=credential_type,
            header_name=header_name,
            credential_masked=credential_masked,
            created_at=created_at,
            updated_at=updated_at,
            ownership=ownership,
            alias=alias,
            prefix=prefix,
            connection_data=connection_data,
            is_valid=is_valid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            connection_created.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return connection_created

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
