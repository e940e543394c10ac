from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.bundle_tool_create import BundleToolCreate

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BundleToolCreate
    from ..models.bundle_tool_create import BundleToolCreate  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "description": ("description", True),
    "agent_id": ("agent_id", True),
    "tools": ("tools", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleCreate(ModelMapping):
    """A new bundle."""

    name: str
    """ Bundle name. """
    description: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    """ External agent identifier (free string); at most one bundle per agent. """
    tools: list[BundleToolCreate] | Unset = UNSET
    """ Tools to add at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
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

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if tools is not UNSET:
            field_dict["tools"] = tools
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
        name = src_dict["name"]
        description = src_dict.get("description", UNSET)

        agent_id = src_dict.get("agent_id", UNSET)

        _tools = src_dict.get("tools", UNSET)
        tools: list[BundleToolCreate] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = BundleToolCreate.from_dict(tools_item_data)

                tools.append(tools_item)

        bundle_create = cls(
            name=name,
            description=description,
            agent_id=agent_id,
            tools=tools,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
