from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_user_id(data: Any) -> UUID:
    user_id = UUID(data)

    return user_id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


class BasicConnection(ResponseModel):
    """A stored username/password connection; the password is not returned."""

    if TYPE_CHECKING:
        id: UUID
        """ Connection id. """
        server_id: UUID
        user_id: UUID
        username: str
        created_at: datetime.datetime
        updated_at: datetime.datetime
        auth_method: str
        connection_data: Any | None
        """ Non-secret settings for the connection (credential-like keys are rejected). """
        is_valid: bool

        def __init__(
            self,
            *,
            id: UUID,
            server_id: UUID,
            user_id: UUID,
            username: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            auth_method: str = "basic",
            connection_data: Any | None = None,
            is_valid: bool = True,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BasicConnection: ...

    else:
        id = _Field("id", _convert_id)
        server_id = _Field("server_id", _convert_server_id)
        user_id = _Field("user_id", _convert_user_id)
        username = _Field("username", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        auth_method = _Field("auth_method", None, "basic")
        connection_data = _Field("connection_data", None, None)
        is_valid = _Field("is_valid", None, True)
