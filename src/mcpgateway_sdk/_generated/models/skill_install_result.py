from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SkillInstallResult(ResponseModel):
    """Outcome of a skill install into a sandbox."""

    if TYPE_CHECKING:
        installed: int
        """ Number of skills installed. """
        errors: list[str]
        """ One message per skill that could not be installed. """

        def __init__(
            self,
            *,
            installed: int = 0,
            errors: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SkillInstallResult: ...

    else:
        installed = _Field("installed", None, 0)
        errors = _Field("errors", None, [])
