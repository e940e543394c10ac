from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "description": ("description", False),
    "input_schema": ("input_schema", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class LocalToolDefinition(ModelMapping):
    """One tool in a local tool sync."""

    name: str
    """ Tool name without the `<server>__` prefix. """
    description: str | Unset = ""
    """ What the tool does. """
    input_schema: Any | Unset = UNSET
    """ JSON Schema of the tool's arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        input_schema = self.input_schema

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        description = src_dict.get("description", UNSET)
        input_schema = src_dict.get("input_schema", UNSET)
        local_tool_definition = cls(
            name=name,
            description=description,
            input_schema=input_schema,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            local_tool_definition.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return local_tool_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
