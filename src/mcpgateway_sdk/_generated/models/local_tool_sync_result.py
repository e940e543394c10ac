from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tools_added": ("tools_added", False),
    "tools_updated": ("tools_updated", False),
    "tools_removed": ("tools_removed", False),
    "total_tools": ("total_tools", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class LocalToolSyncResult(ModelMapping):
    """What a local tool sync changed."""

    tools_added: int
    """ Tools created. """
    tools_updated: int
    """ Tools changed. """
    tools_removed: int
    """ Tools deleted. """
    total_tools: int
    """ Tools after the sync. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tools_added = self.tools_added

        tools_updated = self.tools_updated

        tools_removed = self.tools_removed

        total_tools = self.total_tools

        field_dict: dict[str, Any] = {
            "tools_added": tools_added,
            "tools_updated": tools_updated,
            "tools_removed": tools_removed,
            "total_tools": total_tools,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tools_added = src_dict["tools_added"]
        tools_updated = src_dict["tools_updated"]
        tools_removed = src_dict["tools_removed"]
        total_tools = src_dict["total_tools"]
        local_tool_sync_result = cls(
            tools_added=tools_added,
            tools_updated=tools_updated,
            tools_removed=tools_removed,
            total_tools=total_tools,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            local_tool_sync_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return local_tool_sync_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
