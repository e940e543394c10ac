from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class HTTPError(ResponseModel):
    """Error body for every non-validation failure."""

    if TYPE_CHECKING:
        detail: str
        """ Human-readable reason. """

        def __init__(
            self,
            *,
            detail: str,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HTTPError: ...

    else:
        detail = _Field("detail", None)
