from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "file": ("file", True),
    "mcp_server_id": ("mcp_server_id", True),
    "prefix": ("prefix", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillUpload(ModelMapping):
    """Multipart form for a skill upload."""

    file: File
    """ A `.zip`, `.skill` or `.md` (SKILL.md) file. """
    mcp_server_id: None | str | Unset = UNSET
    """ Server to link the skill to. """
    prefix: None | str | Unset = UNSET
    """ Prefix for the skill's name: the skill is named `<prefix>-<name>`. Lowercase letters, digits and single
    hyphens. Sent by later SDKs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        mcp_server_id: None | str | Unset
        if isinstance(self.mcp_server_id, Unset):
            mcp_server_id = UNSET
        else:
            mcp_server_id = self.mcp_server_id

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        field_dict: dict[str, Any] = {
            "file": file,
        }
        if mcp_server_id is not UNSET:
            field_dict["mcp_server_id"] = mcp_server_id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.mcp_server_id, Unset):
            if isinstance(self.mcp_server_id, str):
                files.append(
                    ("mcp_server_id", (None, str(self.mcp_server_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("mcp_server_id", (None, str(self.mcp_server_id).encode(), "text/plain"))
                )

        if not isinstance(self.prefix, Unset):
            if isinstance(self.prefix, str):
                files.append(("prefix", (None, str(self.prefix).encode(), "text/plain")))
            else:
                files.append(("prefix", (None, str(self.prefix).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        file = File(payload=BytesIO(src_dict["file"]))

        mcp_server_id = src_dict.get("mcp_server_id", UNSET)

        prefix = src_dict.get("prefix", UNSET)

        skill_upload = cls(
            file=file,
            mcp_server_id=mcp_server_id,
            prefix=prefix,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_upload.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
