from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "category": ("category", False),
    "raw_message": ("raw_message", False),
    "user_message": ("user_message", False),
    "action_type": ("action_type", False),
    "action_label": ("action_label", True),
    "action_url": ("action_url", True),
    "action_data": ("action_data", True),
    "extracted_values": ("extracted_values", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class EnrichedError(ModelMapping):
    """A server error explained for people, with a suggested fix."""

    category: str
    """ Error class. Known values: `package_not_found`, `missing_credentials`, `auth_failed`, `connection_failed`,
    `timeout`, `container_not_found`, `python_package_not_found`, `server_compatibility`, `unknown`. """
    raw_message: str
    """ The original error text. """
    user_message: str
    """ A plain explanation of the error. """
    action_type: str | Unset = "none"
    """ Suggested fix. Known values: `fix_config`, `add_credentials`, `retry`, `view_docs`, `none`. """
    action_label: None | str | Unset = UNSET
    """ Label for the suggested fix. """
    action_url: None | str | Unset = UNSET
    """ Link that helps with the fix. """
    action_data: Any | None | Unset = UNSET
    """ Extra data for the fix. """
    extracted_values: list[str] | None | Unset = UNSET
    """ Values picked out of the error text, such as missing variable names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        raw_message = self.raw_message

        user_message = self.user_message

        action_type = self.action_type

        action_label: None | str | Unset
        if isinstance(self.action_label, Unset):
            action_label = UNSET
        else:
            action_label = self.action_label

        action_url: None | str | Unset
        if isinstance(self.action_url, Unset):
            action_url = UNSET
        else:
            action_url = self.action_url

        action_data: Any | None | Unset
        if isinstance(self.action_data, Unset):
            action_data = UNSET
        else:
            action_data = self.action_data

        extracted_values: list[str] | None | Unset
        if isinstance(self.extracted_values, Unset):
            extracted_values = UNSET
        elif isinstance(self.extracted_values, list):
            extracted_values = self.extracted_values

        else:
            extracted_values = self.extracted_values

        field_dict: dict[str, Any] = {
            "category": category,
            "raw_message": raw_message,
            "user_message": user_message,
        }
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_label is not UNSET:
            field_dict["action_label"] = action_label
        if action_url is not UNSET:
            field_dict["action_url"] = action_url
        if action_data is not UNSET:
            field_dict["action_data"] = action_data
        if extracted_values is not UNSET:
            field_dict["extracted_values"] = extracted_values
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        category = src_dict["category"]
        raw_message = src_dict["raw_message"]
        user_message = src_dict["user_message"]
        action_type = src_dict.get("action_type", UNSET)
        action_label = src_dict.get("action_label", UNSET)

        action_url = src_dict.get("action_url", UNSET)

        action_data = src_dict.get("action_data", UNSET)

        _extracted_values = src_dict.get("extracted_values", UNSET)
        extracted_values: list[str] | None | Unset
        if _extracted_values is None:
            extracted_values = None
        elif _extracted_values is UNSET:
            extracted_values = UNSET
        else:
            try:
                if not isinstance(_extracted_values, list):
                    raise TypeError()
                extracted_values_type_0 = cast(list[str], _extracted_values)

                extracted_values = extracted_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                extracted_values = _extracted_values

        enriched_error = cls(
            category=category,
            raw_message=raw_message,
            user_message=user_message,
            action_type=action_type,
            action_label=action_label,
            action_url=action_url,
            action_data=action_data,
            extracted_values=extracted_values,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            enriched_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return enriched_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
