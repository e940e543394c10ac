from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


class ConnectionServerSummary(ResponseModel):
    """Short description of a connection's server."""

    if TYPE_CHECKING:
        id: UUID
        name: str
        display_name: str
        logo_url: None | str

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            display_name: str,
            logo_url: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectionServerSummary: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        display_name = _Field("display_name", None)
        logo_url = _Field("logo_url", None, None)
