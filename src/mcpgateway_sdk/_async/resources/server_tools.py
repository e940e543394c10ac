"""The tool methods of `gw.servers`: a server's tools, their overrides, the tool selection, and
the tools of local servers. `AsyncServers` inherits them."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._helpers import parse_list, parse_model, request_body
from ..._inputs import given
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import (
        correct_tool_schema,
        create_local_tool,
        delete_local_tool,
        get_tool_selection,
        list_server_tools,
        reset_tool_overrides,
        sync_local_tools,
        sync_server_tools,
        update_local_tool,
        update_tool_overrides,
        update_tool_selection,
    )
    from ..._generated.models import (
        LocalToolCreate,
        LocalToolSync,
        LocalToolSyncResult,
        LocalToolUpdate,
        ServerTool,
        ToolOverrides,
        ToolSelection,
        ToolSelectionUpdate,
        ToolSelectionUpdateResult,
        ToolSyncResult,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "correct_tool_schema create_local_tool delete_local_tool get_tool_selection list_server_tools reset_tool_overrides sync_local_tools sync_server_tools update_local_tool update_tool_overrides update_tool_selection",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "LocalToolCreate LocalToolSync LocalToolSyncResult LocalToolUpdate ServerTool ToolOverrides ToolSelection ToolSelectionUpdate ToolSelectionUpdateResult ToolSyncResult",
    )

__all__ = ["AsyncServerTools"]


class AsyncServerTools(AsyncResource):
    """Tools of a server: list, override, select, sync; create and change a local server's tools."""

    async def list_tools(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> builtins.list[ServerTool]:
        """The server's tools (plain names, overrides applied)."""
        request = list_server_tools._get_kwargs(server_id=str(server_id))
        return parse_list(await self._core.request_json(request, options), ServerTool)

    async def update_tool_overrides(
        self,
        server_id: str | UUID,
        tool_id: str | UUID,
        overrides: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ServerTool:
        """Override a tool's `name`, `description` or `input_schema`; returns the tool as exposed.

        The mapping is sent as given (unknown keys included).
        """
        body = request_body(ToolOverrides, overrides, "update_tool_overrides")
        request = update_tool_overrides._get_kwargs(
            server_id=str(server_id), tool_id=str(tool_id), body=body
        )
        return parse_model(await self._core.request_json(request, options), ServerTool)

    async def reset_tool_overrides(
        self, server_id: str | UUID, tool_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove a tool's overrides (back to what the server reports)."""
        request = reset_tool_overrides._get_kwargs(server_id=str(server_id), tool_id=str(tool_id))
        await self._core.request_json(request, options)

    async def correct_tool_schema(
        self, server_id: str | UUID, tool_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerTool:
        """Have the gateway repair a tool's input schema; returns the corrected tool."""
        request = correct_tool_schema._get_kwargs(server_id=str(server_id), tool_id=str(tool_id))
        return parse_model(await self._core.request_json(request, options), ServerTool)

    async def get_tool_selection(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ToolSelection:
        """Every tool of the server with whether it is exposed (`items[].enabled`)."""
        request = get_tool_selection._get_kwargs(server_id=str(server_id))
        return parse_model(await self._core.request_json(request, options), ToolSelection)

    async def update_tool_selection(
        self, server_id: str | UUID, tools: Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> ToolSelectionUpdateResult:
        """Expose or hide tools: `tools` is `{"tool_ids": [...], "enabled": bool}`.

        Returns how many tools changed (`updated`). Unknown keys are sent as given.
        """
        if isinstance(tools, Mapping) and isinstance(tools.get("tool_ids"), (str, bytes)):
            raise TypeError("tool_ids must be a list of tool ids, got a single string")
        body = request_body(ToolSelectionUpdate, tools, "update_tool_selection")
        request = update_tool_selection._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(
            await self._core.request_json(request, options), ToolSelectionUpdateResult
        )

    async def sync_tools(
        self,
        server_id: str | UUID,
        *,
        update_bundles: bool = True,
        generate_embeddings: bool = True,
        **options: Unpack[RequestOptions],
    ) -> ToolSyncResult:
        """Re-read the server's tool list; returns the names added, removed and modified.

        `update_bundles` puts new or renamed tools into the bundles that curate the server;
        `generate_embeddings` indexes them for semantic search. Both are always sent, `true` by
        default as in SDK 0.61 (0.28 sent neither, so the gateway's default `false` applied
        to `generate_embeddings`).
        """
        request = sync_server_tools._get_kwargs(
            server_id=str(server_id),
            update_bundles=bool(update_bundles),
            generate_embeddings=bool(generate_embeddings),
        )
        data = await self._core.request_json(request, options, idempotent=True)
        return parse_model(data, ToolSyncResult)

    async def create_tool(
        self,
        server_id: str | UUID,
        *,
        name: str,
        description: str | NotGiven = NOT_GIVEN,
        input_schema: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ServerTool:
        """Add a tool to a local server and return it.

        `name` is the plain name (no `server__` prefix); `description` (default `""`) and
        `input_schema` (the JSON Schema of its arguments, default `{}`) are optional.
        """
        fields = given(name=name, description=description, input_schema=input_schema)
        body = request_body(LocalToolCreate, fields, "create_tool")
        request = create_local_tool._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), ServerTool)

    async def update_tool(
        self,
        server_id: str | UUID,
        tool_id: str | UUID,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        input_schema: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ServerTool:
        """Change the given fields (`name`, `description`, `input_schema`) of a local server's
        tool; only the parameters passed are sent. Returns the tool."""
        fields = given(name=name, description=description, input_schema=input_schema)
        body = request_body(LocalToolUpdate, fields, "update_tool")
        request = update_local_tool._get_kwargs(
            server_id=str(server_id), tool_id=str(tool_id), body=body
        )
        return parse_model(await self._core.request_json(request, options), ServerTool)

    async def delete_tool(
        self, server_id: str | UUID, tool_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a local server's tool."""
        request = delete_local_tool._get_kwargs(server_id=str(server_id), tool_id=str(tool_id))
        await self._core.request_json(request, options)

    async def sync_local_tools(
        self,
        server_id: str | UUID,
        tools: Iterable[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> LocalToolSyncResult:
        """Make a local server's tools exactly `tools`, in one atomic step.

        Each tool is `{"name": ..., "description": ..., "input_schema": {...}}` with its plain
        name (no `server__` prefix). Tools not listed are removed. Returns the added, updated and
        removed counts.
        """
        if isinstance(tools, (str, bytes, Mapping)):
            raise TypeError("tools must be a list of tool definitions (mappings)")
        items = builtins.list(tools)
        for item in items:
            if not isinstance(item, Mapping):
                raise TypeError(f"each tool must be a mapping, got {type(item).__name__}")
        body = request_body(LocalToolSync, {"tools": items}, "sync_local_tools")
        request = sync_local_tools._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), LocalToolSyncResult)
