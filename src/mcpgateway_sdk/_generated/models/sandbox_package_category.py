from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.sandbox_package import SandboxPackage

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxPackage
    from ..models.sandbox_package import SandboxPackage  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "description": ("description", True),
    "packages": ("packages", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxPackageCategory(ModelMapping):
    """A group of related packages."""

    name: str
    """ Category name. """
    description: None | str | Unset = UNSET
    packages: list[SandboxPackage] | Unset = UNSET
    """ Packages in this category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if description is not UNSET:
            field_dict["description"] = description
        if packages is not UNSET:
            field_dict["packages"] = packages
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        name = src_dict["name"]
        description = src_dict.get("description", UNSET)

        _packages = src_dict.get("packages", UNSET)
        packages: list[SandboxPackage] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = SandboxPackage.from_dict(packages_item_data)

                packages.append(packages_item)

        sandbox_package_category = cls(
            name=name,
            description=description,
            packages=packages,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_package_category.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_package_category

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
