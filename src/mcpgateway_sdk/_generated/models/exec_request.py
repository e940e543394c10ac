from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "command": ("command", False),
    "timeout_seconds": ("timeout_seconds", False),
    "metadata": ("metadata", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ExecRequest(ModelMapping):
    """A shell command to run in a sandbox."""

    command: str
    """ Command line, run by a shell in the workspace. """
    timeout_seconds: int | Unset = 30
    """ Time limit for the command. """
    metadata: Any | None | Unset = UNSET
    """ String labels recorded with the call (later gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        timeout_seconds = self.timeout_seconds

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {
            "command": command,
        }
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        command = src_dict["command"]
        timeout_seconds = src_dict.get("timeout_seconds", UNSET)
        metadata = src_dict.get("metadata", UNSET)

        exec_request = cls(
            command=command,
            timeout_seconds=timeout_seconds,
            metadata=metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            exec_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return exec_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
