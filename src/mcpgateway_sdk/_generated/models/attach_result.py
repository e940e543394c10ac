from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "attachment_id": ("attachment_id", False),
    "server_id": ("server_id", True),
    "skill_id": ("skill_id", True),
    "tools_registered": ("tools_registered", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class AttachResult(ModelMapping):
    """A skill attached to a server."""

    attachment_id: str
    server_id: UUID
    skill_id: UUID
    tools_registered: list[str] | Unset = UNSET
    """ Tools the attachment added to the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        attachment_id = self.attachment_id

        server_id = str(self.server_id)

        skill_id = str(self.skill_id)

        tools_registered: list[str] | Unset = UNSET
        if not isinstance(self.tools_registered, Unset):
            tools_registered = self.tools_registered

        field_dict: dict[str, Any] = {
            "attachment_id": attachment_id,
            "server_id": server_id,
            "skill_id": skill_id,
        }
        if tools_registered is not UNSET:
            field_dict["tools_registered"] = tools_registered
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        attachment_id = src_dict["attachment_id"]
        server_id = UUID(src_dict["server_id"])

        skill_id = UUID(src_dict["skill_id"])

        tools_registered = cast(list[str], src_dict.get("tools_registered", UNSET))

        attach_result = cls(
            attachment_id=attachment_id,
            server_id=server_id,
            skill_id=skill_id,
            tools_registered=tools_registered,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            attach_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return attach_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
