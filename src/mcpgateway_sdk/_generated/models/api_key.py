from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "description": ("description", True),
    "key_prefix": ("key_prefix", False),
    "environment": ("environment", False),
    "scopes": ("scopes", True),
    "rate_limit_rpm": ("rate_limit_rpm", False),
    "is_active": ("is_active", False),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "expires_at": ("expires_at", True),
    "last_used_at": ("last_used_at", True),
    "last_used_ip": ("last_used_ip", True),
    "key": ("key", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ApiKey(ModelMapping):
    """One of the caller's API keys. `key` holds the full secret only in the create and rotate responses."""

    id: UUID
    name: str
    description: None | str | Unset = UNSET
    key_prefix: str | Unset = ""
    """ Start of the key, for telling keys apart. """
    environment: str | Unset = "live"
    """ Key environment. Known values: `live`, `test`. """
    scopes: list[str] | None | Unset = UNSET
    """ Permission scopes; null means no restriction. """
    rate_limit_rpm: int | Unset = 60
    """ Requests per minute allowed. """
    is_active: bool | Unset = True
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    last_used_ip: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    """ Full secret; shown once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        key_prefix = self.key_prefix

        environment = self.environment

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        rate_limit_rpm = self.rate_limit_rpm

        is_active = self.is_active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        last_used_ip: None | str | Unset
        if isinstance(self.last_used_ip, Unset):
            last_used_ip = UNSET
        else:
            last_used_ip = self.last_used_ip

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if key_prefix is not UNSET:
            field_dict["key_prefix"] = key_prefix
        if environment is not UNSET:
            field_dict["environment"] = environment
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if rate_limit_rpm is not UNSET:
            field_dict["rate_limit_rpm"] = rate_limit_rpm
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if last_used_ip is not UNSET:
            field_dict["last_used_ip"] = last_used_ip
        if key is not UNSET:
            field_dict["key"] = key
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        description = src_dict.get("description", UNSET)

        key_prefix = src_dict.get("key_prefix", UNSET)
        environment = src_dict.get("environment", UNSET)
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

        rate_limit_rpm = src_dict.get("rate_limit_rpm", UNSET)
        is_active = src_dict.get("is_active", UNSET)
        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        elif _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None:
            updated_at = None
        elif _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        _expires_at = src_dict.get("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        if _expires_at is None:
            expires_at = None
        elif _expires_at is UNSET:
            expires_at = UNSET
        else:
            try:
                if not isinstance(_expires_at, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at = _expires_at

        _last_used_at = src_dict.get("last_used_at", UNSET)
        last_used_at: datetime.datetime | None | Unset
        if _last_used_at is None:
            last_used_at = None
        elif _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            try:
                if not isinstance(_last_used_at, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(_last_used_at)

                last_used_at = last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_used_at = _last_used_at

        last_used_ip = src_dict.get("last_used_ip", UNSET)

        key = src_dict.get("key", UNSET)

        api_key = cls(
            id=id,
            name=name,
            description=description,
            key_prefix=key_prefix,
            environment=environment,
            scopes=scopes,
            rate_limit_rpm=rate_limit_rpm,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
            last_used_at=last_used_at,
            last_used_ip=last_used_ip,
            key=key,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
