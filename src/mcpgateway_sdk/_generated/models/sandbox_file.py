from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_modified_at(data: Any) -> datetime.datetime | None:
    _modified_at = data
    modified_at: datetime.datetime | None
    if _modified_at is None:
        modified_at = None
    else:
        try:
            if not isinstance(_modified_at, str):
                raise TypeError()
            modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at)

            modified_at = modified_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            modified_at = _modified_at

    return modified_at


class SandboxFile(ResponseModel):
    """A file or directory inside a sandbox."""

    if TYPE_CHECKING:
        name: str
        """ Entry name, without its directory. """
        path: str
        """ Full path inside the sandbox. """
        size: int
        """ Size in bytes (0 for directories). """
        is_directory: bool
        modified_at: datetime.datetime | None

        def __init__(
            self,
            *,
            name: str,
            path: str = "",
            size: int = 0,
            is_directory: bool = False,
            modified_at: datetime.datetime | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxFile: ...

    else:
        name = _Field("name", None)
        path = _Field("path", None, "")
        size = _Field("size", None, 0)
        is_directory = _Field("is_directory", None, False)
        modified_at = _Field("modified_at", _convert_modified_at, None)
