from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ApiKey
    from ..models.api_key import ApiKey  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "new_key": ("new_key", True),
    "old_key_revoked": ("old_key_revoked", False),
    "grace_period_ends_at": ("grace_period_ends_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ApiKeyRotation(ModelMapping):
    """A rotated key: the new key (with its secret) and the fate of the old one."""

    new_key: ApiKey
    """ One of the caller's API keys. `key` holds the full secret only in the create and rotate responses. """
    old_key_revoked: bool
    """ True when the old key stopped working at once. """
    grace_period_ends_at: datetime.datetime | None | Unset = UNSET
    """ When the old key stops working. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        new_key = self.new_key.to_dict()

        old_key_revoked = self.old_key_revoked

        grace_period_ends_at: None | str | Unset
        if isinstance(self.grace_period_ends_at, Unset):
            grace_period_ends_at = UNSET
        elif isinstance(self.grace_period_ends_at, datetime.datetime):
            grace_period_ends_at = self.grace_period_ends_at.isoformat()
        else:
            grace_period_ends_at = self.grace_period_ends_at

        field_dict: dict[str, Any] = {
            "new_key": new_key,
            "old_key_revoked": old_key_revoked,
        }
        if grace_period_ends_at is not UNSET:
            field_dict["grace_period_ends_at"] = grace_period_ends_at
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        new_key = ApiKey.from_dict(src_dict["new_key"])

        old_key_revoked = src_dict["old_key_revoked"]
        _grace_period_ends_at = src_dict.get("grace_period_ends_at", UNSET)
        grace_period_ends_at: datetime.datetime | None | Unset
        if _grace_period_ends_at is None:
            grace_period_ends_at = None
        elif _grace_period_ends_at is UNSET:
            grace_period_ends_at = UNSET
        else:
            try:
                if not isinstance(_grace_period_ends_at, str):
                    raise TypeError()
                grace_period_ends_at_type_0 = datetime.datetime.fromisoformat(_grace_period_ends_at)

                grace_period_ends_at = grace_period_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                grace_period_ends_at = _grace_period_ends_at

        api_key_rotation = cls(
            new_key=new_key,
            old_key_revoked=old_key_revoked,
            grace_period_ends_at=grace_period_ends_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key_rotation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key_rotation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
