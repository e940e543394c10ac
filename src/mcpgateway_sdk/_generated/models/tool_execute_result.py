from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", True),
    "tool_name": ("tool_name", False),
    "result": ("result", False),
    "duration_ms": ("duration_ms", False),
    "error": ("error", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolExecuteResult(ModelMapping):
    """Outcome of a tool call. A failure inside the tool is reported in `error` with status 200."""

    server_id: UUID
    """ Server that ran the tool. """
    tool_name: str
    result: Any | Unset = UNSET
    """ What the tool returned: any JSON value, null on failure. """
    duration_ms: int | Unset = 0
    """ Wall time of the call in milliseconds. """
    error: None | str | Unset = UNSET
    """ Error message when the tool failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id = str(self.server_id)

        tool_name = self.tool_name

        result = self.result

        duration_ms = self.duration_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "tool_name": tool_name,
        }
        if result is not UNSET:
            field_dict["result"] = result
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
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

        tool_name = src_dict["tool_name"]
        result = src_dict.get("result", UNSET)
        duration_ms = src_dict.get("duration_ms", UNSET)
        error = src_dict.get("error", UNSET)

        tool_execute_result = cls(
            server_id=server_id,
            tool_name=tool_name,
            result=result,
            duration_ms=duration_ms,
            error=error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_execute_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_execute_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
