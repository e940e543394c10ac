from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_timestamp(data: Any) -> datetime.datetime:
    timestamp = datetime.datetime.fromisoformat(data)

    return timestamp


class SandboxActivity(ResponseModel):
    """One event in a sandbox's history."""

    if TYPE_CHECKING:
        action: str
        """ What happened, e.g. `created`, `exec`, `stopped`. """
        timestamp: datetime.datetime
        """ When it happened. """
        detail: Any | None
        """ Extra data about the event. """

        def __init__(
            self,
            *,
            action: str,
            timestamp: datetime.datetime,
            detail: Any | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxActivity: ...

    else:
        action = _Field("action", None)
        timestamp = _Field("timestamp", _convert_timestamp)
        detail = _Field("detail", None, None)
