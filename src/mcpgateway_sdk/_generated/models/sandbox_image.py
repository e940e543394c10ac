from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SandboxImage(ResponseModel):
    """A container image sandboxes can run."""

    if TYPE_CHECKING:
        name: str
        """ Image repository name. """
        tag: str
        """ Image tag. """
        description: None | str

        def __init__(
            self,
            *,
            name: str,
            tag: str,
            description: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxImage: ...

    else:
        name = _Field("name", None)
        tag = _Field("tag", None)
        description = _Field("description", None, None)
