from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "loc": ("loc", True),
    "msg": ("msg", False),
    "type": ("type_", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ValidationErrorItem(ModelMapping):
    """One problem found in a request."""

    loc: list[int | str]
    """ Where the problem is, e.g. ["body", "name"]. """
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {
            "loc": loc,
            "msg": msg,
            "type": type_,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        loc = []
        _loc = src_dict["loc"]
        for loc_item_data in _loc:
            loc_item = loc_item_data

            loc.append(loc_item)

        msg = src_dict["msg"]
        type_ = src_dict["type"]
        validation_error_item = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            validation_error_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return validation_error_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
