"""The built-in MCP servers (builtin/) over stdio under a real supervisor: their tools and answers,
latency, concurrent calls. Children are spawned once per module.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG
from mcpgateway_local.mcp_supervisor import (
    McpServerDown,
    ToolOutcome,
)
from tests.support.builtin_supervisor import Started, running_builtins

pytestmark = pytest.mark.asyncio(loop_scope="session")

API_KEY = "test-key-123"
TIMEOUT = 10.0


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def running() -> AsyncIterator[Started]:
    """All builtin servers, started concurrently once for the module."""
    async with running_builtins() as started:
        yield started


# -- supervisor + builtins --------------------------------------------------------------------


async def test_builtins_list_their_catalog_tools(running: Started) -> None:
    for entry in BUILTIN_CATALOG:
        tools = running.tools[entry.registry_id]
        assert [tool.name for tool in tools] == list(entry.tools)
        for tool in tools:
            assert len(tool.description) > 20, tool
            assert tool.input_schema["type"] == "object"
        assert running.supervisor.is_running(entry.registry_id)
        assert await running.supervisor.ping(entry.registry_id)
        assert await running.supervisor.list_tools(entry.registry_id, refresh=True) == tools
    print("spawn+initialize+list (s):", {k: round(v, 3) for k, v in running.start_seconds.items()})


async def test_weather_is_deterministic(running: Started) -> None:
    sup = running.supervisor
    first = await sup.call_tool("weather", "get_weather", {"city": "Paris"}, TIMEOUT)
    again = await sup.call_tool("weather", "get_weather", {"city": "  paris "}, TIMEOUT)
    other = await sup.call_tool("weather", "get_weather", {"city": "Oslo"}, TIMEOUT)
    assert not first.is_error and isinstance(first.result, dict)
    assert "demo" in first.result["note"].lower()
    assert "°C" in first.result["units"]
    same = {k: v for k, v in again.result.items() if k != "city"}
    assert same == {k: v for k, v in first.result.items() if k != "city"}
    assert other.result != first.result
    forecast = await sup.call_tool("weather", "get_forecast", {"city": "Paris", "days": 4}, TIMEOUT)
    assert [day["label"] for day in forecast.result["days"]] == [
        "today",
        "tomorrow",
        "in 2 days",
        "in 3 days",
    ]
    for day in forecast.result["days"]:
        assert day["low_c"] <= day["high_c"]
    bad = await sup.call_tool("weather", "get_forecast", {"city": "Paris", "days": 30}, TIMEOUT)
    assert bad.is_error and bad.result is None and "between 1 and 7" in (bad.error or "")


async def test_calculator(running: Started) -> None:
    sup = running.supervisor
    assert (await sup.call_tool("calculator", "add", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": 5.0
    }
    assert (await sup.call_tool("calculator", "subtract", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": -1.0
    }
    assert (await sup.call_tool("calculator", "multiply", {"a": 2, "b": 3}, TIMEOUT)).result == {
        "result": 6.0
    }
    assert (await sup.call_tool("calculator", "divide", {"a": 3, "b": 2}, TIMEOUT)).result == {
        "result": 1.5
    }
    zero = await sup.call_tool("calculator", "divide", {"a": 1, "b": 0}, TIMEOUT)
    assert zero.is_error and zero.result is None and "Division by zero" in (zero.error or "")
    expr = await sup.call_tool(
        "calculator", "evaluate", {"expression": "(2 + 3) * 4 ** 2 % 7 - -1"}, TIMEOUT
    )
    assert expr == ToolOutcome(result={"result": 4})
    for evil in (
        "__import__('os').system('true')",
        "x + 1",
        "2 ** 100000",
        "(1).real",
        "1 // 2",
        "[1]",
    ):
        outcome = await sup.call_tool("calculator", "evaluate", {"expression": evil}, TIMEOUT)
        assert outcome.is_error, evil
    bad_args = await sup.call_tool("calculator", "add", {"a": "x"}, TIMEOUT)
    assert bad_args.is_error


async def test_time_zones(running: Started) -> None:
    sup = running.supervisor
    tokyo = await sup.call_tool("time", "get_current_time", {"timezone": "Asia/Tokyo"}, TIMEOUT)
    assert tokyo.result["timezone"] == "Asia/Tokyo" and tokyo.result["utc_offset"] == "+09:00"
    utc = await sup.call_tool("time", "get_current_time", {}, TIMEOUT)
    assert utc.result["timezone"] == "UTC" and utc.result["utc_offset"] == "+00:00"
    bad = await sup.call_tool("time", "get_current_time", {"timezone": "Mars/Olympus"}, TIMEOUT)
    assert bad.is_error and "Unknown time zone" in (bad.error or "")
    conv = await sup.call_tool(
        "time",
        "convert_time",
        {
            "time": "2024-01-15T12:00",
            "source_timezone": "Europe/Paris",
            "target_timezone": "Asia/Kolkata",
        },
        TIMEOUT,
    )
    assert conv.result["target"]["datetime"] == "2024-01-15T16:30:00+05:30"
    assert conv.result["time_difference"] == "+4.5h"
    clock = await sup.call_tool(
        "time",
        "convert_time",
        {"time": "09:15", "source_timezone": "UTC", "target_timezone": "UTC"},
        TIMEOUT,
    )
    assert clock.result["target"]["time"] == "09:15:00"


async def test_text_tools(running: Started) -> None:
    sup = running.supervisor
    counts = await sup.call_tool("text-tools", "word_count", {"text": "one two\nthree"}, TIMEOUT)
    assert counts.result == {"words": 3, "characters": 13, "characters_no_spaces": 11, "lines": 2}
    assert (await sup.call_tool("text-tools", "reverse_text", {"text": "abc"}, TIMEOUT)).result == {
        "result": "cba"
    }
    assert (await sup.call_tool("text-tools", "to_upper", {"text": "abc"}, TIMEOUT)).result == {
        "result": "ABC"
    }
    slug = await sup.call_tool("text-tools", "slugify", {"text": "  Héllo, Wörld! 2024 "}, TIMEOUT)
    assert slug.result == {"result": "hello-world-2024"}


async def test_stdio_call_latency(running: Started) -> None:
    latencies = []
    for i in range(50):
        began = time.perf_counter()
        outcome = await running.supervisor.call_tool("calculator", "add", {"a": i, "b": 1}, TIMEOUT)
        latencies.append(time.perf_counter() - began)
        assert outcome.result == {"result": i + 1.0}
    p50 = statistics.median(latencies)
    print(f"stdio call p50 {p50 * 1000:.2f} ms, max {max(latencies) * 1000:.2f} ms")
    assert p50 < 0.1


async def test_concurrent_calls(running: Started) -> None:
    calls = [
        running.supervisor.call_tool("calculator", "multiply", {"a": i, "b": 2}, TIMEOUT)
        for i in range(20)
    ]
    results = await asyncio.gather(*calls)
    assert [outcome.result for outcome in results] == [{"result": i * 2.0} for i in range(20)]


async def test_unknown_server_is_down(running: Started) -> None:
    assert not running.supervisor.is_running("nope")
    assert not await running.supervisor.ping("nope")
    with pytest.raises(McpServerDown):
        await running.supervisor.call_tool("nope", "add", {}, TIMEOUT)
