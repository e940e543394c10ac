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
    "bundle_id": ("bundle_id", True),
    "server_id": ("server_id", True),
    "user_connection_id": ("user_connection_id", True),
    "server_name": ("server_name", False),
    "created_at": ("created_at", True),
    "provider_name": ("provider_name", True),
    "provider_email": ("provider_email", True),
    "is_valid": ("is_valid", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleConnection(ModelMapping):
    """A user connection the bundle uses for one server."""

    id: UUID
    """ Id of this assignment. """
    bundle_id: UUID
    server_id: UUID
    user_connection_id: UUID
    """ The assigned connection. """
    server_name: str
    created_at: datetime.datetime
    provider_name: None | str | Unset = UNSET
    provider_email: None | str | Unset = UNSET
    is_valid: bool | Unset = True
    """ Whether the connection's credential still works. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        bundle_id = str(self.bundle_id)

        server_id = str(self.server_id)

        user_connection_id = str(self.user_connection_id)

        server_name = self.server_name

        created_at = self.created_at.isoformat()

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        provider_email: None | str | Unset
        if isinstance(self.provider_email, Unset):
            provider_email = UNSET
        else:
            provider_email = self.provider_email

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {
            "id": id,
            "bundle_id": bundle_id,
            "server_id": server_id,
            "user_connection_id": user_connection_id,
            "server_name": server_name,
            "created_at": created_at,
        }
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_email is not UNSET:
            field_dict["provider_email"] = provider_email
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

        bundle_id = UUID(src_dict["bundle_id"])

        server_id = UUID(src_dict["server_id"])

        user_connection_id = UUID(src_dict["user_connection_id"])

        server_name = src_dict["server_name"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        provider_name = src_dict.get("provider_name", UNSET)

        provider_email = src_dict.get("provider_email", UNSET)

        is_valid = src_dict.get("is_valid", UNSET)
        bundle_connection = cls(
            id=id,
            bundle_id=bundle_id,
            server_id=server_id,
            user_connection_id=user_connection_id,
            server_name=server_name,
            created_at=created_at,
            provider_name=provider_name,
            provider_email=provider_email,
            is_valid=is_valid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_connection.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_connection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
