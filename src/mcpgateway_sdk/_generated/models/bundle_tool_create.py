from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tool_id": ("tool_id", False),
    "override_name": ("override_name", True),
    "override_description": ("override_description", True),
    "enabled": ("enabled", False),
    "display_order": ("display_order", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleToolCreate(ModelMapping):
    """A tool to put in a bundle."""

    tool_id: str
    """ Id of the MCP tool. """
    override_name: None | str | Unset = UNSET
    """ Name shown instead of the tool's own. """
    override_description: None | str | Unset = UNSET
    """ Description shown instead of the tool's own. """
    enabled: bool | Unset = True
    """ Whether the tool is exposed. """
    display_order: int | Unset = 0
    """ Sort position in the bundle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        override_name: None | str | Unset
        if isinstance(self.override_name, Unset):
            override_name = UNSET
        else:
            override_name = self.override_name

        override_description: None | str | Unset
        if isinstance(self.override_description, Unset):
            override_description = UNSET
        else:
            override_description = self.override_description

        enabled = self.enabled

        display_order = self.display_order

        field_dict: dict[str, Any] = {
            "tool_id": tool_id,
        }
        if override_name is not UNSET:
            field_dict["override_name"] = override_name
        if override_description is not UNSET:
            field_dict["override_description"] = override_description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tool_id = src_dict["tool_id"]
        override_name = src_dict.get("override_name", UNSET)

        override_description = src_dict.get("override_description", UNSET)

        enabled = src_dict.get("enabled", UNSET)
        display_order = src_dict.get("display_order", UNSET)
        bundle_tool_create = cls(
            tool_id=tool_id,
            override_name=override_name,
            override_description=override_description,
            enabled=enabled,
            display_order=display_order,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_tool_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_tool_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
