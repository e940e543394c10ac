from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tools_added": ("tools_added", False),
    "tools_existing": ("tools_existing", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerAssignment(ModelMapping):
    """Outcome of adding a server's tools to a bundle."""

    tools_added: int
    """ Tools newly added. """
    tools_existing: int
    """ Tools that were already in the bundle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tools_added = self.tools_added

        tools_existing = self.tools_existing

        field_dict: dict[str, Any] = {
            "tools_added": tools_added,
            "tools_existing": tools_existing,
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
        tools_existing = src_dict["tools_existing"]
        server_assignment = cls(
            tools_added=tools_added,
            tools_existing=tools_existing,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_assignment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
