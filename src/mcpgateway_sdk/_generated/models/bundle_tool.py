from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_tool_id(data: Any) -> UUID:
    tool_id = UUID(data)

    return tool_id


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


class BundleTool(ResponseModel):
    """A tool as it appears in a bundle."""

    if TYPE_CHECKING:
        id: UUID
        """ Id of this bundle-tool row. """
        tool_id: UUID
        """ Id of the underlying MCP tool. """
        original_name: str
        """ The tool's own name. """
        original_description: str
        """ The tool's own description. """
        server_id: UUID
        """ Server that provides the tool. """
        server_name: str
        input_schema: Any
        """ JSON Schema of the tool's arguments. """
        effective_name: str
        """ Override name if set, else the original name. """
        effective_description: str
        """ Override description if set, else the original description. """
        created_at: datetime.datetime
        updated_at: datetime.datetime
        override_name: None | str
        override_description: None | str
        enabled: bool
        display_order: int
        has_override_embedding: bool
        """ Whether search uses an embedding of the override text. """
        display_name: None | str
        tool_name: str
        """ Qualified tool name (`<server>__<tool>`). """

        def __init__(
            self,
            *,
            id: UUID,
            tool_id: UUID,
            original_name: str,
            original_description: str,
            server_id: UUID,
            server_name: str,
            input_schema: Any,
            effective_name: str,
            effective_description: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            override_name: None | str = None,
            override_description: None | str = None,
            enabled: bool = True,
            display_order: int = 0,
            has_override_embedding: bool = False,
            display_name: None | str = None,
            tool_name: str = "",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleTool: ...

    else:
        id = _Field("id", _convert_id)
        tool_id = _Field("tool_id", _convert_tool_id)
        original_name = _Field("original_name", None)
        original_description = _Field("original_description", None)
        server_id = _Field("server_id", _convert_server_id)
        server_name = _Field("server_name", None)
        input_schema = _Field("input_schema", None)
        effective_name = _Field("effective_name", None)
        effective_description = _Field("effective_description", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        override_name = _Field("override_name", None, None)
        override_description = _Field("override_description", None, None)
        enabled = _Field("enabled", None, True)
        display_order = _Field("display_order", None, 0)
        has_override_embedding = _Field("has_override_embedding", None, False)
        display_name = _Field("display_name", None, None)
        tool_name = _Field("tool_name", None, "")
