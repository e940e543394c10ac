from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SandboxImageTemplate(ResponseModel):
    """A starting point for building a sandbox image."""

    if TYPE_CHECKING:
        name: str
        """ Template name. """
        base_image: str
        """ Image the template builds on. """
        description: None | str

        def __init__(
            self,
            *,
            name: str,
            base_image: str,
            description: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxImageTemplate: ...

    else:
        name = _Field("name", None)
        base_image = _Field("base_image", None)
        description = _Field("description", None, None)
