from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ServerAssignment(ResponseModel):
    """Outcome of adding a server's tools to a bundle."""

    if TYPE_CHECKING:
        tools_added: int
        """ Tools newly added. """
        tools_existing: int
        """ Tools that were already in the bundle. """

        def __init__(
            self,
            *,
            tools_added: int,
            tools_existing: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerAssignment: ...

    else:
        tools_added = _Field("tools_added", None)
        tools_existing = _Field("tools_existing", None)
