from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "tool_id": ("tool_id", True),
    "original_name": ("original_name", False),
    "original_description": ("original_description", False),
    "server_id": ("server_id", True),
    "server_name": ("server_name", False),
    "input_schema": ("input_schema", False),
    "effective_name": ("effective_name", False),
    "effective_description": ("effective_description", False),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "override_name": ("override_name", True),
    "override_description": ("override_description", True),
    "enabled": ("enabled", False),
    "display_order": ("display_order", False),
    "has_override_embedding": ("has_override_embedding", False),
    "display_name": ("display_name", True),
    "tool_name": ("tool_name", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleTool(ModelMapping):
    """A tool as it appears in a bundle."""

    id: UUID
    """ Id of this bundle-tool row. """
    tool_id: UUID
    """ Id of the underlying MCP tool. """
    original_name: str
    """ The tool's own name. """
    original_description: str
    """ The tool's own description. """
    server_id: UUID
    """ Server that provides the tool. """
    server_name: str
    input_schema: Any
    """ JSON Schema of the tool's arguments. """
    effective_name: str
    """ Override name if set, else the original name. """
    effective_description: str
    """ Override description if set, else the original description. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    override_name: None | str | Unset = UNSET
    override_description: None | str | Unset = UNSET
    enabled: bool | Unset = True
    display_order: int | Unset = 0
    has_override_embedding: bool | Unset = False
    """ Whether search uses an embedding of the override text. """
    display_name: None | str | Unset = UNSET
    tool_name: str | Unset = ""
    """ Qualified tool name (`<server>__<tool>`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tool_id = str(self.tool_id)

        original_name = self.original_name

        original_description = self.original_description

        server_id = str(self.server_id)

        server_name = self.server_name

        input_schema = self.input_schema

        effective_name = self.effective_name

        effective_description = self.effective_description

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        override_name: None | str | Unset
        if isinstance(self.override_name, Unset):
            override_name = UNSET
        else:
            override_name = self.override_name

        override_description: None | str | Unset
        if isinstance(self.override_description, Unset):
            override_description = UNSET
        else:
            override_description = self.override_description

        enabled = self.enabled

        display_order = self.display_order

        has_override_embedding = self.has_override_embedding

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        tool_name = self.tool_name

        field_dict: dict[str, Any] = {
            "id": id,
            "tool_id": tool_id,
            "original_name": original_name,
            "original_description": original_description,
            "server_id": server_id,
            "server_name": server_name,
            "input_schema": input_schema,
            "effective_name": effective_name,
            "effective_description": effective_description,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        if override_name is not UNSET:
            field_dict["override_name"] = override_name
        if override_description is not UNSET:
            field_dict["override_description"] = override_description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if has_override_embedding is not UNSET:
            field_dict["has_override_embedding"] = has_override_embedding
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        tool_id = UUID(src_dict["tool_id"])

        original_name = src_dict["original_name"]
        original_description = src_dict["original_description"]
        server_id = UUID(src_dict["server_id"])

        server_name = src_dict["server_name"]
        input_schema = src_dict["input_schema"]
        effective_name = src_dict["effective_name"]
        effective_description = src_dict["effective_description"]
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        override_name = src_dict.get("override_name", UNSET)

        override_description = src_dict.get("override_description", UNSET)

        enabled = src_dict.get("enabled", UNSET)
        display_order = src_dict.get("display_order", UNSET)
        has_override_embedding = src_dict.get("has_override_embedding", UNSET)
        display_name = src_dict.get("display_name", UNSET)

        tool_name = src_dict.get("tool_name", UNSET)
        bundle_tool = cls(
            id=id,
            tool_id=tool_id,
            original_name=original_name,
            original_description=original_description,
            server_id=server_id,
            server_name=server_name,
            input_schema=input_schema,
            effective_name=effective_name,
            effective_description=effective_description,
            created_at=created_at,
            updated_at=updated_at,
            override_name=override_name,
            override_description=override_description,
            enabled=enabled,
            display_order=display_order,
            has_override_embedding=has_override_embedding,
            display_name=display_name,
            tool_name=tool_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
