from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_checked_at(data: Any) -> datetime.datetime:
    checked_at = datetime.datetime.fromisoformat(data)

    return checked_at


class ServerHealth(ResponseModel):
    """Result of starting, stopping or checking a server."""

    if TYPE_CHECKING:
        server_id: UUID
        """ Server id. """
        server_name: str
        """ Server name. """
        previous_status: str
        """ Status before the call. Known values: `pending`, `running`, `stopped`, `error`. """
        current_status: str
        """ Status after the call. Known values: `pending`, `running`, `stopped`, `error`. """
        message: str
        """ What happened. """
        checked_at: datetime.datetime
        """ When the check ran. """

        def __init__(
            self,
            *,
            server_id: UUID,
            server_name: str,
            previous_status: str,
            current_status: str,
            message: str,
            checked_at: datetime.datetime,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerHealth: ...

    else:
        server_id = _Field("server_id", _convert_server_id)
        server_name = _Field("server_name", None)
        previous_status = _Field("previous_status", None)
        current_status = _Field("current_status", None)
        message = _Field("message", None)
        checked_at = _Field("checked_at", _convert_checked_at)
