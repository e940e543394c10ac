from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SandboxPackage(ResponseModel):
    """A package that can be added to a sandbox image."""

    if TYPE_CHECKING:
        name: str
        """ Package name. """
        description: None | str

        def __init__(
            self,
            *,
            name: str,
            description: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxPackage: ...

    else:
        name = _Field("name", None)
        description = _Field("description", None, None)
