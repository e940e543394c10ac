from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


class ConnectionUserSummary(ResponseModel):
    """Short description of a connection's owner."""

    if TYPE_CHECKING:
        id: UUID
        email: str
        name: None | str

        def __init__(
            self,
            *,
            id: UUID,
            email: str,
            name: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectionUserSummary: ...

    else:
        id = _Field("id", _convert_id)
        email = _Field("email", None)
        name = _Field("name", None, None)
