from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ErrorDetail(ResponseModel):
    """A machine-readable error code with a human-readable message."""

    if TYPE_CHECKING:
        code: str
        """ Machine-readable error code, e.g. `NOT_FOUND`, `CONFLICT`, `FORBIDDEN`, `UNAUTHORIZED`, `VALIDATION_ERROR`,
        `RATE_LIMITED`, or a specific one such as `skill-file-missing` or `GENERATION_JOB_BUSY`. """
        message: str
        """ Human-readable reason. """
        details: Any
        """ More about the error, by code. """

        def __init__(
            self,
            *,
            code: str,
            message: str,
            details: Any = {},
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ErrorDetail: ...

    else:
        code = _Field("code", None)
        message = _Field("message", None)
        details = _Field("details", None, {})
