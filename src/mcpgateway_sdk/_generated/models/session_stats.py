from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SessionStats(ResponseModel):
    """Session counters for the whole gateway."""

    if TYPE_CHECKING:
        total_active: int
        server_sessions: int
        """ Active sessions bound to a server. """
        bundle_sessions: int
        """ Active sessions bound to a bundle. """
        expired_not_cleaned: int
        """ Expired sessions still waiting for cleanup. """
        idle_sessions: int

        def __init__(
            self,
            *,
            total_active: int,
            server_sessions: int,
            bundle_sessions: int,
            expired_not_cleaned: int,
            idle_sessions: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SessionStats: ...

    else:
        total_active = _Field("total_active", None)
        server_sessions = _Field("server_sessions", None)
        bundle_sessions = _Field("bundle_sessions", None)
        expired_not_cleaned = _Field("expired_not_cleaned", None)
        idle_sessions = _Field("idle_sessions", None)
