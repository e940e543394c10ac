from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "alias": ("alias", False),
    "name": ("name", False),
    "template_type": ("template_type", True),
    "template_name": ("template_name", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class OAuthAppSummary(ModelMapping):
    """An OAuth app that can connect to a server."""

    id: UUID
    """ OAuth app id. """
    alias: str
    """ Short unique name. """
    name: str
    """ Display name. """
    template_type: None | str | Unset = UNSET
    """ Provider template. Known values: `github`, `google`, `microsoft365`, `slack`, `notion`, `hubspot`,
    `salesforce`, `zoom`, `linkedin`, `pagerduty`, `atlassian`, `gitlab`, `smartthings`, `custom`. """
    template_name: None | str | Unset = UNSET
    """ Template display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        alias = self.alias

        name = self.name

        template_type: None | str | Unset
        if isinstance(self.template_type, Unset):
            template_type = UNSET
        else:
            template_type = self.template_type

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        field_dict: dict[str, Any] = {
            "id": id,
            "alias": alias,
            "name": name,
        }
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        alias = src_dict["alias"]
        name = src_dict["name"]
        template_type = src_dict.get("template_type", UNSET)

        template_name = src_dict.get("template_name", UNSET)

        o_auth_app_summary = cls(
            id=id,
            alias=alias,
            name=name,
            template_type=template_type,
            template_name=template_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            o_auth_app_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return o_auth_app_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
