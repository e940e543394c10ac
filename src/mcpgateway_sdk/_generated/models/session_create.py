from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", True),
    "bundle_id": ("bundle_id", True),
    "allowed_tool_names": ("allowed_tool_names", True),
    "denied_tool_names": ("denied_tool_names", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SessionCreate(ModelMapping):
    """A new session. `server_id` and `bundle_id` are mutually exclusive; both may be left out. The body may be `{}`."""

    server_id: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    allowed_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may use; `server__*` covers a whole server. Null: no allow list. """
    denied_tool_names: list[str] | None | Unset = UNSET
    """ Qualified tool names the session may not use, even when an allow wildcard covers them. Null: no deny list.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

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
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
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
        server_id = src_dict.get("server_id", UNSET)

        bundle_id = src_dict.get("bundle_id", UNSET)

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

        session_create = cls(
            server_id=server_id,
            bundle_id=bundle_id,
            allowed_tool_names=allowed_tool_names,
            denied_tool_names=denied_tool_names,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            session_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return session_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
