from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

if TYPE_CHECKING:
    from ..models.tool_search_result import ToolSearchResult

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ToolSearchResult
    from ..models.tool_search_result import ToolSearchResult  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tools": ("tools", True),
    "total": ("total", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSearchResults(ModelMapping):
    """Result of a tool search, best match first."""

    tools: list[ToolSearchResult]
    total: int
    """ Number of tools returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        total = self.total

        field_dict: dict[str, Any] = {
            "tools": tools,
            "total": total,
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
            tools_item = ToolSearchResult.from_dict(tools_item_data)

            tools.append(tools_item)

        total = src_dict["total"]
        tool_search_results = cls(
            tools=tools,
            total=total,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_search_results.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_search_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
