from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_skill_id(data: Any) -> UUID:
    skill_id = UUID(data)

    return skill_id


class AttachResult(ResponseModel):
    """A skill attached to a server."""

    if TYPE_CHECKING:
        attachment_id: str
        server_id: UUID
        skill_id: UUID
        tools_registered: list[str]
        """ Tools the attachment added to the server. """

        def __init__(
            self,
            *,
            attachment_id: str,
            server_id: UUID,
            skill_id: UUID,
            tools_registered: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> AttachResult: ...

    else:
        attachment_id = _Field("attachment_id", None)
        server_id = _Field("server_id", _convert_server_id)
        skill_id = _Field("skill_id", _convert_skill_id)
        tools_registered = _Field("tools_registered", None, [])
