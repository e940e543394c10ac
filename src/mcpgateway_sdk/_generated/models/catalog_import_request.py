from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "registry": ("registry", False),
    "registry_id": ("registry_id", False),
    "name": ("name", False),
    "args": ("args", True),
    "env_vars": ("env_vars", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class CatalogImportRequest(ModelMapping):
    """Create a server from a catalog entry. Unknown fields are passed through."""

    registry: str
    """ Registry the entry comes from. Known values: `mcp_registry`, `dockerhub`, `pulsemcp`. The local gateway's
    own registry is `builtin` (with `npm` as an alias): local extensions. """
    registry_id: str
    """ Id of the entry within its registry. """
    name: str
    """ Name for the new server. """
    args: list[str] | Unset = UNSET
    """ Arguments for the server command. """
    env_vars: Any | Unset = UNSET
    """ Environment variables for the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        registry = self.registry

        registry_id = self.registry_id

        name = self.name

        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        env_vars = self.env_vars

        field_dict: dict[str, Any] = {
            "registry": registry,
            "registry_id": registry_id,
            "name": name,
        }
        if args is not UNSET:
            field_dict["args"] = args
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        registry = src_dict["registry"]
        registry_id = src_dict["registry_id"]
        name = src_dict["name"]
        args = cast(list[str], src_dict.get("args", UNSET))

        env_vars = src_dict.get("env_vars", UNSET)
        catalog_import_request = cls(
            registry=registry,
            registry_id=registry_id,
            name=name,
            args=args,
            env_vars=env_vars,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            catalog_import_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return catalog_import_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
