from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "allowed_tool_names": ("allowed_tool_names", True),
    "denied_tool_names": ("denied_tool_names", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SessionUpdate(ModelMapping):
    """Change a session's tool scoping. A key left out keeps its list unchanged, `null` clears the list, an array replaces
    it. The body may be `{}`.

    """

    allowed_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may use; `server__*` covers a whole server. Null: no allow list. """
    denied_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may not use, even when an allow wildcard covers them. Null: no deny list.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        allowed_tool_names: list[str] | None | Unset
        if isinstance(self.allowed_tool_names, Unset):
            allowed_tool_names = UNSET
        elif isinstance(self.allowed_tool_names, list):
            allowed_tool_names = self.allowed_tool_names

        else:
            allowed_tool_names = self.allowed_tool_names

        denied_tool_names: list[str] | None | Unset
        if isinstance(self.denied_tool_names, Unset):
            denied_tool_names = UNSET
        elif isinstance(self.denied_tool_names, list):
            denied_tool_names = self.denied_tool_names

        else:
            denied_tool_names = self.denied_tool_names

        field_dict: dict[str, Any] = {}
        if allowed_tool_names is not UNSET:
            field_dict["allowed_tool_names"] = allowed_tool_names
        if denied_tool_names is not UNSET:
            field_dict["denied_tool_names"] = denied_tool_names
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _allowed_tool_names = src_dict.get("allowed_tool_names", UNSET)
        allowed_tool_names: list[str] | None | Unset
        if _allowed_tool_names is None:
            allowed_tool_names = None
        elif _allowed_tool_names is UNSET:
            allowed_tool_names = UNSET
        else:
            try:
                if not isinstance(_allowed_tool_names, list):
                    raise TypeError()
                allowed_tool_names_type_0 = cast(list[str], _allowed_tool_names)

                allowed_tool_names = allowed_tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_tool_names = _allowed_tool_names

        _denied_tool_names = src_dict.get("denied_tool_names", UNSET)
        denied_tool_names: list[str] | None | Unset
        if _denied_tool_names is None:
            denied_tool_names = None
        elif _denied_tool_names is UNSET:
            denied_tool_names = UNSET
        else:
            try:
                if not isinstance(_denied_tool_names, list):
                    raise TypeError()
                denied_tool_names_type_0 = cast(list[str], _denied_tool_names)

                denied_tool_names = denied_tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                denied_tool_names = _denied_tool_names

        session_update = cls(
            allowed_tool_names=allowed_tool_names,
            denied_tool_names=denied_tool_names,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
