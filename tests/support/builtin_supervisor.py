"""Every built-in MCP server started once under one real supervisor (stdio children)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG, find_entry
from mcpgateway_local.mcp_supervisor import McpSupervisor, ToolSpec


@dataclass
class Started:
    """The supervisor, the tools each built-in listed and how long each took to start."""

    supervisor: McpSupervisor
    tools: dict[str, list[ToolSpec]]
    start_seconds: dict[str, float]


@asynccontextmanager
async def running_builtins() -> AsyncIterator[Started]:
    """All builtin servers, started concurrently; every child stopped on exit."""
    supervisor = McpSupervisor(start_timeout=30)
    seconds: dict[str, float] = {}

    async def start(entry_id: str) -> list[ToolSpec]:
        entry = find_entry("builtin", entry_id)
        assert entry is not None
        began = time.perf_counter()
        tools = await supervisor.start(entry.registry_id, entry.command, list(entry.args), None)
        seconds[entry_id] = time.perf_counter() - began
        return tools

    ids = [entry.registry_id for entry in BUILTIN_CATALOG]
    try:
        listed = await asyncio.gather(*(start(entry_id) for entry_id in ids))
        yield Started(supervisor, dict(zip(ids, listed, strict=True)), seconds)
    finally:
        await supervisor.aclose()
