from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "path": ("path", False),
    "size": ("size", False),
    "is_directory": ("is_directory", False),
    "modified_at": ("modified_at", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxFile(ModelMapping):
    """A file or directory inside a sandbox."""

    name: str
    """ Entry name, without its directory. """
    path: str | Unset = ""
    """ Full path inside the sandbox. """
    size: int | Unset = 0
    """ Size in bytes (0 for directories). """
    is_directory: bool | Unset = False
    modified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        size = self.size

        is_directory = self.is_directory

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if is_directory is not UNSET:
            field_dict["is_directory"] = is_directory
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        path = src_dict.get("path", UNSET)
        size = src_dict.get("size", UNSET)
        is_directory = src_dict.get("is_directory", UNSET)
        _modified_at = src_dict.get("modified_at", UNSET)
        modified_at: datetime.datetime | None | Unset
        if _modified_at is None:
            modified_at = None
        elif _modified_at is UNSET:
            modified_at = UNSET
        else:
            try:
                if not isinstance(_modified_at, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at)

                modified_at = modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_at = _modified_at

        sandbox_file = cls(
            name=name,
            path=path,
            size=size,
            is_directory=is_directory,
            modified_at=modified_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
