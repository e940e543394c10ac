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


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


class ExistingConnectionSummary(ResponseModel):
    """A connection the user already has to a server."""

    if TYPE_CHECKING:
        id: UUID
        """ Connection id. """
        credential_type: str
        """ Credential type. """
        created_at: datetime.datetime
        """ Creation time. """
        provider_name: None | str
        """ OAuth provider, for OAuth connections. """
        is_valid: bool
        """ Whether the connection still works. """

        def __init__(
            self,
            *,
            id: UUID,
            credential_type: str,
            created_at: datetime.datetime,
            provider_name: None | str = None,
            is_valid: bool = True,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ExistingConnectionSummary: ...

    else:
        id = _Field("id", _convert_id)
        credential_type = _Field("credential_type", None)
        created_at = _Field("created_at", _convert_created_at)
        provider_name = _Field("provider_name", None, None)
        is_valid = _Field("is_valid", None, True)
