from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.hmac_recipe import HmacRecipe

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, HmacRecipe
    from ..models.hmac_recipe import HmacRecipe  # noqa: PLC0415

    _lazy_imported = True


def _convert_recipe(data: Any) -> HmacRecipe:
    if not _lazy_imported:
        _import_lazy()
    recipe = HmacRecipe.from_dict(data)

    return recipe


class HmacConfig(ResponseModel):
    """HMAC request signing."""

    if TYPE_CHECKING:
        recipe: HmacRecipe
        """ How a request is signed with HMAC. """

        def __init__(
            self,
            *,
            recipe: HmacRecipe,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HmacConfig: ...

    else:
        recipe = _Field("recipe", _convert_recipe, nested=True)
