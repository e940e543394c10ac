from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.validation_error_item import ValidationErrorItem

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ErrorDetail, ValidationErrorItem
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415
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


def _convert_error(data: Any) -> ErrorDetail | None:
    if not _lazy_imported:
        _import_lazy()
    error = ErrorDetail.from_dict(data)

    return error


class HTTPValidationError(ResponseModel):
    """Body of a 422 response: every problem found in the request. A problem with an error code (a refused skill package)
    also carries the `error` envelope.

    """

    if TYPE_CHECKING:
        detail: list[ValidationErrorItem]
        error: ErrorDetail | None
        """ A machine-readable error code with a human-readable message. """

        def __init__(
            self,
            *,
            detail: list[ValidationErrorItem],
            error: ErrorDetail | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HTTPValidationError: ...

    else:
        detail = _Field("detail", _convert_detail, nested=True)
        error = _Field("error", _convert_error, None, nested=True)
