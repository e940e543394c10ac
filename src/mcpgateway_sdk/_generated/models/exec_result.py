from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "exit_code": ("exit_code", False),
    "stdout": ("stdout", False),
    "stderr": ("stderr", False),
    "duration_ms": ("duration_ms", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ExecResult(ModelMapping):
    """Outcome of a command run in a sandbox."""

    exit_code: int | Unset = 0
    """ Process exit status. """
    stdout: str | Unset = ""
    """ Captured standard output. """
    stderr: str | Unset = ""
    """ Captured standard error. """
    duration_ms: int | Unset = 0
    """ Wall time in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        exit_code = self.exit_code

        stdout = self.stdout

        stderr = self.stderr

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        exit_code = src_dict.get("exit_code", UNSET)
        stdout = src_dict.get("stdout", UNSET)
        stderr = src_dict.get("stderr", UNSET)
        duration_ms = src_dict.get("duration_ms", UNSET)
        exec_result = cls(
            exit_code=exit_code,
            stdout=stdout,
            stderr=stderr,
            duration_ms=duration_ms,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            exec_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return exec_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
