from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.bundle_tool import BundleTool

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BundleTool
    from ..models.bundle_tool import BundleTool  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "bundle_key": ("bundle_key", False),
    "tools": ("tools", True),
    "description": ("description", True),
    "agent_id": ("agent_id", True),
    "tool_count": ("tool_count", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleDetail(ModelMapping):
    """A bundle with its key and its tools."""

    id: UUID
    """ Bundle id. """
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    bundle_key: str
    """ Key that gives access to the bundle's tools. """
    tools: list[BundleTool]
    """ The bundle's tools. """
    description: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    """ External agent identifier (free string); at most one bundle per agent. """
    tool_count: int | Unset = 0
    """ Number of tools in the bundle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        id = str(self.id)

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        bundle_key = self.bundle_key

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

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

        tool_count = self.tool_count

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
            "created_at": created_at,
            "updated_at": updated_at,
            "bundle_key": bundle_key,
            "tools": tools,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if tool_count is not UNSET:
            field_dict["tool_count"] = tool_count
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
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        bundle_key = src_dict["bundle_key"]
        tools = []
        _tools = src_dict["tools"]
        for tools_item_data in _tools:
            tools_item = BundleTool.from_dict(tools_item_data)

            tools.append(tools_item)

        description = src_dict.get("description", UNSET)

        agent_id = src_dict.get("agent_id", UNSET)

        tool_count = src_dict.get("tool_count", UNSET)
        bundle_detail = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            bundle_key=bundle_key,
            tools=tools,
            description=description,
            agent_id=agent_id,
            tool_count=tool_count,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
