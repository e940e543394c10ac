"""The call-log methods of `gw.sandboxes`: `logs` (a page) and `export_logs` (JSON rows or CSV
bytes). `AsyncSandboxes` inherits them."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload
from uuid import UUID

from ..._exceptions import GatewayError
from ..._generated.types import UNSET
from ..._helpers import parse_list, whole_number
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import offset_page
from ..._sandbox_inputs import log_filters
from .._pages import AsyncPage
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.sandboxes import export_sandbox_logs, list_sandbox_logs
    from ..._generated.models import SandboxLog
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.sandboxes",
        "export_sandbox_logs list_sandbox_logs",
        submodules=True,
    )
    lazy_import(globals(), "mcpgateway_sdk._generated.models", "SandboxLog")

__all__ = ["AsyncSandboxLogs"]

_FILTERS = (
    "status",
    "search",
    "tool_name",
    "meta",
    "meta_contains",
    "parent_call_id",
    "from_time",
    "to_time",
    "sort_by",
    "sort_order",
)


def _query(filters: dict[str, Any]) -> dict[str, Any]:
    """Every filter parameter of the generated request: the given ones, `UNSET` for the rest
    (an unfiltered call sends no query)."""
    return {name: filters.get(name, UNSET) for name in _FILTERS}


class AsyncSandboxLogs(AsyncResource):
    """Read a sandbox's call log: every command and script-tool call, with its metadata."""

    async def logs(
        self,
        sandbox_id: str | UUID,
        *,
        status: str | None = None,
        search: str | None = None,
        tool_name: str | None = None,
        meta: Sequence[str] | None = None,
        meta_contains: Sequence[str] | None = None,
        parent_call_id: str | UUID | None = None,
        from_time: str | datetime | None = None,
        to_time: str | datetime | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[SandboxLog]:
        """One page of the sandbox's call log (newest first unless `sort_by`/`sort_order` say).

        Filters: `status` (`success`, `error`), `search` (command, output, error), `tool_name`,
        `meta` (`key=value`, exact) and `meta_contains` (`key=value`, substring) lists,
        `parent_call_id` (the inner calls of one script-tool call), `from_time` / `to_time`
        (inclusive; a datetime or an ISO string). `sort_by`: `created_at`, `tool_name`,
        `source_name`, `latency_ms`, `status`. `limit` 1 to 1000. The page is a list with
        `total`, `has_more`, `next_page()`, `auto_paging_iter()`, `limit` and `offset`.
        """
        filters = log_filters(
            status=status,
            search=search,
            tool_name=tool_name,
            meta=meta,
            meta_contains=meta_contains,
            parent_call_id=parent_call_id,
            from_time=from_time,
            to_time=to_time,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        if limit is not None:
            whole_number(limit, "limit", 1)
        if offset is not None:
            whole_number(offset, "offset", 0)
        request = list_sandbox_logs._get_kwargs(
            str(sandbox_id),
            **_query(filters),
            limit=UNSET if limit is None else limit,
            offset=UNSET if offset is None else offset,
        )
        data = await self._core.request_json(request, options)
        start = offset or 0
        size = limit if limit is not None else _int(data, "limit", 100)
        parts = offset_page(data, SandboxLog, start, size)
        return AsyncPage(
            parts,
            lambda: self.logs(
                sandbox_id,
                **filters,
                limit=size,
                offset=start + len(parts.items),
                **options,
            ),
        )

    @overload
    async def export_logs(
        self,
        sandbox_id: str | UUID,
        *,
        fmt: Literal["json"] = "json",
        status: str | None = None,
        search: str | None = None,
        tool_name: str | None = None,
        meta: Sequence[str] | None = None,
        meta_contains: Sequence[str] | None = None,
        parent_call_id: str | UUID | None = None,
        from_time: str | datetime | None = None,
        to_time: str | datetime | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SandboxLog]: ...

    @overload
    async def export_logs(
        self,
        sandbox_id: str | UUID,
        *,
        fmt: Literal["csv"],
        status: str | None = None,
        search: str | None = None,
        tool_name: str | None = None,
        meta: Sequence[str] | None = None,
        meta_contains: Sequence[str] | None = None,
        parent_call_id: str | UUID | None = None,
        from_time: str | datetime | None = None,
        to_time: str | datetime | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> bytes: ...

    async def export_logs(
        self,
        sandbox_id: str | UUID,
        *,
        fmt: Literal["json", "csv"] = "json",
        status: str | None = None,
        search: str | None = None,
        tool_name: str | None = None,
        meta: Sequence[str] | None = None,
        meta_contains: Sequence[str] | None = None,
        parent_call_id: str | UUID | None = None,
        from_time: str | datetime | None = None,
        to_time: str | datetime | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SandboxLog] | bytes:
        """Every matching log entry: `fmt="json"` gives the rows (`SandboxLog`), `fmt="csv"` the
        CSV file's bytes. The filters are those of `logs`. Under
        `gw.with_streaming_response` the body is streamed instead of read at once.
        """
        filters = log_filters(
            status=status,
            search=search,
            tool_name=tool_name,
            meta=meta,
            meta_contains=meta_contains,
            parent_call_id=parent_call_id,
            from_time=from_time,
            to_time=to_time,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        request = export_sandbox_logs._get_kwargs(str(sandbox_id), **_query(filters), format_=fmt)
        if fmt == "csv":
            return await self._core.request_bytes(request, options)
        data = await self._core.request_json(request, options)
        if not isinstance(data, builtins.list):
            raise GatewayError(200, f"expected a JSON array of log rows, got {type(data).__name__}")
        return parse_list(data, SandboxLog)


def _int(data: Any, key: str, default: int) -> int:
    value = data.get(key) if isinstance(data, dict) else None
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default
    )
