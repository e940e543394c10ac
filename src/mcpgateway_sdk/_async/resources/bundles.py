"""`gw.bundles`: curated tool sets (from one or more servers) exposed under one bundle key."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._generated.types import UNSET
from ..._helpers import (
    opt,
    opt_id,
    parse_list,
    parse_model,
    request_body,
    str_list,
    whole_number,
)
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import numbered_page
from .._pages import AsyncPage
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.bundles import (
        add_bundle_tools,
        assign_bundle_connection,
        assign_bundle_server,
        create_bundle,
        delete_bundle,
        get_bundle,
        get_bundle_by_agent,
        list_bundle_connections,
        list_bundle_tools,
        list_bundles,
        remove_bundle_connection,
        remove_bundle_server,
        remove_bundle_tool,
        set_bundle_tool_state,
        update_bundle,
        update_bundle_tool,
    )
    from ..._generated.models import (
        AddBundleToolsRequest,
        Bundle,
        BundleConnection,
        BundleCreate,
        BundleDetail,
        BundleTool,
        BundleToolCreate,
        BundleToolState,
        BundleToolStateRequest,
        BundleToolUpdate,
        BundleUpdate,
        BundleWithKey,
        ServerAssignment,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.bundles",
        "add_bundle_tools assign_bundle_connection assign_bundle_server create_bundle delete_bundle get_bundle get_bundle_by_agent list_bundle_connections list_bundle_tools list_bundles remove_bundle_connection remove_bundle_server remove_bundle_tool set_bundle_tool_state update_bundle update_bundle_tool",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "AddBundleToolsRequest Bundle BundleConnection BundleCreate BundleDetail BundleTool BundleToolCreate BundleToolState BundleToolStateRequest BundleToolUpdate BundleUpdate BundleWithKey ServerAssignment",
    )

__all__ = ["AsyncBundles"]


def _tool_entry(item: Mapping[str, Any]) -> BundleToolCreate:
    if isinstance(item, BundleToolCreate):
        return item
    if not isinstance(item, Mapping):
        raise TypeError(f"each tool must be a dict with a 'tool_id', got {type(item).__name__}")
    if item.get("tool_id") is None:
        raise ValueError(f"each tool needs a 'tool_id', got {dict(item)!r}")
    return request_body(BundleToolCreate, {**item, "tool_id": str(item["tool_id"])}, "add_tools")


def _tool_entries(tools: Iterable[Mapping[str, Any]]) -> list[BundleToolCreate]:
    if isinstance(tools, (str, bytes, Mapping)) or not isinstance(tools, Iterable):
        raise TypeError(f"tools must be a list of dicts, got {type(tools).__name__}")
    return [_tool_entry(item) for item in tools]


def _page(page: int, page_size: int) -> None:
    whole_number(page, "page", 1)
    whole_number(page_size, "page_size", 1)


class AsyncBundles(AsyncResource):
    """Create bundles, choose their tools (with optional name/description overrides), and link
    servers, connections and an agent to them.

    A tool entry is a dict with `tool_id` (the MCP tool's id) and optionally `override_name`,
    `override_description`, `enabled`, `display_order`.
    """

    async def list(
        self,
        *,
        page: int = 1,
        page_size: int = 20,
        search: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Bundle]:
        """One page of bundles, optionally only those matching `search`.

        The page has `total`, `has_more`, `next_page()` and `auto_paging_iter()`.
        """
        _page(page, page_size)
        request = list_bundles._get_kwargs(page=page, page_size=page_size, search=opt(search))
        data = await self._core.request_json(request, options)
        return AsyncPage(
            numbered_page(data, Bundle, page, page_size),
            lambda: self.list(page=page + 1, page_size=page_size, search=search, **options),
        )

    async def get(self, bundle_id: str | UUID, **options: Unpack[RequestOptions]) -> BundleDetail:
        """One bundle with its key and tools."""
        request = get_bundle._get_kwargs(bundle_id=str(bundle_id))
        return parse_model(await self._core.request_json(request, options), BundleDetail)

    async def get_by_agent(
        self, agent_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> BundleDetail:
        """The bundle linked to an agent (an external agent identifier), with its key and tools."""
        request = get_bundle_by_agent._get_kwargs(agent_id=str(agent_id))
        return parse_model(await self._core.request_json(request, options), BundleDetail)

    async def create(
        self,
        name: str,
        *,
        description: str | None = None,
        agent_id: str | UUID | None = None,
        tools: Iterable[Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BundleWithKey:
        """A new bundle, with its `bundle_key`. Never retried once sent."""
        body = BundleCreate(
            name=name,
            description=opt(description),
            agent_id=opt_id(agent_id),
            tools=UNSET if tools is None else _tool_entries(tools),
        )
        data = await self._core.request_json(create_bundle._get_kwargs(body=body), options)
        return parse_model(data, BundleWithKey)

    async def update(
        self,
        bundle_id: str | UUID,
        *,
        name: str | None = None,
        description: str | None = None,
        agent_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> BundleWithKey:
        """Change a bundle's name, description or agent (only those given) and return it."""
        body = BundleUpdate(name=opt(name), description=opt(description), agent_id=opt_id(agent_id))
        request = update_bundle._get_kwargs(bundle_id=str(bundle_id), body=body)
        return parse_model(await self._core.request_json(request, options), BundleWithKey)

    async def delete(self, bundle_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete a bundle (its tools' servers are not touched)."""
        await self._core.request_json(delete_bundle._get_kwargs(bundle_id=str(bundle_id)), options)

    async def assign_server(
        self, bundle_id: str | UUID, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerAssignment:
        """Add every tool of a server to the bundle; counts `tools_added` and `tools_existing`."""
        request = assign_bundle_server._get_kwargs(
            bundle_id=str(bundle_id), server_id=str(server_id)
        )
        return parse_model(await self._core.request_json(request, options), ServerAssignment)

    async def remove_server(
        self, bundle_id: str | UUID, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove a server's tools from the bundle."""
        request = remove_bundle_server._get_kwargs(
            bundle_id=str(bundle_id), server_id=str(server_id)
        )
        await self._core.request_json(request, options)

    async def add_tools(
        self,
        bundle_id: str | UUID,
        tools: Iterable[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BundleTool]:
        """Add tools to the bundle; returns the added bundle tools. Never retried once sent."""
        body = AddBundleToolsRequest(tools=_tool_entries(tools))
        request = add_bundle_tools._get_kwargs(bundle_id=str(bundle_id), body=body)
        return parse_list(await self._core.request_json(request, options), BundleTool, "items")

    async def list_tools(
        self,
        bundle_id: str | UUID,
        *,
        page: int = 1,
        page_size: int = 100,
        enabled_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[BundleTool]:
        """One page of the bundle's tools: the enabled ones, or all with `enabled_only=False`.

        The page has `total`, `has_more`, `next_page()` and `auto_paging_iter()`.
        """
        _page(page, page_size)
        request = list_bundle_tools._get_kwargs(
            bundle_id=str(bundle_id),
            enabled_only=bool(enabled_only),
            page=page,
            page_size=page_size,
        )
        data = await self._core.request_json(request, options)
        return AsyncPage(
            numbered_page(data, BundleTool, page, page_size),
            lambda: self.list_tools(
                bundle_id,
                page=page + 1,
                page_size=page_size,
                enabled_only=enabled_only,
                **options,
            ),
        )

    async def set_tool_state(
        self,
        bundle_id: str | UUID,
        disabled_tool_ids: Iterable[str | UUID],
        *,
        server_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> BundleToolState:
        """Replace which of the bundle's tools are disabled, in one step; returns the counts.

        Every tool in scope (the bundle, or only `server_id`'s tools in it) that is not listed is
        enabled; ids out of scope come back in `unknown_tool_ids`. Last write wins, and repeating
        the call is harmless (so it is retried like any `PUT`).
        """
        body = BundleToolStateRequest(
            disabled_tool_ids=str_list(disabled_tool_ids, "disabled_tool_ids"),
            server_id=opt_id(server_id),
        )
        request = set_bundle_tool_state._get_kwargs(bundle_id=str(bundle_id), body=body)
        return parse_model(await self._core.request_json(request, options), BundleToolState)

    async def update_tool(
        self,
        bundle_id: str | UUID,
        tool_id: str | UUID,
        *,
        override_name: str | None = None,
        override_description: str | None = None,
        enabled: bool | None = None,
        display_order: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> BundleTool:
        """Change a bundle tool (only the fields given) and return it.

        `tool_id` is the MCP tool's id, not the bundle-tool row's.
        """
        body = BundleToolUpdate(
            override_name=opt(override_name),
            override_description=opt(override_description),
            enabled=opt(enabled),
            display_order=opt(display_order),
        )
        request = update_bundle_tool._get_kwargs(
            bundle_id=str(bundle_id), tool_id=str(tool_id), body=body
        )
        return parse_model(await self._core.request_json(request, options), BundleTool)

    async def remove_tool(
        self, bundle_id: str | UUID, tool_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove one tool (by MCP tool id) from the bundle."""
        request = remove_bundle_tool._get_kwargs(bundle_id=str(bundle_id), tool_id=str(tool_id))
        await self._core.request_json(request, options)

    async def assign_connection(
        self, bundle_id: str | UUID, connection_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> BundleConnection:
        """Make the bundle use one of the caller's connections for that connection's server.

        Never retried once sent.
        """
        request = assign_bundle_connection._get_kwargs(
            bundle_id=str(bundle_id), connection_id=str(connection_id)
        )
        return parse_model(await self._core.request_json(request, options), BundleConnection)

    async def remove_connection(
        self, bundle_id: str | UUID, connection_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Unlink a connection from the bundle (the connection itself is kept)."""
        request = remove_bundle_connection._get_kwargs(
            bundle_id=str(bundle_id), connection_id=str(connection_id)
        )
        await self._core.request_json(request, options)

    async def list_connections(
        self, bundle_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> builtins.list[BundleConnection]:
        """The connections linked to the bundle."""
        request = list_bundle_connections._get_kwargs(bundle_id=str(bundle_id))
        return parse_list(
            await self._core.request_json(request, options), BundleConnection, "items"
        )
