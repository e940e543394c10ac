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


def _convert_bundle_id(data: Any) -> UUID:
    bundle_id = UUID(data)

    return bundle_id


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_user_connection_id(data: Any) -> UUID:
    user_connection_id = UUID(data)

    return user_connection_id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


class BundleConnection(ResponseModel):
    """A user connection the bundle uses for one server."""

    if TYPE_CHECKING:
        id: UUID
        """ Id of this assignment. """
        bundle_id: UUID
        server_id: UUID
        user_connection_id: UUID
        """ The assigned connection. """
        server_name: str
        created_at: datetime.datetime
        provider_name: None | str
        provider_email: None | str
        is_valid: bool
        """ Whether the connection's credential still works. """

        def __init__(
            self,
            *,
            id: UUID,
            bundle_id: UUID,
            server_id: UUID,
            user_connection_id: UUID,
            server_name: str,
            created_at: datetime.datetime,
            provider_name: None | str = None,
            provider_email: None | str = None,
            is_valid: bool = True,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleConnection: ...

    else:
        id = _Field("id", _convert_id)
        bundle_id = _Field("bundle_id", _convert_bundle_id)
        server_id = _Field("server_id", _convert_server_id)
        user_connection_id = _Field("user_connection_id", _convert_user_connection_id)
        server_name = _Field("server_name", None)
        created_at = _Field("created_at", _convert_created_at)
        provider_name = _Field("provider_name", None, None)
        provider_email = _Field("provider_email", None, None)
        is_valid = _Field("is_valid", None, True)
