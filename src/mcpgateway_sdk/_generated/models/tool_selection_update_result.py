from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ToolSelectionUpdateResult(ResponseModel):
    """Outcome of a tool selection change."""

    if TYPE_CHECKING:
        updated: int
        """ Tools changed. """

        def __init__(
            self,
            *,
            updated: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ToolSelectionUpdateResult: ...

    else:
        updated = _Field("updated", None)
