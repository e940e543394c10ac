"""handlers/tools.py against a real local gateway process: tools of running servers, search,
execute, overrides, selection, local tools, session scoping, latency figures.

One gateway per module (the shared `gateway` fixture, `--validate-responses`, so every JSON body
is checked against openapi.json), plain httpx, real children.
"""

from __future__ import annotations

import statistics
import time
import uuid

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.support.servers_kit import (
    execute,
    make_session,
    ok,
    search,
    start_builtins,
    tools_of,
)


@pytest.fixture(scope="module")
def running(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    return start_builtins(api)


# -- running servers, tools, search, execute ---------------------------------------------------


def test_start_lists_tools(api: httpx.Client, running: dict[str, str]) -> None:
    tools = tools_of(api, running["weather"])
    assert set(tools) == {"get_weather", "get_forecast"}
    tool = tools["get_weather"]
    assert tool["input_schema"]["type"] == "object" and "city" in tool["input_schema"]["properties"]
    assert tool["enabled"] is True and tool["overrides"] is None and tool["has_embedding"]
    assert tool["qualified_name"] == "weather__get_weather"
    again = ok(api.post(f"/servers/{running['weather']}/start"))
    assert again["previous_status"] == again["current_status"] == "running"
    health = ok(api.post(f"/servers/{running['time-server']}/health"))
    assert health["current_status"] == "running" and "healthy" in health["message"]


def test_search_ranks_weather_first(api: httpx.Client, running: dict[str, str]) -> None:
    results = search(api, "get current weather")
    assert results[0]["tool_name"] == "get_weather"
    assert results[0]["server_name"] == "weather"
    assert results[0]["server_id"] == running["weather"]
    assert results[0]["score"] == 1.0
    assert all(0 <= r["score"] <= 1 for r in results)
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert results[0]["input_schema"]["properties"]["city"]
    assert len(search(api, "time", limit=1)) == 1
    scoped = search(api, "get current weather", server_ids=[running["time-server"]])
    assert scoped and {r["server_name"] for r in scoped} == {"time-server"}
    assert search(api, "zebra xylophone") == []


def test_readme_example_execute_by_plain_name(api: httpx.Client, running: dict[str, str]) -> None:
    result = ok(
        execute(api, tool_name="get_weather", arguments={"city": "NYC"}, server_name="weather")
    )
    assert result["error"] is None and result["server_id"] == running["weather"]
    assert result["tool_name"] == "get_weather" and isinstance(result["duration_ms"], int)
    assert result["result"]["city"] == "NYC" and "temperature_c" in result["result"]


def test_execute_selectors(api: httpx.Client, running: dict[str, str]) -> None:
    weather, time_id = running["weather"], running["time-server"]
    args = {"city": "Paris"}
    expected = ok(execute(api, tool_name="weather__get_weather", arguments=args))["result"]
    variants = [
        {"tool_name": "get_weather", "server_id": weather},
        {"tool_name": "get_weather", "server_name": "weather"},
        {"tool_name": "get_weather", "server_id": weather, "server_name": "weather"},
        {"tool_name": "weather__get_weather", "server_id": weather, "server_name": "weather"},
        {"tool_name": "weather__get_weather", "server_name": "weather"},
        {"tool_name": "get_weather"},  # unique among running servers
    ]
    for variant in variants:
        assert ok(execute(api, arguments=args, **variant))["result"] == expected, variant
    disagree = execute(api, tool_name="get_weather", server_id=time_id, server_name="weather")
    assert disagree.status_code == 422
    assert execute(api, tool_name="get_weather", server_id=time_id).status_code == 404
    assert execute(api, tool_name="weather__nope").status_code == 404
    assert execute(api, tool_name="nosuchserver__get_weather").status_code == 404
    assert execute(api, tool_name="get_weather", server_name="nobody").status_code == 404
    missing = execute(api, tool_name="get_weather", server_id=str(uuid.uuid4()))
    assert missing.status_code == 404 and "not found" in missing.json()["detail"]
    now = ok(execute(api, tool_name="time-server__get_current_time", arguments={"timezone": "UTC"}))
    assert now["error"] is None and now["result"]


def test_execute_tool_error_is_200(api: httpx.Client, running: dict[str, str]) -> None:
    failed = ok(
        execute(api, tool_name="weather__get_forecast", arguments={"city": "Oslo", "days": 30})
    )
    assert failed["result"] is None and "between 1 and 7" in failed["error"]
    assert failed["server_id"] == running["weather"]
    empty = ok(execute(api, tool_name="weather__get_weather", arguments={"city": "  "}))
    assert empty["result"] is None and "must not be empty" in empty["error"]


def test_get_tool_by_name(api: httpx.Client, running: dict[str, str]) -> None:
    found = ok(api.get("/tools/by-name", params={"name": "weather__get_forecast"}))
    assert found["tool_name"] == "get_forecast" and found["server_id"] == running["weather"]
    assert found["qualified_name"] == "weather__get_forecast"
    assert found["server_name"] == "weather" and found["input_schema"]["type"] == "object"
    assert api.get("/tools/by-name", params={"name": "weather__nope"}).status_code == 404
    assert api.get("/tools/by-name", params={"name": "get_weather"}).status_code == 404
    assert api.get("/tools/by-name", params={"name": "nobody__x"}).status_code == 404


def test_overrides_and_schema_correction(api: httpx.Client, running: dict[str, str]) -> None:
    weather = running["weather"]
    tool = tools_of(api, weather)["get_forecast"]
    base = f"/servers/{weather}/tools/{tool['id']}/overrides"
    changed = ok(api.patch(base, json={"description": "Outlook with zanzibarian detail"}))
    assert changed["description"] == "Outlook with zanzibarian detail"
    assert changed["overrides"]["description"] == "Outlook with zanzibarian detail"
    assert changed["name"] == "get_forecast"
    assert search(api, "zanzibarian")[0]["tool_id"] == tool["id"]

    renamed = ok(api.patch(base, json={"name": "outlook"}))
    assert renamed["name"] == "outlook" and renamed["qualified_name"] == "weather__outlook"
    result = ok(execute(api, tool_name="weather__outlook", arguments={"city": "Rome", "days": 1}))
    assert result["error"] is None and len(result["result"]["days"]) == 1
    assert result["tool_name"] == "outlook"
    assert execute(api, tool_name="weather__get_forecast").status_code == 404
    assert (
        ok(api.get("/tools/by-name", params={"name": "weather__outlook"}))["tool_id"] == tool["id"]
    )
    clash = api.patch(base, json={"name": "get_weather"})
    assert clash.status_code == 409

    dropped = ok(api.patch(base, json={"name": None}))
    assert dropped["name"] == "get_forecast" and dropped["overrides"] == {
        "name": None,
        "description": "Outlook with zanzibarian detail",
        "input_schema": None,
    }
    assert api.delete(base).status_code == 204
    restored = tools_of(api, weather)["get_forecast"]
    assert restored["overrides"] is None and restored["description"] == tool["description"]
    assert search(api, "zanzibarian") == []

    corrected = ok(api.post(f"/servers/{weather}/tools/{tool['id']}/correct-schema"))
    schema = corrected["input_schema"]
    assert schema["type"] == "object" and set(schema["properties"]) == {"city", "days"}
    assert schema["required"] == ["city"]
    assert api.delete(base).status_code == 204
    missing = f"/servers/{weather}/tools/{uuid.uuid4()}/overrides"
    assert api.patch(missing, json={"description": "x"}).status_code == 404
    other = f"/servers/{running['time-server']}/tools/{tool['id']}/overrides"
    assert api.patch(other, json={"description": "x"}).status_code == 404


def test_tool_selection(api: httpx.Client, running: dict[str, str]) -> None:
    weather = running["weather"]
    selection = ok(api.get(f"/servers/{weather}/tool-selection"))["items"]
    by_name = {item["tool_name"]: item for item in selection}
    assert set(by_name) == {"get_weather", "get_forecast"}
    assert all(item["enabled"] for item in selection)
    forecast = by_name["get_forecast"]["tool_id"]
    off = ok(
        api.patch(
            f"/servers/{weather}/tool-selection",
            json={"tool_ids": [forecast, str(uuid.uuid4())], "enabled": False},
        )
    )
    assert off == {"updated": 1}
    assert "get_forecast" not in {r["tool_name"] for r in search(api, "weather forecast days")}
    disabled = execute(api, tool_name="weather__get_forecast", arguments={"city": "Oslo"})
    assert disabled.status_code == 404 and "disabled" in disabled.json()["detail"]
    assert tools_of(api, weather)["get_forecast"]["enabled"] is False
    on = ok(
        api.patch(
            f"/servers/{weather}/tool-selection", json={"tool_ids": [forecast], "enabled": True}
        )
    )
    assert on == {"updated": 1}
    assert "get_forecast" in {r["tool_name"] for r in search(api, "weather forecast days")}


def test_local_tools(api: httpx.Client, running: dict[str, str]) -> None:
    body = {"name": "notes", "display_name": "Notes", "type": "local"}
    local = ok(api.post("/servers", json=body), 201)
    sid = local["id"]
    assert local["status"] == "running"
    base = f"/servers/{sid}/tools"
    tool = ok(
        api.post(
            base,
            json={
                "name": "jot",
                "description": "Jot down a quokka memo",
                "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}},
            },
        ),
        201,
    )
    assert tool["local"] is True and tool["qualified_name"] == "notes__jot"
    assert api.post(base, json={"name": "jot"}).status_code == 409
    assert api.post(f"/servers/{running['weather']}/tools", json={"name": "x"}).status_code == 409
    patched = ok(api.patch(f"{base}/{tool['id']}", json={"description": "Jot a quokka note"}))
    assert patched["description"] == "Jot a quokka note" and patched["name"] == "jot"
    hit = search(api, "quokka")
    assert hit[0]["tool_name"] == "jot" and hit[0]["server_name"] == "notes"
    outcome = ok(execute(api, tool_name="notes__jot", arguments={"text": "x"}))
    assert outcome["result"] is None and "local tool" in outcome["error"]
    assert "no runtime" in outcome["error"]

    synced = ok(
        api.put(
            base,
            json={
                "tools": [
                    {"name": "jot", "description": "Jot a quokka note"},
                    {"name": "erase", "description": "Erase a memo"},
                    {"name": "list_memos"},
                ]
            },
        )
    )
    assert synced == {"tools_added": 2, "tools_updated": 1, "tools_removed": 0, "total_tools": 3}
    synced = ok(api.put(base, json={"tools": [{"name": "erase", "description": "Erase a memo"}]}))
    assert synced == {"tools_added": 0, "tools_updated": 0, "tools_removed": 2, "total_tools": 1}
    dup = api.put(base, json={"tools": [{"name": "a"}, {"name": "a"}]})
    assert dup.status_code == 422
    assert set(tools_of(api, sid)) == {"erase"}
    assert ok(api.get(f"/servers/{sid}"))["tool_count"] == 1
    assert api.put(f"/servers/{running['weather']}/tools", json={"tools": []}).status_code == 409
    weather_tool = tools_of(api, running["weather"])["get_weather"]["id"]
    assert api.delete(f"/servers/{running['weather']}/tools/{weather_tool}").status_code == 409
    erase = tools_of(api, sid)["erase"]["id"]
    assert api.delete(f"{base}/{erase}").status_code == 204
    assert tools_of(api, sid) == {}

    sloppy = ok(
        api.post(
            base,
            json={
                "name": "sloppy",
                "input_schema": {
                    "properties": {"n": {"type": "int"}, "tags": {"type": "list"}, "bad": 3},
                    "required": ["n", "ghost", "n"],
                },
            },
        ),
        201,
    )
    fixed = ok(api.post(f"{base}/{sloppy['id']}/correct-schema"))
    assert fixed["input_schema"] == {
        "type": "object",
        "properties": {"n": {"type": "integer"}, "tags": {"type": "array", "items": {}}, "bad": {}},
        "required": ["n"],
    }
    assert fixed["overrides"]["input_schema"] == fixed["input_schema"]
    stopped = ok(api.post(f"/servers/{sid}/stop"))
    assert stopped["current_status"] == "stopped"
    assert search(api, "sloppy") == []
    assert ok(api.post(f"/servers/{sid}/start"))["current_status"] == "running"
    assert api.delete(f"/servers/{sid}").status_code == 204


# -- session scoping ---------------------------------------------------------------------------


def test_session_scoping(api: httpx.Client, gateway: LocalGateway, running: dict[str, str]) -> None:
    session = make_session(api, gateway, ["WEATHER__*"], ["weather__get_forecast"])
    header = {"X-MCP-Session-ID": session}
    found = search(api, "get current weather time forecast", headers=header, limit=10)
    assert [(r["server_name"], r["tool_name"]) for r in found] == [("weather", "get_weather")]
    alias = search(api, "get current weather", headers={"Mcp-Session-Id": session})
    assert [r["tool_name"] for r in alias] == ["get_weather"]

    allowed = execute(
        api, tool_name="weather__get_weather", arguments={"city": "Lima"}, headers=header
    )
    assert ok(allowed)["error"] is None
    denied = execute(
        api, tool_name="weather__get_forecast", arguments={"city": "Lima"}, headers=header
    )
    assert denied.status_code == 403
    assert denied.json()["detail"] == "Tool weather__get_forecast is not allowed in this session"
    other = execute(api, tool_name="get_current_time", server_name="time-server", headers=header)
    assert other.status_code == 403 and "time-server__get_current_time" in other.json()["detail"]

    unknown = {"X-MCP-Session-ID": str(uuid.uuid4())}
    assert api.post("/tools/search", json={"query": "weather"}, headers=unknown).status_code == 404
    assert execute(api, tool_name="weather__get_weather", headers=unknown).status_code == 404
    nothing = make_session(api, gateway, [])
    assert search(api, "weather", headers={"X-MCP-Session-ID": nothing}) == []
    if api.delete(f"/sessions/{nothing}").status_code == 204:  # soft delete -> inactive
        gone = api.post(
            "/tools/search", json={"query": "weather"}, headers={"X-MCP-Session-ID": nothing}
        )
        assert gone.status_code == 404


# -- figures -----------------------------------------------------------------------------------


def test_execute_latency(api: httpx.Client, running: dict[str, str]) -> None:
    for _ in range(5):
        execute(api, tool_name="weather__get_weather", arguments={"city": "warmup"})
    latencies = []
    for i in range(50):
        began = time.perf_counter()
        result = ok(execute(api, tool_name="weather__get_weather", arguments={"city": f"City {i}"}))
        latencies.append(time.perf_counter() - began)
        assert result["error"] is None
    p50 = statistics.median(latencies) * 1000
    p95 = sorted(latencies)[int(len(latencies) * 0.95) - 1] * 1000
    print(f"\nexecute over HTTP -> stdio child: p50 {p50:.2f} ms, p95 {p95:.2f} ms (50 calls)")
    assert p50 < 250


def test_search_latency_with_1000_tools(api: httpx.Client, running: dict[str, str]) -> None:
    verbs = ["get", "list", "create", "delete", "update", "search", "export", "import"]
    nouns = ["invoice", "customer", "ticket", "report", "order", "user", "file", "metric"]
    areas = ["billing", "support", "sales", "analytics", "storage", "identity", "ops", "crm"]
    tools = []
    for i in range(1000):
        verb, noun, area = verbs[i % 8], nouns[(i // 8) % 8], areas[(i // 64) % 8]
        tools.append(
            {
                "name": f"{verb}_{noun}_{i}",
                "description": f"{verb.title()} a {noun} record in the {area} system (variant {i}).",
            }
        )
    body = {"name": "bulk", "display_name": "Bulk", "type": "local"}
    server = ok(api.post("/servers", json=body), 201)
    began = time.perf_counter()
    synced = ok(api.put(f"/servers/{server['id']}/tools", json={"tools": tools}))
    sync_ms = (time.perf_counter() - began) * 1000
    assert synced["tools_added"] == 1000 and synced["total_tools"] == 1000
    queries = ["export customer report", "delete invoice billing", "get current weather"]
    latencies = []
    for i in range(60):
        query = queries[i % len(queries)]
        began = time.perf_counter()
        results = search(api, query, limit=10)
        latencies.append(time.perf_counter() - began)
        assert results and 0 <= results[-1]["score"] <= results[0]["score"] == 1.0
    p50 = statistics.median(latencies) * 1000
    print(
        f"\nsearch over ~1,004 tools: p50 {p50:.2f} ms over HTTP (limit 10); "
        f"declarative sync of 1,000 local tools {sync_ms:.0f} ms"
    )
    weather = search(api, "get current weather")
    assert (weather[0]["server_name"], weather[0]["tool_name"]) == ("weather", "get_weather")
    assert api.delete(f"/servers/{server['id']}").status_code == 204
    assert p50 < 250


def test_gateway_log_has_no_errors(gateway: LocalGateway) -> None:
    log = gateway.log_path.read_text(errors="replace")
    print("\n--- gateway log ---\n" + log[-4000:])
    assert "Traceback" not in log and "does not match the spec" not in log
