from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "disabled_tool_ids": ("disabled_tool_ids", True),
    "server_id": ("server_id", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BundleToolStateRequest(ModelMapping):
    """Which tools of a bundle are disabled. Every tool in scope that is not listed is enabled."""

    disabled_tool_ids: list[str]
    """ MCP tool ids to disable; `[]` enables every tool in scope. """
    server_id: None | str | Unset = UNSET
    """ Limit the scope to this server's tools in the bundle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        disabled_tool_ids = self.disabled_tool_ids

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_dict: dict[str, Any] = {
            "disabled_tool_ids": disabled_tool_ids,
        }
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        disabled_tool_ids = cast(list[str], src_dict["disabled_tool_ids"])

        server_id = src_dict.get("server_id", UNSET)

        bundle_tool_state_request = cls(
            disabled_tool_ids=disabled_tool_ids,
            server_id=server_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bundle_tool_state_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bundle_tool_state_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
