from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_connection_id(data: Any) -> None | UUID:
    _connection_id = data
    connection_id: None | UUID
    if _connection_id is None:
        connection_id = None
    else:
        try:
            if not isinstance(_connection_id, str):
                raise TypeError()
            connection_id_type_0 = UUID(_connection_id)

            connection_id = connection_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            connection_id = _connection_id

    return connection_id


class OAuthCallbackResult(ResponseModel):
    """What an OAuth callback completed."""

    if TYPE_CHECKING:
        status: str
        """ `authorized`. """
        kind: str
        """ `discovery` (a server's own grant) or `connection` (a user connection). """
        server_id: UUID
        """ The server authorized. """
        connection_id: None | UUID
        """ The connection made or reconnected (kind `connection`). """

        def __init__(
            self,
            *,
            status: str,
            kind: str,
            server_id: UUID,
            connection_id: None | UUID = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthCallbackResult: ...

    else:
        status = _Field("status", None)
        kind = _Field("kind", None)
        server_id = _Field("server_id", _convert_server_id)
        connection_id = _Field("connection_id", _convert_connection_id, None)
