"""Servers, catalog and tools against a real local gateway process (plain httpx, real children).

One gateway per module (``--validate-responses``, so every JSON body is checked against
openapi.json); the built-in time and weather servers are imported from the catalog and started
once. A small "lab" MCP server written to a temporary file covers tool-list changes, tool
errors, timeouts and a killed child.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from mcpgateway_local.launcher import LocalGateway, run_local_gateway

API = "/api/v1"

LAB_SERVER = """
import os
import time

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

server = MCPServer("lab", log_level="WARNING")


def alpha(text: str) -> str:
    return text


def beta() -> str:
    return "beta"


def gamma(n: int) -> int:
    return n * 2


server.add_tool(alpha, description="Echo the text back unchanged.")
server.add_tool(beta, description="Return the word beta.")


@server.tool(description="Replace beta with gamma and reword alpha.")
def evolve() -> str:
    server.remove_tool("beta")
    server.remove_tool("alpha")
    server.add_tool(alpha, description="Echo the text back, reworded description.")
    server.add_tool(gamma, description="Double a number.")
    return "evolved"


@server.tool(description="Sleep for a number of seconds.")
def nap(seconds: float) -> str:
    time.sleep(seconds)
    return "rested"


@server.tool(description="Fail on purpose.")
def boom() -> str:
    raise ToolError("kaboom")


@server.tool(description="Read an environment variable of this server.")
def getenv(name: str) -> str:
    return os.environ.get(name, "<unset>")


@server.tool(description="The process id of this server.")
def pid() -> int:
    return os.getpid()


if __name__ == "__main__":
    server.run()
"""


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalGateway]:
    with run_local_gateway(extra_args=("--validate-responses",)) as gw:
        yield gw


@pytest.fixture(scope="module")
def api(gateway: LocalGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url + API, headers=gateway.headers, timeout=60) as client:
        yield client


def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else None


def _import(api: httpx.Client, registry: str, registry_id: str, name: str) -> dict[str, Any]:
    body = {"registry": registry, "registry_id": registry_id, "name": name}
    result: dict[str, Any] = _ok(api.post("/servers/catalog-imports", json=body), 201)
    return result


@pytest.fixture(scope="module")
def running(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    ids = {
        "time-server": _import(api, "npm", "@anthropic/time-mcp", "time-server")["id"],
        "weather": _import(api, "builtin", "weather", "weather")["id"],
    }
    for server_id in ids.values():
        report = _ok(api.post(f"/servers/{server_id}/start"))
        assert report["current_status"] == "running", report
    return ids


@pytest.fixture(scope="module")
def lab_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lab") / "lab_server.py"
    path.write_text(LAB_SERVER)
    return path


def _create_lab(api: httpx.Client, script: Path, name: str, **config: Any) -> dict[str, Any]:
    body = {
        "name": name,
        "display_name": name,
        "type": "stdio",
        "config": {"command": sys.executable, "args": [str(script)], **config},
    }
    result: dict[str, Any] = _ok(api.post("/servers", json=body), 201)
    return result


def _session(
    api: httpx.Client,
    gateway: LocalGateway,
    allowed: list[str] | None,
    denied: list[str] | None = None,
) -> str:
    """A session document with these scope lists (through the API, else straight into the DB)."""
    body = {"allowed_tool_names": allowed, "denied_tool_names": denied}
    response = api.post("/sessions", json=body)
    if response.status_code != 501:
        return str(_ok(response, 201)["id"])
    now = time.time()
    doc = {
        "id": str(uuid.uuid4()),
        "is_active": True,
        "allowed_tool_names": allowed,
        "denied_tool_names": denied,
        "expires_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(now + 3600)),
    }
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(now))
    with contextlib.closing(sqlite3.connect(gateway.data_dir / "gateway.sqlite3")) as db:
        db.execute(
            "INSERT INTO documents(kind, id, data, created_at, updated_at) VALUES (?,?,?,?,?)",
            ("session", doc["id"], json.dumps(doc), stamp, stamp),
        )
        db.commit()
    return str(doc["id"])


def _tools(api: httpx.Client, server_id: str) -> dict[str, dict[str, Any]]:
    return {tool["name"]: tool for tool in _ok(api.get(f"/servers/{server_id}/tools"))}


def _search(api: httpx.Client, query: str, **extra: Any) -> list[dict[str, Any]]:
    headers = extra.pop("headers", None)
    body = {"query": query, **extra}
    result: list[dict[str, Any]] = _ok(api.post("/tools/search", json=body, headers=headers))[
        "tools"
    ]
    return result


def _execute(api: httpx.Client, **body: Any) -> httpx.Response:
    headers = body.pop("headers", None)
    body.setdefault("arguments", {})
    return api.post("/tools/execute", json=body, headers=headers)


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    return False


def _wait(predicate: Any, limit: float = 10.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


# -- catalog -----------------------------------------------------------------------------------


def test_catalog_search_and_get(api: httpx.Client) -> None:
    everything = _ok(api.get("/catalog/search"))
    assert everything["total"] == len(everything["items"]) >= 4
    assert {"time", "weather", "calculator", "text-tools"} <= {
        item["registry_id"] for item in everything["items"]
    }
    weather = _ok(api.get("/catalog/search", params={"search": "weather forecast"}))
    assert [item["registry_id"] for item in weather["items"]] == ["weather"]
    assert weather["items"][0]["registry"] == "builtin"
    nothing = _ok(api.get("/catalog/search", params={"search": "kubernetes"}))
    assert nothing == {"items": [], "total": 0, "next_cursor": None}
    page = _ok(api.get("/catalog/search", params={"limit": 2}))
    assert len(page["items"]) == 2 and page["next_cursor"] == "2"
    rest = _ok(api.get("/catalog/search", params={"limit": 2, "cursor": page["next_cursor"]}))
    assert {i["registry_id"] for i in rest["items"]}.isdisjoint(
        {i["registry_id"] for i in page["items"]}
    )
    for cursor in ("x", "-1", "\u00b3"):  # "³".isdigit() is true, but it is no number
        assert api.get("/catalog/search", params={"cursor": cursor}).status_code == 422
    npm = _ok(api.get("/catalog/search", params=[("source", "npm")]))
    assert [(i["registry"], i["registry_id"]) for i in npm["items"]] == [
        ("npm", "@anthropic/time-mcp")
    ]

    raw = _ok(api.get("/catalog/npm/@anthropic/time-mcp"))
    encoded = _ok(api.get("/catalog/npm/%40anthropic%2Ftime-mcp"))
    assert raw == encoded
    assert raw["registry"] == "npm" and raw["registry_id"] == "@anthropic/time-mcp"
    assert raw["name"] == "time" and raw["tool_count"] == 2
    preview = raw["import_preview"]
    assert preview["server_type"] == "stdio"
    assert preview["config_preview"]["args"][-1] == "mcpgateway_local.builtin.time_server"
    assert _ok(api.get("/catalog/builtin/weather"))["name"] == "weather"
    assert api.get("/catalog/npm/@nobody/nothing").status_code == 404


def test_import_from_catalog_errors(api: httpx.Client, running: dict[str, str]) -> None:
    body = {"registry": "npm", "registry_id": "@anthropic/time-mcp", "name": "time-server"}
    clash = api.post("/servers/catalog-imports", json=body)
    assert clash.status_code == 409 and "already exists" in clash.json()["detail"]
    unknown = api.post(
        "/servers/catalog-imports",
        json={"registry": "npm", "registry_id": "@nobody/nothing", "name": "nope"},
    )
    assert unknown.status_code == 404
    server = _ok(api.get(f"/servers/{running['time-server']}"))
    assert server["source"] == "imported" and server["type"] == "stdio"
    assert server["config"]["command"] and server["tool_count"] == 2
    assert server["tool_sync_hash"] and server["last_synced_at"]


# -- servers CRUD ------------------------------------------------------------------------------


def test_server_crud_and_listing(api: httpx.Client, running: dict[str, str]) -> None:
    created = _ok(
        api.post(
            "/servers",
            json={
                "name": "crud-demo",
                "display_name": "CRUD demo",
                "type": "stdio",
                "config": {"command": sys.executable, "args": ["-m", "nothing"]},
                "portal_tags": ["a"],
                "description": "kept",
                "custom_field": {"x": 1},
            },
        ),
        201,
    )
    sid = created["id"]
    assert created["display_name"] == "CRUD demo"
    assert created["status"] == "stopped" and created["source"] == "manual"
    assert created["description"] == "kept" and created["custom_field"] == {"x": 1}
    named = {"display_name": "Shown"}
    clash = {"name": "CRUD-demo", "type": "local", **named}
    assert api.post("/servers", json=clash).status_code == 409
    bad = api.post("/servers", json={"name": "no-command", "type": "stdio", "config": {}, **named})
    assert bad.status_code == 400 and "config.command" in bad.json()["detail"]
    assert api.post("/servers", json={"name": "a__b", "type": "local", **named}).status_code == 422
    assert api.post("/servers", json={"type": "local", **named}).status_code == 422
    nameless = api.post("/servers", json={"name": "no-display", "type": "local"})  # as the gateway
    assert nameless.status_code == 422 and "display_name" in nameless.text

    updated = _ok(api.put(f"/servers/{sid}", json={"display_name": "CRUD Demo", "name": "crud-2"}))
    assert updated["display_name"] == "CRUD Demo" and updated["name"] == "crud-2"
    assert updated["config"]["args"] == ["-m", "nothing"]
    assert api.put(f"/servers/{sid}", json={"name": "weather"}).status_code == 409
    assert _ok(api.get(f"/servers/{sid}"))["name"] == "crud-2"

    listing = _ok(api.get("/servers", params={"page": 1, "page_size": 100}))
    names = {s["name"] for s in listing["items"]}
    assert {"crud-2", "time-server", "weather"} <= names
    assert listing["total"] == len(listing["items"]) and listing["page_size"] == 100
    assert listing["status_counts"]["running"] >= 2 and listing["status_counts"]["stopped"] >= 1
    only_running = _ok(api.get("/servers", params={"status": "running,error"}))
    assert {s["status"] for s in only_running["items"]} <= {"running", "error"}
    assert "crud-2" not in {s["name"] for s in only_running["items"]}
    searched = _ok(api.get("/servers", params={"search": "crud"}))
    assert [s["name"] for s in searched["items"]] == ["crud-2"]
    by_type = _ok(api.get("/servers", params={"type": "local,remote"}))
    assert all(s["type"] in ("local", "remote") for s in by_type["items"])
    paged = _ok(
        api.get("/servers", params={"page_size": 1, "sort_by": "name", "sort_order": "asc"})
    )
    assert len(paged["items"]) == 1 and paged["total"] >= 3
    assert paged["items"][0]["name"] == min(names, key=str.casefold)
    assert api.get("/servers", params={"sort_by": "colour"}).status_code == 422

    failed = _ok(api.post(f"/servers/{sid}/start"))
    assert failed["current_status"] == "error" and "failed to start" in failed["message"]
    errored = _ok(api.get(f"/servers/{sid}"))
    assert errored["status"] == "error" and "No module named nothing" in errored["last_error"]
    assert errored["enriched_error"]["category"] == "python_package_not_found"

    assert api.delete(f"/servers/{sid}").status_code == 204
    assert api.get(f"/servers/{sid}").status_code == 404
    assert api.delete(f"/servers/{sid}").status_code == 404
    assert api.get("/servers/not-a-uuid").status_code == 404


# -- running servers, tools, search, execute ---------------------------------------------------


def test_start_lists_tools(api: httpx.Client, running: dict[str, str]) -> None:
    tools = _tools(api, running["weather"])
    assert set(tools) == {"get_weather", "get_forecast"}
    tool = tools["get_weather"]
    assert tool["input_schema"]["type"] == "object" and "city" in tool["input_schema"]["properties"]
    assert tool["enabled"] is True and tool["overrides"] is None and tool["has_embedding"]
    assert tool["qualified_name"] == "weather__get_weather"
    again = _ok(api.post(f"/servers/{running['weather']}/start"))
    assert again["previous_status"] == again["current_status"] == "running"
    health = _ok(api.post(f"/servers/{running['time-server']}/health"))
    assert health["current_status"] == "running" and "healthy" in health["message"]


def test_search_ranks_weather_first(api: httpx.Client, running: dict[str, str]) -> None:
    results = _search(api, "get current weather")
    assert results[0]["tool_name"] == "get_weather"
    assert results[0]["server_name"] == "weather"
    assert results[0]["server_id"] == running["weather"]
    assert results[0]["score"] == 1.0
    assert all(0 <= r["score"] <= 1 for r in results)
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert results[0]["input_schema"]["properties"]["city"]
    assert len(_search(api, "time", limit=1)) == 1
    scoped = _search(api, "get current weather", server_ids=[running["time-server"]])
    assert scoped and {r["server_name"] for r in scoped} == {"time-server"}
    assert _search(api, "zebra xylophone") == []


def test_readme_example_execute_by_plain_name(api: httpx.Client, running: dict[str, str]) -> None:
    result = _ok(
        _execute(api, tool_name="get_weather", arguments={"city": "NYC"}, server_name="weather")
    )
    assert result["error"] is None and result["server_id"] == running["weather"]
    assert result["tool_name"] == "get_weather" and isinstance(result["duration_ms"], int)
    assert result["result"]["city"] == "NYC" and "temperature_c" in result["result"]


def test_execute_selectors(api: httpx.Client, running: dict[str, str]) -> None:
    weather, time_id = running["weather"], running["time-server"]
    args = {"city": "Paris"}
    expected = _ok(_execute(api, tool_name="weather__get_weather", arguments=args))["result"]
    variants = [
        {"tool_name": "get_weather", "server_id": weather},
        {"tool_name": "get_weather", "server_name": "weather"},
        {"tool_name": "get_weather", "server_id": weather, "server_name": "weather"},
        {"tool_name": "weather__get_weather", "server_id": weather, "server_name": "weather"},
        {"tool_name": "weather__get_weather", "server_name": "weather"},
        {"tool_name": "get_weather"},  # unique among running servers
    ]
    for variant in variants:
        assert _ok(_execute(api, arguments=args, **variant))["result"] == expected, variant
    disagree = _execute(api, tool_name="get_weather", server_id=time_id, server_name="weather")
    assert disagree.status_code == 422
    assert _execute(api, tool_name="get_weather", server_id=time_id).status_code == 404
    assert _execute(api, tool_name="weather__nope").status_code == 404
    assert _execute(api, tool_name="nosuchserver__get_weather").status_code == 404
    assert _execute(api, tool_name="get_weather", server_name="nobody").status_code == 404
    missing = _execute(api, tool_name="get_weather", server_id=str(uuid.uuid4()))
    assert missing.status_code == 404 and "not found" in missing.json()["detail"]
    now = _ok(
        _execute(api, tool_name="time-server__get_current_time", arguments={"timezone": "UTC"})
    )
    assert now["error"] is None and now["result"]


def test_execute_tool_error_is_200(api: httpx.Client, running: dict[str, str]) -> None:
    failed = _ok(
        _execute(api, tool_name="weather__get_forecast", arguments={"city": "Oslo", "days": 30})
    )
    assert failed["result"] is None and "between 1 and 7" in failed["error"]
    assert failed["server_id"] == running["weather"]
    empty = _ok(_execute(api, tool_name="weather__get_weather", arguments={"city": "  "}))
    assert empty["result"] is None and "must not be empty" in empty["error"]


def test_get_tool_by_name(api: httpx.Client, running: dict[str, str]) -> None:
    found = _ok(api.get("/tools/by-name", params={"name": "weather__get_forecast"}))
    assert found["tool_name"] == "get_forecast" and found["server_id"] == running["weather"]
    assert found["qualified_name"] == "weather__get_forecast"
    assert found["server_name"] == "weather" and found["input_schema"]["type"] == "object"
    assert api.get("/tools/by-name", params={"name": "weather__nope"}).status_code == 404
    assert api.get("/tools/by-name", params={"name": "get_weather"}).status_code == 404
    assert api.get("/tools/by-name", params={"name": "nobody__x"}).status_code == 404


def test_overrides_and_schema_correction(api: httpx.Client, running: dict[str, str]) -> None:
    weather = running["weather"]
    tool = _tools(api, weather)["get_forecast"]
    base = f"/servers/{weather}/tools/{tool['id']}/overrides"
    changed = _ok(api.patch(base, json={"description": "Outlook with zanzibarian detail"}))
    assert changed["description"] == "Outlook with zanzibarian detail"
    assert changed["overrides"]["description"] == "Outlook with zanzibarian detail"
    assert changed["name"] == "get_forecast"
    assert _search(api, "zanzibarian")[0]["tool_id"] == tool["id"]

    renamed = _ok(api.patch(base, json={"name": "outlook"}))
    assert renamed["name"] == "outlook" and renamed["qualified_name"] == "weather__outlook"
    result = _ok(_execute(api, tool_name="weather__outlook", arguments={"city": "Rome", "days": 1}))
    assert result["error"] is None and len(result["result"]["days"]) == 1
    assert result["tool_name"] == "outlook"
    assert _execute(api, tool_name="weather__get_forecast").status_code == 404
    assert (
        _ok(api.get("/tools/by-name", params={"name": "weather__outlook"}))["tool_id"] == tool["id"]
    )
    clash = api.patch(base, json={"name": "get_weather"})
    assert clash.status_code == 409

    dropped = _ok(api.patch(base, json={"name": None}))
    assert dropped["name"] == "get_forecast" and dropped["overrides"] == {
        "name": None,
        "description": "Outlook with zanzibarian detail",
        "input_schema": None,
    }
    assert api.delete(base).status_code == 204
    restored = _tools(api, weather)["get_forecast"]
    assert restored["overrides"] is None and restored["description"] == tool["description"]
    assert _search(api, "zanzibarian") == []

    corrected = _ok(api.post(f"/servers/{weather}/tools/{tool['id']}/correct-schema"))
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
    selection = _ok(api.get(f"/servers/{weather}/tool-selection"))["items"]
    by_name = {item["tool_name"]: item for item in selection}
    assert set(by_name) == {"get_weather", "get_forecast"}
    assert all(item["enabled"] for item in selection)
    forecast = by_name["get_forecast"]["tool_id"]
    off = _ok(
        api.patch(
            f"/servers/{weather}/tool-selection",
            json={"tool_ids": [forecast, str(uuid.uuid4())], "enabled": False},
        )
    )
    assert off == {"updated": 1}
    assert "get_forecast" not in {r["tool_name"] for r in _search(api, "weather forecast days")}
    disabled = _execute(api, tool_name="weather__get_forecast", arguments={"city": "Oslo"})
    assert disabled.status_code == 404 and "disabled" in disabled.json()["detail"]
    assert _tools(api, weather)["get_forecast"]["enabled"] is False
    on = _ok(
        api.patch(
            f"/servers/{weather}/tool-selection", json={"tool_ids": [forecast], "enabled": True}
        )
    )
    assert on == {"updated": 1}
    assert "get_forecast" in {r["tool_name"] for r in _search(api, "weather forecast days")}


def test_sync_running_server(api: httpx.Client, running: dict[str, str]) -> None:
    before = _ok(api.get(f"/servers/{running['weather']}"))
    synced = _ok(api.post(f"/servers/{running['weather']}/sync"))
    assert synced["added"] == synced["removed"] == synced["modified"] == []
    assert synced["total_tools"] == 2 and len(synced["sync_hash"]) == 64
    assert synced["sync_hash"] == before["tool_sync_hash"]


def test_lab_server_sync_errors_timeout_and_death(
    api: httpx.Client, lab_script: Path, running: dict[str, str]
) -> None:
    lab = _create_lab(api, lab_script, "lab", tool_timeout=1, env={"FROM_CONFIG": "config"})
    lid = lab["id"]
    credential = {"name": "LAB_TOKEN", "credential_type": "bearer", "value": "t0k3n-value-1234"}
    _ok(api.post(f"/servers/{lid}/credentials", json={**credential, "prefix": "Bearer "}), 201)
    not_running = api.post(f"/servers/{lid}/sync")
    assert not_running.status_code == 409 and "not running" in not_running.json()["detail"]
    unknown = _execute(api, tool_name="lab__alpha", arguments={"text": "x"})
    assert unknown.status_code == 404  # never started: no tools known yet
    assert _ok(api.post(f"/servers/{lid}/start"))["current_status"] == "running"
    names = set(_tools(api, lid))
    assert names == {"alpha", "beta", "evolve", "nap", "boom", "pid", "getenv"}
    assert _ok(api.post(f"/servers/{lid}/stop"))["current_status"] == "stopped"
    assert set(_tools(api, lid)) == names  # tools stay registered while stopped
    stopped = _execute(api, tool_name="lab__alpha", arguments={"text": "x"})
    assert stopped.status_code == 409 and "start it first" in stopped.json()["detail"]
    assert _ok(api.post(f"/servers/{lid}/start"))["current_status"] == "running"
    tools_before = _tools(api, lid)
    token = _ok(_execute(api, tool_name="lab__getenv", arguments={"name": "LAB_TOKEN"}))
    assert token["result"] == {"result": "Bearer t0k3n-value-1234"}  # credential -> child env
    from_config = _ok(_execute(api, tool_name="lab__getenv", arguments={"name": "FROM_CONFIG"}))
    assert from_config["result"] == {"result": "config"}
    boom = _ok(_execute(api, tool_name="lab__boom"))
    assert boom["result"] is None and "kaboom" in boom["error"]
    evolved = _ok(_execute(api, tool_name="lab__evolve"))
    assert evolved["result"] == {"result": "evolved"}  # structured content of a str tool
    report = _ok(api.post(f"/servers/{lid}/sync"))
    assert report["added"] == ["gamma"] and report["removed"] == ["beta"]
    assert report["modified"] == ["alpha"] and report["total_tools"] == 7
    after = _tools(api, lid)
    assert after["alpha"]["id"] == tools_before["alpha"]["id"]
    assert after["alpha"]["description"] == "Echo the text back, reworded description."
    assert _ok(_execute(api, tool_name="lab__gamma", arguments={"n": 21}))["result"] == {
        "result": 42
    }
    assert _execute(api, tool_name="lab__beta").status_code == 404
    assert _ok(api.get(f"/servers/{lid}"))["tool_count"] == 7

    slow = _ok(_execute(api, tool_name="lab__nap", arguments={"seconds": 3}))
    assert slow["result"] is None and "did not answer within 1s" in slow["error"]

    pid = _ok(_execute(api, tool_name="lab__pid"))["result"]["result"]
    assert isinstance(pid, int)
    os.kill(pid, signal.SIGKILL)
    assert _wait(lambda: _gone(pid))
    # Supervision: the crashed child is restarted; status and last_error tell the story.

    def restarted() -> bool:
        server = _ok(api.get(f"/servers/{lid}"))
        return server["status"] == "running" and "automatic restart 1 of" in str(
            server["last_error"]
        )

    assert _wait(restarted), _ok(api.get(f"/servers/{lid}"))
    assert "died" in _ok(api.get(f"/servers/{lid}"))["last_error"]
    echo = _ok(_execute(api, tool_name="alpha", server_id=lid, arguments={"text": "hi"}))
    assert echo["result"] == {"result": "hi"}
    new_pid = _ok(_execute(api, tool_name="lab__pid"))["result"]["result"]
    assert new_pid != pid and not _gone(new_pid)
    assert api.delete(f"/servers/{lid}").status_code == 204
    assert _wait(lambda: _gone(new_pid)), "delete did not stop the child"
    assert api.get("/tools/by-name", params={"name": "lab__alpha"}).status_code == 404


def test_local_tools(api: httpx.Client, running: dict[str, str]) -> None:
    body = {"name": "notes", "display_name": "Notes", "type": "local"}
    local = _ok(api.post("/servers", json=body), 201)
    sid = local["id"]
    assert local["status"] == "running"
    base = f"/servers/{sid}/tools"
    tool = _ok(
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
    patched = _ok(api.patch(f"{base}/{tool['id']}", json={"description": "Jot a quokka note"}))
    assert patched["description"] == "Jot a quokka note" and patched["name"] == "jot"
    hit = _search(api, "quokka")
    assert hit[0]["tool_name"] == "jot" and hit[0]["server_name"] == "notes"
    outcome = _ok(_execute(api, tool_name="notes__jot", arguments={"text": "x"}))
    assert outcome["result"] is None and "local tool" in outcome["error"]
    assert "no runtime" in outcome["error"]

    synced = _ok(
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
    synced = _ok(api.put(base, json={"tools": [{"name": "erase", "description": "Erase a memo"}]}))
    assert synced == {"tools_added": 0, "tools_updated": 0, "tools_removed": 2, "total_tools": 1}
    dup = api.put(base, json={"tools": [{"name": "a"}, {"name": "a"}]})
    assert dup.status_code == 422
    assert set(_tools(api, sid)) == {"erase"}
    assert _ok(api.get(f"/servers/{sid}"))["tool_count"] == 1
    assert api.put(f"/servers/{running['weather']}/tools", json={"tools": []}).status_code == 409
    weather_tool = _tools(api, running["weather"])["get_weather"]["id"]
    assert api.delete(f"/servers/{running['weather']}/tools/{weather_tool}").status_code == 409
    erase = _tools(api, sid)["erase"]["id"]
    assert api.delete(f"{base}/{erase}").status_code == 204
    assert _tools(api, sid) == {}

    sloppy = _ok(
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
    fixed = _ok(api.post(f"{base}/{sloppy['id']}/correct-schema"))
    assert fixed["input_schema"] == {
        "type": "object",
        "properties": {"n": {"type": "integer"}, "tags": {"type": "array", "items": {}}, "bad": {}},
        "required": ["n"],
    }
    assert fixed["overrides"]["input_schema"] == fixed["input_schema"]
    stopped = _ok(api.post(f"/servers/{sid}/stop"))
    assert stopped["current_status"] == "stopped"
    assert _search(api, "sloppy") == []
    assert _ok(api.post(f"/servers/{sid}/start"))["current_status"] == "running"
    assert api.delete(f"/servers/{sid}").status_code == 204


def test_credentials_oauth_and_connection_options(
    api: httpx.Client, running: dict[str, str]
) -> None:
    secret = "sk-live-abcdef1234567890"
    server = _ok(
        api.post(
            "/servers",
            json={
                "name": "vault",
                "display_name": "Vault",
                "type": "local",
                "credential_mode": "managed",
                "initial_bearer_token": "initial-token-0000",
                "oauth_config": {
                    "provider": "github",
                    "client_id": "cid",
                    "client_secret": "very-secret-client-value",
                    "authorize_url": "https://github.com/login/oauth/authorize",
                    "token_url": "https://github.com/login/oauth/access_token",
                    "scopes": "repo read:user",
                },
            },
        ),
        201,
    )
    sid = server["id"]
    assert server["oauth_config"]["client_secret_masked"] == "****alue"
    assert "very-secret" not in json.dumps(server) and "initial-token" not in json.dumps(server)
    base = f"/servers/{sid}/credentials"
    created = _ok(
        api.post(
            base,
            json={
                "name": "API_KEY",
                "credential_type": "api_key",
                "value": secret,
                "header_name": "X-Api-Key",
            },
        ),
        201,
    )
    assert created["masked_value"] == "****7890" and created["ownership_type"] == "managed"
    assert secret not in json.dumps(created)
    assert (
        api.post(base, json={"name": "API_KEY", "credential_type": "api_key", "value": "x"})
    ).status_code == 409
    listed = _ok(api.get(base))
    assert listed["total"] == 2
    assert {c["name"] for c in listed["items"]} == {"API_KEY", "bearer_token"}
    assert secret not in json.dumps(listed) and "initial-token" not in json.dumps(listed)
    assert api.delete(f"{base}/{created['id']}").status_code == 204
    assert api.delete(f"{base}/{created['id']}").status_code == 404

    oauth = _ok(api.get(f"/servers/{sid}/oauth-config"))
    assert oauth["provider"] == "github" and oauth["scopes"] == ["repo", "read:user"]
    assert oauth["client_secret_masked"] == "****alue" and "client_secret" not in oauth
    options = _ok(api.get(f"/servers/{sid}/connection-options"))
    assert options["server_id"] == sid and options["credential_mode"] == "managed"
    assert "oauth2" in options["allowed_credential_types"]
    assert options["existing_connections"] == [] and options["oauth_apps"] == []
    assert api.delete(f"/servers/{sid}/oauth-config").status_code == 204
    assert api.get(f"/servers/{sid}/oauth-config").status_code == 404
    assert api.delete(f"/servers/{sid}/oauth-config").status_code == 404
    assert _ok(api.get(f"/servers/{sid}"))["oauth_config"] is None
    assert api.get(f"/servers/{running['weather']}/oauth-config").status_code == 404
    plain = _ok(api.get(f"/servers/{running['weather']}/connection-options"))
    assert plain["credential_mode"] == "none" and plain["allowed_credential_types"] == []
    assert api.delete(f"/servers/{sid}").status_code == 204
    assert api.get(base).status_code == 404


def test_bulk_actions_and_health_all(api: httpx.Client, running: dict[str, str]) -> None:
    calc = _import(api, "builtin", "calculator", "calc")["id"]
    text = _import(api, "builtin", "text-tools", "text")["id"]
    ghost = str(uuid.uuid4())
    started = _ok(
        api.post(
            "/servers/bulk-action", json={"action": "start", "server_ids": [calc, text, ghost]}
        )
    )
    assert started["total"] == 3 and started["succeeded"] == 2 and started["failed"] == 1
    outcome = {r["server_id"]: r for r in started["results"]}
    assert outcome[ghost]["status"] == "failed" and "not found" in outcome[ghost]["error"]
    assert outcome[calc]["status"] == "success"
    summed = _ok(_execute(api, tool_name="calc__add", arguments={"a": 2, "b": 40}))
    assert summed["error"] is None and summed["result"] in (42, {"result": 42}, "42", 42.0)

    synced = _ok(api.post("/servers/bulk-action", json={"action": "sync", "server_ids": [calc]}))
    assert synced["succeeded"] == 1
    health = _ok(api.post("/servers/health/all"))
    assert health["total_checked"] == len(health["results"]) >= 4
    assert health["running"] >= 4
    checked = {r["server_name"]: r["current_status"] for r in health["results"]}
    assert checked["calc"] == checked["weather"] == "running"

    stopped = _ok(
        api.post("/servers/bulk-action", json={"action": "stop", "server_ids": [calc, text]})
    )
    assert stopped["succeeded"] == 2
    assert _ok(api.get(f"/servers/{calc}"))["status"] == "stopped"
    assert _execute(api, tool_name="calc__add", arguments={"a": 1, "b": 1}).status_code == 409
    unsynced = _ok(api.post("/servers/bulk-action", json={"action": "sync", "server_ids": [calc]}))
    assert unsynced["failed"] == 1 and "not running" in unsynced["results"][0]["error"]
    deleted = _ok(
        api.post("/servers/bulk-action", json={"action": "delete", "server_ids": [calc, text]})
    )
    assert deleted["succeeded"] == 2
    assert api.get(f"/servers/{calc}").status_code == 404
    bad_action = api.post("/servers/bulk-action", json={"action": "explode", "server_ids": []})
    assert bad_action.status_code == 422
    bad_id = api.post("/servers/bulk-action", json={"action": "stop", "server_ids": ["x"]})
    assert bad_id.status_code == 422


# -- session scoping ---------------------------------------------------------------------------


def test_session_scoping(api: httpx.Client, gateway: LocalGateway, running: dict[str, str]) -> None:
    session = _session(api, gateway, ["WEATHER__*"], ["weather__get_forecast"])
    header = {"X-MCP-Session-ID": session}
    found = _search(api, "get current weather time forecast", headers=header, limit=10)
    assert [(r["server_name"], r["tool_name"]) for r in found] == [("weather", "get_weather")]
    alias = _search(api, "get current weather", headers={"Mcp-Session-Id": session})
    assert [r["tool_name"] for r in alias] == ["get_weather"]

    allowed = _execute(
        api, tool_name="weather__get_weather", arguments={"city": "Lima"}, headers=header
    )
    assert _ok(allowed)["error"] is None
    denied = _execute(
        api, tool_name="weather__get_forecast", arguments={"city": "Lima"}, headers=header
    )
    assert denied.status_code == 403
    assert denied.json()["detail"] == "Tool weather__get_forecast is not allowed in this session"
    other = _execute(api, tool_name="get_current_time", server_name="time-server", headers=header)
    assert other.status_code == 403 and "time-server__get_current_time" in other.json()["detail"]

    unknown = {"X-MCP-Session-ID": str(uuid.uuid4())}
    assert api.post("/tools/search", json={"query": "weather"}, headers=unknown).status_code == 404
    assert _execute(api, tool_name="weather__get_weather", headers=unknown).status_code == 404
    nothing = _session(api, gateway, [])
    assert _search(api, "weather", headers={"X-MCP-Session-ID": nothing}) == []
    if api.delete(f"/sessions/{nothing}").status_code == 204:  # soft delete -> inactive
        gone = api.post(
            "/tools/search", json={"query": "weather"}, headers={"X-MCP-Session-ID": nothing}
        )
        assert gone.status_code == 404


# -- MCP endpoint ------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _mcp(
    gateway: LocalGateway, mode: str = "auto", session_id: str | None = None
) -> AsyncIterator[Client]:
    headers = dict(gateway.headers)
    if session_id is not None:
        headers["X-MCP-Session-ID"] = session_id
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        Client(streamable_http_client(gateway.mcp_url, http_client=http), mode=mode) as client,
    ):
        yield client


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_mcp_endpoint_lists_and_calls(
    gateway: LocalGateway, running: dict[str, str], mode: str
) -> None:
    async with _mcp(gateway, mode) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert {
            "weather__get_weather",
            "weather__get_forecast",
            "time-server__get_current_time",
            "time-server__convert_time",
        } <= names
        result = await client.call_tool("weather__get_weather", {"city": "NYC"})
        assert not result.is_error
        assert isinstance(result.structured_content, dict)
        assert result.structured_content["city"] == "NYC"
        failed = await client.call_tool("weather__get_forecast", {"city": "NYC", "days": 99})
        assert failed.is_error
        with pytest.raises(MCPError, match="not found"):
            await client.call_tool("weather__nope", {})


@pytest.mark.asyncio(loop_scope="session")
async def test_mcp_endpoint_honours_session_scope(
    api: httpx.Client, gateway: LocalGateway, running: dict[str, str]
) -> None:
    session = _session(api, gateway, ["weather__get_weather", "time-server__*"])
    async with _mcp(gateway, "legacy", session) as client:
        names = sorted(tool.name for tool in (await client.list_tools()).tools)
        assert names == [
            "time-server__convert_time",
            "time-server__get_current_time",
            "weather__get_weather",
        ]
        with pytest.raises(MCPError, match="not allowed in this session"):
            await client.call_tool("weather__get_forecast", {"city": "Oslo"})
        ok = await client.call_tool("weather__get_weather", {"city": "Oslo"})
        assert not ok.is_error


@pytest.mark.asyncio(loop_scope="session")
async def test_mcp_endpoint_requires_key(gateway: LocalGateway) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    async with httpx2.AsyncClient() as http:
        response = await http.post(gateway.mcp_url, json=body)
    assert response.status_code == 401


# -- figures -----------------------------------------------------------------------------------


def test_execute_latency(api: httpx.Client, running: dict[str, str]) -> None:
    for _ in range(5):
        _execute(api, tool_name="weather__get_weather", arguments={"city": "warmup"})
    latencies = []
    for i in range(50):
        began = time.perf_counter()
        result = _ok(
            _execute(api, tool_name="weather__get_weather", arguments={"city": f"City {i}"})
        )
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
    server = _ok(api.post("/servers", json=body), 201)
    began = time.perf_counter()
    synced = _ok(api.put(f"/servers/{server['id']}/tools", json={"tools": tools}))
    sync_ms = (time.perf_counter() - began) * 1000
    assert synced["tools_added"] == 1000 and synced["total_tools"] == 1000
    queries = ["export customer report", "delete invoice billing", "get current weather"]
    latencies = []
    for i in range(60):
        query = queries[i % len(queries)]
        began = time.perf_counter()
        results = _search(api, query, limit=10)
        latencies.append(time.perf_counter() - began)
        assert results and 0 <= results[-1]["score"] <= results[0]["score"] == 1.0
    p50 = statistics.median(latencies) * 1000
    print(
        f"\nsearch over ~1,004 tools: p50 {p50:.2f} ms over HTTP (limit 10); "
        f"declarative sync of 1,000 local tools {sync_ms:.0f} ms"
    )
    weather = _search(api, "get current weather")
    assert (weather[0]["server_name"], weather[0]["tool_name"]) == ("weather", "get_weather")
    assert api.delete(f"/servers/{server['id']}").status_code == 204
    assert p50 < 250


# -- lifecycle across gateway restarts ---------------------------------------------------------


def test_shutdown_stops_children_and_restart_keeps_servers(
    tmp_path: Path, lab_script: Path
) -> None:
    data_dir = tmp_path / "data"
    key = "mgw_local_restart-test-key"
    with (
        run_local_gateway(
            data_dir=data_dir, api_key=key, extra_args=("--validate-responses",)
        ) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=60) as api,
    ):
        lab = _create_lab(api, lab_script, "lab")
        assert _ok(api.post(f"/servers/{lab['id']}/start"))["current_status"] == "running"
        pid = _ok(_execute(api, tool_name="lab__pid"))["result"]["result"]
        assert not _gone(pid)
    assert _wait(lambda: _gone(pid), 10.0), "the child outlived the gateway"
    with (
        run_local_gateway(
            data_dir=data_dir, api_key=key, extra_args=("--validate-responses",)
        ) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=60) as api,
    ):
        server = _ok(api.get(f"/servers/{lab['id']}"))
        assert server["status"] == "stopped" and server["tool_count"] == 7
        assert set(_tools(api, lab["id"])) == {
            "alpha",
            "beta",
            "evolve",
            "nap",
            "boom",
            "pid",
            "getenv",
        }
        assert _search(api, "echo the text") == []
        assert _ok(api.post(f"/servers/{lab['id']}/start"))["current_status"] == "running"
        assert _search(api, "echo the text")[0]["tool_name"] == "alpha"


def test_gateway_log_has_no_errors(gateway: LocalGateway) -> None:
    log = gateway.log_path.read_text(errors="replace")
    print("\n--- gateway log ---\n" + log[-4000:])
    assert "Traceback" not in log and "does not match the spec" not in log


# -- in-process: the wiring hook and the toolbox alone -----------------------------------------


@contextlib.contextmanager
def _state(tmp_path: Path) -> Iterator[Any]:
    from mcpgateway_local.auth import hash_api_key
    from mcpgateway_local.settings import Settings
    from mcpgateway_local.spec import load_spec
    from mcpgateway_local.state import GatewayState
    from mcpgateway_local.store import Store

    store = Store.open(None)
    try:
        yield GatewayState(Settings(api_key="k"), load_spec(), store, tmp_path, hash_api_key("k"))
    finally:
        store.close()


@pytest.mark.asyncio(loop_scope="session")
async def test_wiring_runtime_serves_endpoint_when_alone(tmp_path: Path) -> None:
    from mcpgateway_local import mcp_wiring

    with _state(tmp_path) as gw:
        async with mcp_wiring.runtime(gw) as provider:
            assert gw.mcp_app is not None
            assert gw.mcp_provider is provider
            assert provider.authenticate("Bearer k") and not provider.authenticate("Bearer x")
            assert await provider.list_tools(None) == []
        assert gw.mcp_app is None and gw.mcp_provider is None


def test_toolbox_search_1000_tools_in_process(tmp_path: Path) -> None:
    from mcpgateway_local.toolbox import Toolbox

    with _state(tmp_path) as gw:
        box = Toolbox.of(gw)
        server = {"id": str(uuid.uuid4()), "name": "bulk", "type": "local", "status": "running"}
        box.insert_server(server)
        words = ["invoice", "customer", "ticket", "report", "order", "user", "file", "metric"]
        tools = [
            {"name": f"tool_{i}", "description": f"Handle {words[i % 8]} {words[(i // 8) % 8]}"}
            for i in range(1000)
        ]
        began = time.perf_counter()
        assert box.sync_local_tools(server, tools) == (1000, 0, 0, 1000)
        sync_ms = (time.perf_counter() - began) * 1000
        latencies = []
        for _ in range(100):
            began = time.perf_counter()
            hits = box.search("customer report", 10)
            latencies.append(time.perf_counter() - began)
        assert len(hits) == 10 and hits[0][1] == 1.0
        p50 = statistics.median(latencies) * 1000
        print(
            f"\ntoolbox.search over 1,000 tools in process: p50 {p50:.3f} ms (sync {sync_ms:.0f} ms)"
        )
        assert p50 < 50
