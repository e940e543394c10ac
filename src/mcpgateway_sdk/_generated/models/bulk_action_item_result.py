from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


class BulkActionItemResult(ResponseModel):
    """Outcome of a bulk action for one server."""

    if TYPE_CHECKING:
        server_id: UUID
        """ Server id. """
        status: str
        """ Outcome for this server. """
        error: None | str
        """ Why it failed, if it did. """

        def __init__(
            self,
            *,
            server_id: UUID,
            status: str,
            error: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BulkActionItemResult: ...

    else:
        server_id = _Field("server_id", _convert_server_id)
        status = _Field("status", None)
        error = _Field("error", None, None)
