from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.tool_overrides import ToolOverrides

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ToolOverrides
    from ..models.tool_overrides import ToolOverrides  # noqa: PLC0415

    _lazy_imported = True


def _convert_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    id = UUID(data)

    return id


def _convert_overrides(data: Any) -> None | ToolOverrides:
    if not _lazy_imported:
        _import_lazy()
    _overrides = data
    overrides: None | ToolOverrides
    if _overrides is None:
        overrides = None
    else:
        try:
            if not isinstance(_overrides, dict):
                raise TypeError()
            overrides_type_0 = ToolOverrides.from_dict(_overrides)

            overrides = overrides_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            overrides = _overrides

    return overrides


class ServerTool(ResponseModel):
    """A tool of one server."""

    if TYPE_CHECKING:
        id: UUID
        """ Tool id. """
        name: str
        """ Tool name without the `<server>__` prefix. Overrides applied. """
        description: str
        """ Tool description, overrides applied. """
        input_schema: Any
        """ JSON Schema of the tool's arguments, overrides applied. """
        has_embedding: bool
        """ Whether the tool is indexed for semantic search. """
        enabled: bool
        """ Whether the tool is selected (exposed). """
        overrides: None | ToolOverrides
        """ Overrides in effect; null when none. """

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            description: str,
            input_schema: Any,
            has_embedding: bool,
            enabled: bool = True,
            overrides: None | ToolOverrides = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerTool: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        description = _Field("description", None)
        input_schema = _Field("input_schema", None)
        has_embedding = _Field("has_embedding", None)
        enabled = _Field("enabled", None, True)
        overrides = _Field("overrides", _convert_overrides, None, nested=True)
