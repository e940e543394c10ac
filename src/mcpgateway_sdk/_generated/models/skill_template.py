from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SkillTemplate(ResponseModel):
    """A starting point for writing a SKILL.md."""

    if TYPE_CHECKING:
        id: str
        name: str
        description: str
        category: str
        skill_md_template: str
        """ SKILL.md text with placeholders. """
        tags: list[str]

        def __init__(
            self,
            *,
            id: str,
            name: str,
            description: str,
            category: str,
            skill_md_template: str,
            tags: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SkillTemplate: ...

    else:
        id = _Field("id", None)
        name = _Field("name", None)
        description = _Field("description", None)
        category = _Field("category", None)
        skill_md_template = _Field("skill_md_template", None)
        tags = _Field("tags", None, [])
