from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", True),
    "description": ("description", True),
    "agent_id": ("agent_id", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleUpdate(ModelMapping):
    """Changes to a bundle; only the fields sent are changed."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    """ External agent identifier (free string); at most one bundle per agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        agent_id = src_dict.get("agent_id", UNSET)

        bundle_update = cls(
            name=name,
            description=description,
            agent_id=agent_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
