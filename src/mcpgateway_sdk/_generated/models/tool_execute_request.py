from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tool_name": ("tool_name", False),
    "arguments": ("arguments", False),
    "server_id": ("server_id", True),
    "server_name": ("server_name", True),
    "bundle_id": ("bundle_id", True),
    "agent_id": ("agent_id", True),
    "metadata": ("metadata", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolExecuteRequest(ModelMapping):
    """Call one tool. Give a qualified `tool_name` (`server__tool`), or an unqualified name plus `server_id` or
    `server_name`.

    """

    tool_name: str
    """ Qualified name `server__tool` (preferred), or the bare tool name when a server selector is given. """
    arguments: Any | Unset = UNSET
    """ Tool arguments. """
    server_id: None | str | Unset = UNSET
    """ Server selector for an unqualified `tool_name`. """
    server_name: None | str | Unset = UNSET
    """ Server selector by name for an unqualified `tool_name`. """
    bundle_id: None | str | Unset = UNSET
    """ Run the tool in the context of this bundle. """
    agent_id: None | str | Unset = UNSET
    """ Run the tool in the context of the bundle bound to this agent. """
    metadata: Any | Unset = UNSET
    """ Caller labels recorded with the call (at most 20). Sent by later SDKs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        arguments = self.arguments

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        server_name: None | str | Unset
        if isinstance(self.server_name, Unset):
            server_name = UNSET
        else:
            server_name = self.server_name

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {
            "tool_name": tool_name,
        }
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
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
        tool_name = src_dict["tool_name"]
        arguments = src_dict.get("arguments", UNSET)
        server_id = src_dict.get("server_id", UNSET)

        server_name = src_dict.get("server_name", UNSET)

        bundle_id = src_dict.get("bundle_id", UNSET)

        agent_id = src_dict.get("agent_id", UNSET)

        metadata = src_dict.get("metadata", UNSET)
        tool_execute_request = cls(
            tool_name=tool_name,
            arguments=arguments,
            server_id=server_id,
            server_name=server_name,
            bundle_id=bundle_id,
            agent_id=agent_id,
            metadata=metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_execute_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_execute_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
