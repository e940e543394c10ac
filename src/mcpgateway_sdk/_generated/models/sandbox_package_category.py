from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.sandbox_package import SandboxPackage

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxPackage
    from ..models.sandbox_package import SandboxPackage  # noqa: PLC0415

    _lazy_imported = True


def _convert_packages(data: Any) -> list[SandboxPackage]:
    if not _lazy_imported:
        _import_lazy()
    packages = []
    _packages = data
    for packages_item_data in _packages:
        packages_item = SandboxPackage.from_dict(packages_item_data)

        packages.append(packages_item)

    return packages


class SandboxPackageCategory(ResponseModel):
    """A group of related packages."""

    if TYPE_CHECKING:
        name: str
        """ Category name. """
        description: None | str
        packages: list[SandboxPackage]
        """ Packages in this category. """

        def __init__(
            self,
            *,
            name: str,
            description: None | str = None,
            packages: list[SandboxPackage] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxPackageCategory: ...

    else:
        name = _Field("name", None)
        description = _Field("description", None, None)
        packages = _Field("packages", _convert_packages, [], nested=True)
