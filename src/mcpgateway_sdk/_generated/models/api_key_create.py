from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_create_environment import ApiKeyCreateEnvironment
from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "description": ("description", True),
    "environment": ("environment", True),
    "scopes": ("scopes", True),
    "rate_limit_rpm": ("rate_limit_rpm", False),
    "expires_in_days": ("expires_in_days", True),
    "expires_at": ("expires_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ApiKeyCreate(ModelMapping):
    """A new API key for the caller. Set an expiry with `expires_in_days` or `expires_at`; with neither the key does not
    expire.

    """

    name: str
    description: None | str | Unset = UNSET
    environment: ApiKeyCreateEnvironment | Unset = ApiKeyCreateEnvironment.LIVE
    """ Key environment. """
    scopes: list[str] | None | Unset = UNSET
    """ Permission scopes, e.g. `tools:read`, `tools:execute`. """
    rate_limit_rpm: int | Unset = 60
    """ Requests per minute allowed. """
    expires_in_days: int | None | Unset = UNSET
    """ Lifetime in days. """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ Fixed expiry time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        rate_limit_rpm = self.rate_limit_rpm

        expires_in_days: int | None | Unset
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if environment is not UNSET:
            field_dict["environment"] = environment
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if rate_limit_rpm is not UNSET:
            field_dict["rate_limit_rpm"] = rate_limit_rpm
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        description = src_dict.get("description", UNSET)

        _environment = src_dict.get("environment", UNSET)
        environment: ApiKeyCreateEnvironment | Unset
        if _environment is UNSET:
            environment = UNSET
        else:
            environment = ApiKeyCreateEnvironment(_environment)

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
        expires_in_days = src_dict.get("expires_in_days", UNSET)

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

        api_key_create = cls(
            name=name,
            description=description,
            environment=environment,
            scopes=scopes,
            rate_limit_rpm=rate_limit_rpm,
            expires_in_days=expires_in_days,
            expires_at=expires_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
