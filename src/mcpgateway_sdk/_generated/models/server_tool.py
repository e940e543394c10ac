from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.tool_overrides import ToolOverrides

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ToolOverrides
    from ..models.tool_overrides import ToolOverrides  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "description": ("description", False),
    "input_schema": ("input_schema", False),
    "has_embedding": ("has_embedding", False),
    "enabled": ("enabled", False),
    "overrides": ("overrides", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerTool(ModelMapping):
    """A tool of one server."""

    id: UUID
    """ Tool id. """
    name: str
    """ Tool name without the `<server>__` prefix. Overrides applied. """
    description: str
    """ Tool description, overrides applied. """
    input_schema: Any
    """ JSON Schema of the tool's arguments, overrides applied. """
    has_embedding: bool
    """ Whether the tool is indexed for semantic search. """
    enabled: bool | Unset = True
    """ Whether the tool is selected (exposed). """
    overrides: None | ToolOverrides | Unset = UNSET
    """ Overrides in effect; null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        id = str(self.id)

        name = self.name

        description = self.description

        input_schema = self.input_schema

        has_embedding = self.has_embedding

        enabled = self.enabled

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, ToolOverrides):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
            "description": description,
            "input_schema": input_schema,
            "has_embedding": has_embedding,
        }
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
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
        description = src_dict["description"]
        input_schema = src_dict["input_schema"]
        has_embedding = src_dict["has_embedding"]
        enabled = src_dict.get("enabled", UNSET)
        _overrides = src_dict.get("overrides", UNSET)
        overrides: None | ToolOverrides | Unset
        if _overrides is None:
            overrides = None
        elif _overrides is UNSET:
            overrides = UNSET
        else:
            try:
                if not isinstance(_overrides, dict):
                    raise TypeError()
                overrides_type_0 = ToolOverrides.from_dict(_overrides)

                overrides = overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                overrides = _overrides

        server_tool = cls(
            id=id,
            name=name,
            description=description,
            input_schema=input_schema,
            has_embedding=has_embedding,
            enabled=enabled,
            overrides=overrides,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
