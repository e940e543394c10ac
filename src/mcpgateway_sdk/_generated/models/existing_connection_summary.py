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
    "credential_type": ("credential_type", False),
    "created_at": ("created_at", True),
    "provider_name": ("provider_name", True),
    "is_valid": ("is_valid", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ExistingConnectionSummary(ModelMapping):
    """A connection the user already has to a server."""

    id: UUID
    """ Connection id. """
    credential_type: str
    """ Credential type. """
    created_at: datetime.datetime
    """ Creation time. """
    provider_name: None | str | Unset = UNSET
    """ OAuth provider, for OAuth connections. """
    is_valid: bool | Unset = True
    """ Whether the connection still works. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        credential_type = self.credential_type

        created_at = self.created_at.isoformat()

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {
            "id": id,
            "credential_type": credential_type,
            "created_at": created_at,
        }
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
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

        credential_type = src_dict["credential_type"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        provider_name = src_dict.get("provider_name", UNSET)

        is_valid = src_dict.get("is_valid", UNSET)
        existing_connection_summary = cls(
            id=id,
            credential_type=credential_type,
            created_at=created_at,
            provider_name=provider_name,
            is_valid=is_valid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            existing_connection_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return existing_connection_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
