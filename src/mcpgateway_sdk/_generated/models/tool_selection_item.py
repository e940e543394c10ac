from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tool_id": ("tool_id", True),
    "tool_name": ("tool_name", False),
    "description": ("description", True),
    "enabled": ("enabled", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSelectionItem(ModelMapping):
    """Whether one tool is exposed."""

    tool_id: UUID
    """ Tool id. """
    tool_name: str
    """ Tool name without the `<server>__` prefix. """
    description: None | str
    """ Tool description. """
    enabled: bool
    """ Whether the tool is exposed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tool_id = str(self.tool_id)

        tool_name = self.tool_name

        description: None | str
        description = self.description

        enabled = self.enabled

        field_dict: dict[str, Any] = {
            "tool_id": tool_id,
            "tool_name": tool_name,
            "description": description,
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
        tool_id = UUID(src_dict["tool_id"])

        tool_name = src_dict["tool_name"]
        description = src_dict["description"]

        enabled = src_dict["enabled"]
        tool_selection_item = cls(
            tool_id=tool_id,
            tool_name=tool_name,
            description=description,
            enabled=enabled,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_selection_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_selection_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
