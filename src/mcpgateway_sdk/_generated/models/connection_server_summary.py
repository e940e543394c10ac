from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "display_name": ("display_name", False),
    "logo_url": ("logo_url", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ConnectionServerSummary(ModelMapping):
    """Short description of a connection's server."""

    id: UUID
    name: str
    display_name: str
    logo_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
            "display_name": display_name,
        }
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        display_name = src_dict["display_name"]
        logo_url = src_dict.get("logo_url", UNSET)

        connection_server_summary = cls(
            id=id,
            name=name,
            display_name=display_name,
            logo_url=logo_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            connection_server_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return connection_server_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
