from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "status": ("status", False),
    "version": ("version", False),
    "redis": ("redis", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class HealthStatus(ModelMapping):
    """Liveness and version of the gateway."""

    status: str
    """ Overall status; `healthy` whenever the gateway answers. """
    version: str
    """ Gateway version, `MAJOR.MINOR[.PATCH][-suffix]` with integer major and minor. SDK clients compare
    major.minor with their own version and warn on a mismatch. """
    redis: str | Unset = ""
    """ Cache status: `healthy` or `degraded` (the gateway keeps working without its cache). Empty when not
    reported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        version = self.version

        redis = self.redis

        field_dict: dict[str, Any] = {
            "status": status,
            "version": version,
        }
        if redis is not UNSET:
            field_dict["redis"] = redis
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        status = src_dict["status"]
        version = src_dict["version"]
        redis = src_dict.get("redis", UNSET)
        health_status = cls(
            status=status,
            version=version,
            redis=redis,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            health_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return health_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
