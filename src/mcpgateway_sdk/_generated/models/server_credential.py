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


class ServerCredential(ResponseModel):
    """A stored server credential; the value is masked."""

    if TYPE_CHECKING:
        id: UUID
        """ Credential id. """
        name: str
        """ Credential name. """
        credential_type: str
        """ Credential type. Known values: `api_key`, `oauth2`, `bearer`, `basic`. """
        masked_value: str
        """ The value with most characters hidden. """
        created_at: datetime.datetime
        """ Creation time. """
        header_name: None | str
        """ HTTP header that carries the value. """
        prefix: None | str
        """ Text put before the value. """
        ownership_type: str
        """ Who may use it. Known values: `managed`, `user`, `operational`. """
        is_required: bool
        """ Whether the server needs it to work. """
        description: None | str
        """ Notes. """

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            credential_type: str,
            masked_value: str,
            created_at: datetime.datetime,
            header_name: None | str = None,
            prefix: None | str = None,
            ownership_type: str = "managed",
            is_required: bool = False,
            description: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerCredential: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        credential_type = _Field("credential_type", None)
        masked_value = _Field("masked_value", None)
        created_at = _Field("created_at", _convert_created_at)
        header_name = _Field("header_name", None, None)
        prefix = _Field("prefix", None, None)
        ownership_type = _Field("ownership_type", None, "managed")
        is_required = _Field("is_required", None, False)
        description = _Field("description", None, None)
