from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, ModelMapping

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "file": ("file", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillPackageUpdate(ModelMapping):
    """Multipart form replacing a skill's package."""

    file: File
    """ A `.zip`, `.skill` or `.md` (SKILL.md) file; its front-matter name must equal the skill's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {
            "file": file,
        }
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        file = File(payload=BytesIO(src_dict["file"]))

        skill_package_update = cls(
            file=file,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_package_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_package_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
