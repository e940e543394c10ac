from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "query": ("query", False),
    "limit": ("limit", False),
    "server_ids": ("server_ids", True),
    "bundle_id": ("bundle_id", True),
    "agent_id": ("agent_id", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSearchRequest(ModelMapping):
    """Semantic search over the tools the caller can reach."""

    query: str
    """ What the tool should do, in plain words. """
    limit: int | Unset = 5
    """ Maximum number of results. """
    server_ids: list[str] | None | Unset = UNSET
    """ Only search the tools of these servers. """
    bundle_id: None | str | Unset = UNSET
    """ Only search the tools of this bundle. """
    agent_id: None | str | Unset = UNSET
    """ Only search the tools of the bundle bound to this agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        limit = self.limit

        server_ids: list[str] | None | Unset
        if isinstance(self.server_ids, Unset):
            server_ids = UNSET
        elif isinstance(self.server_ids, list):
            server_ids = self.server_ids

        else:
            server_ids = self.server_ids

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

        field_dict: dict[str, Any] = {
            "query": query,
        }
        if limit is not UNSET:
            field_dict["limit"] = limit
        if server_ids is not UNSET:
            field_dict["server_ids"] = server_ids
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        query = src_dict["query"]
        limit = src_dict.get("limit", UNSET)
        _server_ids = src_dict.get("server_ids", UNSET)
        server_ids: list[str] | None | Unset
        if _server_ids is None:
            server_ids = None
        elif _server_ids is UNSET:
            server_ids = UNSET
        else:
            try:
                if not isinstance(_server_ids, list):
                    raise TypeError()
                server_ids_type_0 = cast(list[str], _server_ids)

                server_ids = server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                server_ids = _server_ids

        bundle_id = src_dict.get("bundle_id", UNSET)

        agent_id = src_dict.get("agent_id", UNSET)

        tool_search_request = cls(
            query=query,
            limit=limit,
            server_ids=server_ids,
            bundle_id=bundle_id,
            agent_id=agent_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_search_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_search_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
