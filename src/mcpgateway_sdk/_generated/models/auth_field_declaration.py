from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "sensitive": ("sensitive", False),
    "required": ("required", False),
    "provided_by": ("provided_by", False),
    "label": ("label", True),
    "help": ("help_", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class AuthFieldDeclaration(ModelMapping):
    """A credential field to declare. Unknown fields are passed through."""

    name: str
    """ Field name. """
    sensitive: bool
    """ Whether the value is a secret. """
    required: bool
    """ Whether the server needs a value. """
    provided_by: str
    """ Who supplies the value. Known values: `admin`, `user`. """
    label: None | str | Unset = UNSET
    """ Label shown to people. """
    help_: None | str | Unset = UNSET
    """ Help text shown to people. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sensitive = self.sensitive

        required = self.required

        provided_by = self.provided_by

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        help_: None | str | Unset
        if isinstance(self.help_, Unset):
            help_ = UNSET
        else:
            help_ = self.help_

        field_dict: dict[str, Any] = {
            "name": name,
            "sensitive": sensitive,
            "required": required,
            "provided_by": provided_by,
        }
        if label is not UNSET:
            field_dict["label"] = label
        if help_ is not UNSET:
            field_dict["help"] = help_
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        sensitive = src_dict["sensitive"]
        required = src_dict["required"]
        provided_by = src_dict["provided_by"]
        label = src_dict.get("label", UNSET)

        help_ = src_dict.get("help", UNSET)

        auth_field_declaration = cls(
            name=name,
            sensitive=sensitive,
            required=required,
            provided_by=provided_by,
            label=label,
            help_=help_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            auth_field_declaration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return auth_field_declaration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
