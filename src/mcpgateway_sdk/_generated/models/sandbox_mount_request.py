from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "provider": ("provider", False),
    "canonical_endpoint": ("canonical_endpoint", False),
    "container_name": ("container_name", False),
    "target_path": ("target_path", False),
    "credential": ("credential", False),
    "credential_expires_at": ("credential_expires_at", True),
    "source_prefix": ("source_prefix", False),
    "read_only": ("read_only", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxMountRequest(ModelMapping):
    """A read-only object-storage mount requested for a new sandbox (sent in normalised form; the credential in clear,
    never returned).

    """

    provider: str
    """ Storage provider, lower case (letters, digits, `_`). """
    canonical_endpoint: str
    """ The storage origin, `https://<host>`. """
    container_name: str
    """ Bucket or container name. """
    target_path: str
    """ Where it appears in the sandbox, below `/mnt/`. """
    credential: str
    """ Access credential (write-only). """
    credential_expires_at: datetime.datetime
    """ When the credential expires (with a time zone). """
    source_prefix: str | Unset = ""
    """ Key prefix inside the container. """
    read_only: bool | Unset = True
    """ Always true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        canonical_endpoint = self.canonical_endpoint

        container_name = self.container_name

        target_path = self.target_path

        credential = self.credential

        credential_expires_at = self.credential_expires_at.isoformat()

        source_prefix = self.source_prefix

        read_only = self.read_only

        field_dict: dict[str, Any] = {
            "provider": provider,
            "canonical_endpoint": canonical_endpoint,
            "container_name": container_name,
            "target_path": target_path,
            "credential": credential,
            "credential_expires_at": credential_expires_at,
        }
        if source_prefix is not UNSET:
            field_dict["source_prefix"] = source_prefix
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        provider = src_dict["provider"]
        canonical_endpoint = src_dict["canonical_endpoint"]
        container_name = src_dict["container_name"]
        target_path = src_dict["target_path"]
        credential = src_dict["credential"]
        credential_expires_at = datetime.datetime.fromisoformat(src_dict["credential_expires_at"])

        source_prefix = src_dict.get("source_prefix", UNSET)
        read_only = src_dict.get("read_only", UNSET)
        sandbox_mount_request = cls(
            provider=provider,
            canonical_endpoint=canonical_endpoint,
            container_name=container_name,
            target_path=target_path,
            credential=credential,
            credential_expires_at=credential_expires_at,
            source_prefix=source_prefix,
            read_only=read_only,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_mount_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_mount_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
