from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SessionCleanupResult(ResponseModel):
    """Counts of what the cleanup did, by name. The gateway promises no particular key; the local gateway sends
    `cleaned_count`.

    """

    if TYPE_CHECKING:
        cleaned_count: int | None
        """ Expired sessions that were closed (local gateway). """

        def __init__(
            self,
            *,
            cleaned_count: int | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SessionCleanupResult: ...

    else:
        cleaned_count = _Field("cleaned_count", None, None)
