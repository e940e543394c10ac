from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

if TYPE_CHECKING:
    from ..models.local_tool_definition import LocalToolDefinition

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, LocalToolDefinition
    from ..models.local_tool_definition import LocalToolDefinition  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tools": ("tools", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class LocalToolSync(ModelMapping):
    """The complete tool list of a local server."""

    tools: list[LocalToolDefinition]
    """ Every tool the server should have; others are removed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {
            "tools": tools,
        }
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
        tools = []
        _tools = src_dict["tools"]
        for tools_item_data in _tools:
            tools_item = LocalToolDefinition.from_dict(tools_item_data)

            tools.append(tools_item)

        local_tool_sync = cls(
            tools=tools,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            local_tool_sync.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return local_tool_sync

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
