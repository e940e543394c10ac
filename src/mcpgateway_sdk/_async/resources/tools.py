"""`gw.tools`: search and execute tools across every running server."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._generated.types import UNSET
from ..._helpers import id_list, opt, opt_id, parse_list, parse_model, session_headers
from ..._lazy import lazy_import
from ..._metadata import merge_metadata
from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.tools import execute_tool, get_tool_by_name, search_tools
    from ..._generated.models import (
        ToolExecuteRequest,
        ToolLookup,
        ToolSearchRequest,
        ToolSearchResult,
    )
    from ..._tool_result import ToolExecuteResult
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.tools",
        "execute_tool get_tool_by_name search_tools",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "ToolExecuteRequest ToolLookup ToolSearchRequest ToolSearchResult",
    )
    lazy_import(globals(), "mcpgateway_sdk._tool_result", "ToolExecuteResult")

__all__ = ["AsyncTools"]


class AsyncTools(AsyncResource):
    """Tool search (ranked by relevance) and execution by qualified or plain name."""

    async def search(
        self,
        query: str,
        limit: int = 5,
        *,
        bundle_id: str | UUID | None = None,
        agent_id: str | None = None,
        server_ids: Iterable[str | UUID] | None = None,
        session_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[ToolSearchResult]:
        """Tools ranked by relevance to `query` (best first, `score` in [0, 1]).

        `server_ids` restricts the search; `session_id` applies that session's tool scoping.
        """
        body = ToolSearchRequest(
            query=query,
            limit=limit,
            bundle_id=opt_id(bundle_id),
            agent_id=opt(agent_id),
            server_ids=id_list(server_ids),
        )
        request = search_tools._get_kwargs(body=body)
        data = await self._core.request_json(
            request, options, idempotent=True, headers=session_headers(session_id)
        )
        return parse_list(data, ToolSearchResult, "tools")

    async def execute(
        self,
        tool_name: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        server_id: str | UUID | None = None,
        server_name: str | None = None,
        bundle_id: str | UUID | None = None,
        agent_id: str | UUID | None = None,
        session_id: str | UUID | None = None,
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolExecuteResult:
        """Run a tool and return its result.

        Name the tool by its qualified name (`server__tool`), or by its plain name plus
        `server_id` or `server_name`. As in the published SDK 0.61, a qualified name sends no
        selector, and `server_id` wins over `server_name`. `metadata` labels the call; it is
        merged with `MCPGATEWAY_METADATA` (at most 20 keys). A failure inside the tool is not an
        exception: it comes back in `result.error`; `result.raise_for_error()` raises it as a
        `ToolError`. Never retried once sent (a tool run is not idempotent).
        """
        qualified = "__" in tool_name
        merged = merge_metadata(self._core.config.metadata, metadata)
        body = ToolExecuteRequest(
            tool_name=tool_name,
            arguments=dict(arguments or {}),
            server_id=UNSET if qualified else opt_id(server_id),
            server_name=UNSET if qualified or server_id is not None else opt(server_name),
            bundle_id=opt_id(bundle_id),
            agent_id=opt_id(agent_id),
            metadata=merged if merged or metadata is not None else UNSET,
        )
        request = execute_tool._get_kwargs(body=body)
        data = await self._core.request_json(request, options, headers=session_headers(session_id))
        return parse_model(data, ToolExecuteResult)

    async def get_by_name(
        self,
        name: str,
        *,
        bundle_id: str | UUID | None = None,
        agent_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolLookup:
        """Look a tool up by its qualified name (`server__tool`)."""
        request = get_tool_by_name._get_kwargs(
            name=name, bundle_id=opt_id(bundle_id), agent_id=opt(agent_id)
        )
        return parse_model(await self._core.request_json(request, options), ToolLookup)
