from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "added": ("added", True),
    "removed": ("removed", True),
    "modified": ("modified", True),
    "total_tools": ("total_tools", False),
    "sync_hash": ("sync_hash", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSyncResult(ModelMapping):
    """What a tool sync with the server changed."""

    added: list[str]
    """ Names of new tools. """
    removed: list[str]
    """ Names of tools that are gone. """
    modified: list[str]
    """ Names of changed tools. """
    total_tools: int
    """ Tools after the sync. """
    sync_hash: str
    """ Hash of the new tool list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        removed = self.removed

        modified = self.modified

        total_tools = self.total_tools

        sync_hash = self.sync_hash

        field_dict: dict[str, Any] = {
            "added": added,
            "removed": removed,
            "modified": modified,
            "total_tools": total_tools,
            "sync_hash": sync_hash,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        added = cast(list[str], src_dict["added"])

        removed = cast(list[str], src_dict["removed"])

        modified = cast(list[str], src_dict["modified"])

        total_tools = src_dict["total_tools"]
        sync_hash = src_dict["sync_hash"]
        tool_sync_result = cls(
            added=added,
            removed=removed,
            modified=modified,
            total_tools=total_tools,
            sync_hash=sync_hash,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_sync_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_sync_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
