from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "tool_id": ("tool_id", True),
    "tool_name": ("tool_name", False),
    "server_id": ("server_id", True),
    "description": ("description", False),
    "server_name": ("server_name", False),
    "display_name": ("display_name", True),
    "score": ("score", False),
    "input_schema": ("input_schema", False),
    "use_when": ("use_when", True),
    "returns": ("returns", True),
    "usage_hints": ("usage_hints", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ToolSearchResult(ModelMapping):
    """One tool matched by a search, with its relevance score."""

    tool_id: UUID
    tool_name: str
    """ Tool name as exposed by its server. """
    server_id: UUID
    description: str | Unset = ""
    server_name: str | Unset = ""
    display_name: None | str | Unset = UNSET
    """ Human-friendly tool name, if set. """
    score: float | Unset = 0.0
    """ Relevance, from 0 (worst) to 1 (best). """
    input_schema: Any | Unset = UNSET
    """ JSON Schema of the tool arguments. """
    use_when: None | str | Unset = UNSET
    """ When to pick this tool. Sent by later gateways. """
    returns: None | str | Unset = UNSET
    """ What the tool returns. Sent by later gateways. """
    usage_hints: None | str | Unset = UNSET
    """ Extra advice on calling the tool. Sent by later gateways. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        tool_id = str(self.tool_id)

        tool_name = self.tool_name

        server_id = str(self.server_id)

        description = self.description

        server_name = self.server_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        score = self.score

        input_schema = self.input_schema

        use_when: None | str | Unset
        if isinstance(self.use_when, Unset):
            use_when = UNSET
        else:
            use_when = self.use_when

        returns: None | str | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        else:
            returns = self.returns

        usage_hints: None | str | Unset
        if isinstance(self.usage_hints, Unset):
            usage_hints = UNSET
        else:
            usage_hints = self.usage_hints

        field_dict: dict[str, Any] = {
            "tool_id": tool_id,
            "tool_name": tool_name,
            "server_id": server_id,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if score is not UNSET:
            field_dict["score"] = score
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if use_when is not UNSET:
            field_dict["use_when"] = use_when
        if returns is not UNSET:
            field_dict["returns"] = returns
        if usage_hints is not UNSET:
            field_dict["usage_hints"] = usage_hints
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tool_id = UUID(src_dict["tool_id"])

        tool_name = src_dict["tool_name"]
        server_id = UUID(src_dict["server_id"])

        description = src_dict.get("description", UNSET)
        server_name = src_dict.get("server_name", UNSET)
        display_name = src_dict.get("display_name", UNSET)

        score = src_dict.get("score", UNSET)
        input_schema = src_dict.get("input_schema", UNSET)
        use_when = src_dict.get("use_when", UNSET)

        returns = src_dict.get("returns", UNSET)

        usage_hints = src_dict.get("usage_hints", UNSET)

        tool_search_result = cls(
            tool_id=tool_id,
            tool_name=tool_name,
            server_id=server_id,
            description=description,
            server_name=server_name,
            display_name=display_name,
            score=score,
            input_schema=input_schema,
            use_when=use_when,
            returns=returns,
            usage_hints=usage_hints,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tool_search_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_search_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
