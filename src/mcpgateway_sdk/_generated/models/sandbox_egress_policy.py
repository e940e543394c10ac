from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "mode": ("mode", False),
    "allowed_domains": ("allowed_domains", True),
    "allowed_cidrs": ("allowed_cidrs", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxEgressPolicy(ModelMapping):
    """Outbound network policy of a sandbox (later gateways): requested on create or update (not together with
    `network_enabled`) and reported on the sandbox. `allowlist` needs at least one destination, the other modes none; at
    most 256 destinations in all.

    """

    mode: str
    """ Known values: `inherit`, `blocked`, `allowlist`, `unrestricted`. """
    allowed_domains: list[str] | Unset = UNSET
    """ Domains reachable in `allowlist` mode. """
    allowed_cidrs: list[str] | Unset = UNSET
    """ Address ranges reachable in `allowlist` mode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        allowed_cidrs: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cidrs, Unset):
            allowed_cidrs = self.allowed_cidrs

        field_dict: dict[str, Any] = {
            "mode": mode,
        }
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if allowed_cidrs is not UNSET:
            field_dict["allowed_cidrs"] = allowed_cidrs
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        mode = src_dict["mode"]
        allowed_domains = cast(list[str], src_dict.get("allowed_domains", UNSET))

        allowed_cidrs = cast(list[str], src_dict.get("allowed_cidrs", UNSET))

        sandbox_egress_policy = cls(
            mode=mode,
            allowed_domains=allowed_domains,
            allowed_cidrs=allowed_cidrs,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_egress_policy.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_egress_policy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
