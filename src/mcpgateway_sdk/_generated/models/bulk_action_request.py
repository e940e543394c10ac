from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "action": ("action", False),
    "server_ids": ("server_ids", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BulkActionRequest(ModelMapping):
    """One action applied to several servers."""

    action: str
    """ Action to run. Known values: `start`, `stop`, `delete`, `sync`. """
    server_ids: list[str]
    """ Servers to act on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        server_ids = self.server_ids

        field_dict: dict[str, Any] = {
            "action": action,
            "server_ids": server_ids,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        action = src_dict["action"]
        server_ids = cast(list[str], src_dict["server_ids"])

        bulk_action_request = cls(
            action=action,
            server_ids=server_ids,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bulk_action_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bulk_action_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
