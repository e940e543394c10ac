from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.validation_error_item import ValidationErrorItem

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ValidationErrorItem
    from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

    _lazy_imported = True


def _convert_detail(data: Any) -> list[ValidationErrorItem]:
    if not _lazy_imported:
        _import_lazy()
    detail = []
    _detail = data
    for detail_item_data in _detail:
        detail_item = ValidationErrorItem.from_dict(detail_item_data)

        detail.append(detail_item)

    return detail


class HTTPValidationError(ResponseModel):
    """Body of a 422 response: every problem found in the request."""

    if TYPE_CHECKING:
        detail: list[ValidationErrorItem]

        def __init__(
            self,
            *,
            detail: list[ValidationErrorItem],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HTTPValidationError: ...

    else:
        detail = _Field("detail", _convert_detail, nested=True)
