from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", True),
    "status": ("status", False),
    "error": ("error", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BulkActionItemResult(ModelMapping):
    """Outcome of a bulk action for one server."""

    server_id: UUID
    """ Server id. """
    status: str
    """ Outcome for this server. """
    error: None | str | Unset = UNSET
    """ Why it failed, if it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id = str(self.server_id)

        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "status": status,
        }
        if error is not UNSET:
            field_dict["error"] = error
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        server_id = UUID(src_dict["server_id"])

        status = src_dict["status"]
        error = src_dict.get("error", UNSET)

        bulk_action_item_result = cls(
            server_id=server_id,
            status=status,
            error=error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bulk_action_item_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bulk_action_item_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
