from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_approval_credential_mode import GenerationApprovalCredentialMode
from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "selected_tools": ("selected_tools", True),
    "credential_mode": ("credential_mode", True),
    "api_title": ("api_title", False),
    "tool_descriptions": ("tool_descriptions", False),
    "feedback": ("feedback", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class GenerationApproval(ModelMapping):
    """Approve a job in review; every field is optional."""

    selected_tools: list[str] | Unset = UNSET
    """ Names of the planned tools to deploy (all when left out). """
    credential_mode: GenerationApprovalCredentialMode | Unset = UNSET
    """ Who provides the API's credentials. """
    api_title: str | Unset = UNSET
    """ Display name of the deployed server. """
    tool_descriptions: Any | Unset = UNSET
    """ New descriptions, by tool name. """
    feedback: str | Unset = UNSET
    """ Notes for the generation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        selected_tools: list[str] | Unset = UNSET
        if not isinstance(self.selected_tools, Unset):
            selected_tools = self.selected_tools

        credential_mode: str | Unset = UNSET
        if not isinstance(self.credential_mode, Unset):
            credential_mode = self.credential_mode.value

        api_title = self.api_title

        tool_descriptions = self.tool_descriptions

        feedback = self.feedback

        field_dict: dict[str, Any] = {}
        if selected_tools is not UNSET:
            field_dict["selected_tools"] = selected_tools
        if credential_mode is not UNSET:
            field_dict["credential_mode"] = credential_mode
        if api_title is not UNSET:
            field_dict["api_title"] = api_title
        if tool_descriptions is not UNSET:
            field_dict["tool_descriptions"] = tool_descriptions
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        selected_tools = cast(list[str], src_dict.get("selected_tools", UNSET))

        _credential_mode = src_dict.get("credential_mode", UNSET)
        credential_mode: GenerationApprovalCredentialMode | Unset
        if _credential_mode is UNSET:
            credential_mode = UNSET
        else:
            credential_mode = GenerationApprovalCredentialMode(_credential_mode)

        api_title = src_dict.get("api_title", UNSET)
        tool_descriptions = src_dict.get("tool_descriptions", UNSET)
        feedback = src_dict.get("feedback", UNSET)
        generation_approval = cls(
            selected_tools=selected_tools,
            credential_mode=credential_mode,
            api_title=api_title,
            tool_descriptions=tool_descriptions,
            feedback=feedback,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            generation_approval.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return generation_approval

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
