from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ErrorDetail
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415

    _lazy_imported = True


def _convert_error(data: Any) -> ErrorDetail | None:
    if not _lazy_imported:
        _import_lazy()
    error = ErrorDetail.from_dict(data)

    return error


class HTTPError(ResponseModel):
    """Error body for every failure but request validation: the envelope `{"error": {"code", "message", "details"}}`, the
    generic `{"detail": reason}`, or both (the local gateway sends both, with the same message, so clients that read
    only `detail` keep working).

    """

    if TYPE_CHECKING:
        detail: str | None
        """ Human-readable reason (the `detail` shape). """
        error: ErrorDetail | None
        """ A machine-readable error code with a human-readable message. """

        def __init__(
            self,
            *,
            detail: str | None = None,
            error: ErrorDetail | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HTTPError: ...

    else:
        detail = _Field("detail", None, None)
        error = _Field("error", _convert_error, None, nested=True)
