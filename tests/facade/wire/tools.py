"""Wire rows of `gw.tools`-side calls: tools (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from tests.facade.wire.rows import (
    BUNDLE,
    SERVER,
    SERVER_2,
    SESSION,
    V1,
    ListOf,
    Model,
    U,
    W,
)

# fmt: off
CASES: list[W] = [
    # --- tools (3) ------------------------------------------------------------------------
    W("tools.search", ("weather",), {}, "search_tools",
      f"{V1}/tools/search", {}, {"query": "weather", "limit": 5},
      ListOf("ToolSearchResult", "tool_name", key="tools")),
    W("tools.search", ("weather", 3), {"bundle_id": U(BUNDLE), "agent_id": "agent-7",
                                       "server_ids": [SERVER, U(SERVER_2)],
                                       "session_id": SESSION},
      "search_tools",
      f"{V1}/tools/search", {},
      {"query": "weather", "limit": 3, "bundle_id": BUNDLE, "agent_id": "agent-7",
       "server_ids": [SERVER, SERVER_2]},
      ListOf("ToolSearchResult", "score", key="tools"),
      headers={"x-mcp-session-id": SESSION}, label="all-args"),
    W("tools.execute", ("weather__get_weather",), {}, "execute_tool",
      f"{V1}/tools/execute", {}, {"tool_name": "weather__get_weather", "arguments": {}},
      Model("ToolExecuteResult", "result"), label="qualified"),
    W("tools.execute", ("get_weather", {"city": "NYC"}), {"server_name": "weather"},
      "execute_tool",
      f"{V1}/tools/execute", {},
      {"tool_name": "get_weather", "arguments": {"city": "NYC"}, "server_name": "weather"},
      Model("ToolExecuteResult", "tool_name"), label="server_name"),
    W("tools.execute", ("get_weather", None), {"server_id": U(SERVER), "server_name": "weather",
                                               "bundle_id": BUNDLE, "agent_id": "agent-7",
                                               "session_id": U(SESSION),
                                               "metadata": {"run": "42"}},
      "execute_tool",
      f"{V1}/tools/execute", {},
      {"tool_name": "get_weather", "arguments": {}, "server_id": SERVER,
       "bundle_id": BUNDLE, "agent_id": "agent-7",
       "metadata": {"run": "42"}},
      Model("ToolExecuteResult", "error"),
      headers={"x-mcp-session-id": SESSION}, label="every-selector"),
    W("tools.get_by_name", ("weather__get_weather",), {}, "get_tool_by_name",
      f"{V1}/tools/by-name", {"name": "weather__get_weather"}, None,
      Model("ToolLookup", "tool_name")),
    W("tools.get_by_name", ("weather__get_weather",), {"bundle_id": U(BUNDLE),
                                                       "agent_id": "agent-7"},
      "get_tool_by_name",
      f"{V1}/tools/by-name",
      {"name": "weather__get_weather", "bundle_id": BUNDLE, "agent_id": "agent-7"}, None,
      Model("ToolLookup", "server_id"), label="bundle"),

]
# fmt: on
