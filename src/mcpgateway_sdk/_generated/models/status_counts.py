from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class StatusCounts(ResponseModel):
    """Number of servers in each status."""

    if TYPE_CHECKING:
        running: int
        stopped: int
        pending: int
        error: int

        def __init__(
            self,
            *,
            running: int = 0,
            stopped: int = 0,
            pending: int = 0,
            error: int = 0,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> StatusCounts: ...

    else:
        running = _Field("running", None, 0)
        stopped = _Field("stopped", None, 0)
        pending = _Field("pending", None, 0)
        error = _Field("error", None, 0)
