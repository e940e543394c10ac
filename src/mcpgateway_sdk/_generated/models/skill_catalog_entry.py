from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SkillCatalogEntry(ResponseModel):
    """A skill offered by a catalog source."""

    if TYPE_CHECKING:
        name: str
        description: str
        source: str
        """ Catalog source the entry belongs to. """
        source_url: str
        author: None | str
        version: None | str
        tags: list[str]
        license_: None | str
        files: list[str]
        """ Files in the skill package. """
        metadata: Any
        """ Extra facts, e.g. install counts. """

        def __init__(
            self,
            *,
            name: str,
            description: str = "",
            source: str = "",
            source_url: str = "",
            author: None | str = None,
            version: None | str = None,
            tags: list[str] = [],
            license_: None | str = None,
            files: list[str] = [],
            metadata: Any = {},
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SkillCatalogEntry: ...

    else:
        name = _Field("name", None)
        description = _Field("description", None, "")
        source = _Field("source", None, "")
        source_url = _Field("source_url", None, "")
        author = _Field("author", None, None)
        version = _Field("version", None, None)
        tags = _Field("tags", None, [])
        license_ = _Field("license", None, None)
        files = _Field("files", None, [])
        metadata = _Field("metadata", None, {})
