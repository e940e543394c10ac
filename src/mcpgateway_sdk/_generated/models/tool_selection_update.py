from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tool_ids": ("tool_ids", True),
    "enabled": ("enabled", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSelectionUpdate(ModelMapping):
    """Turn a set of tools on or off."""

    tool_ids: list[str]
    """ Tools to change. """
    enabled: bool
    """ New state for all of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tool_ids = self.tool_ids

        enabled = self.enabled

        field_dict: dict[str, Any] = {
            "tool_ids": tool_ids,
            "enabled": enabled,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tool_ids = cast(list[str], src_dict["tool_ids"])

        enabled = src_dict["enabled"]
        tool_selection_update = cls(
            tool_ids=tool_ids,
            enabled=enabled,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_selection_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_selection_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
