from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "description": ("description", False),
    "source": ("source", False),
    "source_url": ("source_url", False),
    "author": ("author", True),
    "version": ("version", True),
    "tags": ("tags", True),
    "license": ("license_", True),
    "files": ("files", True),
    "metadata": ("metadata", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillCatalogEntry(ModelMapping):
    """A skill offered by a catalog source."""

    name: str
    description: str | Unset = ""
    source: str | Unset = ""
    """ Catalog source the entry belongs to. """
    source_url: str | Unset = ""
    author: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    license_: None | str | Unset = UNSET
    files: list[str] | Unset = UNSET
    """ Files in the skill package. """
    metadata: Any | Unset = UNSET
    """ Extra facts, e.g. install counts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        source = self.source

        source_url = self.source_url

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        files: list[str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        metadata = self.metadata

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if author is not UNSET:
            field_dict["author"] = author
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags
        if license_ is not UNSET:
            field_dict["license"] = license_
        if files is not UNSET:
            field_dict["files"] = files
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        description = src_dict.get("description", UNSET)
        source = src_dict.get("source", UNSET)
        source_url = src_dict.get("source_url", UNSET)
        author = src_dict.get("author", UNSET)

        version = src_dict.get("version", UNSET)

        tags = cast(list[str], src_dict.get("tags", UNSET))

        license_ = src_dict.get("license", UNSET)

        files = cast(list[str], src_dict.get("files", UNSET))

        metadata = src_dict.get("metadata", UNSET)
        skill_catalog_entry = cls(
            name=name,
            description=description,
            source=source,
            source_url=source_url,
            author=author,
            version=version,
            tags=tags,
            license_=license_,
            files=files,
            metadata=metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_catalog_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_catalog_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
