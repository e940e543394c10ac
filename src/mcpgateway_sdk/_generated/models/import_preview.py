from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "display_name": ("display_name", False),
    "server_type": ("server_type", False),
    "config_preview": ("config_preview", False),
    "required_env": ("required_env", True),
    "required_args": ("required_args", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ImportPreview(ModelMapping):
    """The server an import would create."""

    name: str
    """ Name the server would get. """
    display_name: str
    """ Display name it would get. """
    server_type: str
    """ Type the server would get. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The
    local gateway's built-in entries are `stdio` (a local extension). """
    config_preview: Any
    """ Settings it would get. """
    required_env: list[str] | Unset = UNSET
    """ Environment variables to provide. """
    required_args: list[str] | Unset = UNSET
    """ Arguments to provide. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        server_type = self.server_type

        config_preview = self.config_preview

        required_env: list[str] | Unset = UNSET
        if not isinstance(self.required_env, Unset):
            required_env = self.required_env

        required_args: list[str] | Unset = UNSET
        if not isinstance(self.required_args, Unset):
            required_args = self.required_args

        field_dict: dict[str, Any] = {
            "name": name,
            "display_name": display_name,
            "server_type": server_type,
            "config_preview": config_preview,
        }
        if required_env is not UNSET:
            field_dict["required_env"] = required_env
        if required_args is not UNSET:
            field_dict["required_args"] = required_args
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        display_name = src_dict["display_name"]
        server_type = src_dict["server_type"]
        config_preview = src_dict["config_preview"]
        required_env = cast(list[str], src_dict.get("required_env", UNSET))

        required_args = cast(list[str], src_dict.get("required_args", UNSET))

        import_preview = cls(
            name=name,
            display_name=display_name,
            server_type=server_type,
            config_preview=config_preview,
            required_env=required_env,
            required_args=required_args,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            import_preview.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return import_preview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
