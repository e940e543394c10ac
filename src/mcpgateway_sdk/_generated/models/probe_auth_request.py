from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "url": ("url", False),
    "guard_network": ("guard_network", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ProbeAuthRequest(ModelMapping):
    """A URL whose authentication to probe."""

    url: str
    """ The remote MCP server URL (http or https). """
    guard_network: bool | Unset = False
    """ Refuse loopback, private, link-local and metadata addresses and pin the resolved address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        guard_network = self.guard_network

        field_dict: dict[str, Any] = {
            "url": url,
        }
        if guard_network is not UNSET:
            field_dict["guard_network"] = guard_network
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        url = src_dict["url"]
        guard_network = src_dict.get("guard_network", UNSET)
        probe_auth_request = cls(
            url=url,
            guard_network=guard_network,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            probe_auth_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return probe_auth_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
