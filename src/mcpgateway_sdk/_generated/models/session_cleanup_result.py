from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SessionCleanupResult(ResponseModel):
    """Outcome of a cleanup run."""

    if TYPE_CHECKING:
        cleaned_count: int
        """ Expired sessions that were closed. """

        def __init__(
            self,
            *,
            cleaned_count: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SessionCleanupResult: ...

    else:
        cleaned_count = _Field("cleaned_count", None)
