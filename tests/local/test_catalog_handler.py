"""handlers/catalog.py against a real local gateway process: search, get, imports.

One gateway per module (the shared `gateway` fixture, `--validate-responses`, so every JSON body
is checked against openapi.json), plain httpx, real children.
"""

from __future__ import annotations

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.support.servers_kit import (
    ok,
    start_builtins,
)


@pytest.fixture(scope="module")
def running(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    return start_builtins(api)


# -- catalog -----------------------------------------------------------------------------------


def test_catalog_search_and_get(api: httpx.Client) -> None:
    everything = ok(api.get("/catalog/search"))
    assert everything["total"] == len(everything["items"]) >= 4
    assert {"time", "weather", "calculator", "text-tools"} <= {
        item["registry_id"] for item in everything["items"]
    }
    weather = ok(api.get("/catalog/search", params={"search": "weather forecast"}))
    assert [item["registry_id"] for item in weather["items"]] == ["weather"]
    assert weather["items"][0]["registry"] == "builtin"
    nothing = ok(api.get("/catalog/search", params={"search": "kubernetes"}))
    assert nothing == {"items": [], "total": 0, "next_cursor": None}
    page = ok(api.get("/catalog/search", params={"limit": 2}))
    assert len(page["items"]) == 2 and page["next_cursor"] == "2"
    rest = ok(api.get("/catalog/search", params={"limit": 2, "cursor": page["next_cursor"]}))
    assert {i["registry_id"] for i in rest["items"]}.isdisjoint(
        {i["registry_id"] for i in page["items"]}
    )
    for cursor in ("x", "-1", "\u00b3"):  # "³".isdigit() is true, but it is no number
        assert api.get("/catalog/search", params={"cursor": cursor}).status_code == 422
    npm = ok(api.get("/catalog/search", params=[("source", "npm")]))
    assert [(i["registry"], i["registry_id"]) for i in npm["items"]] == [
        ("npm", "@anthropic/time-mcp")
    ]

    raw = ok(api.get("/catalog/npm/@anthropic/time-mcp"))
    encoded = ok(api.get("/catalog/npm/%40anthropic%2Ftime-mcp"))
    assert raw == encoded
    assert raw["registry"] == "npm" and raw["registry_id"] == "@anthropic/time-mcp"
    assert raw["name"] == "time" and raw["tool_count"] == 2
    preview = raw["import_preview"]
    assert preview["server_type"] == "uvx"
    assert preview["config_preview"]["package"] == "mcpgateway-local-time"
    assert ok(api.get("/catalog/builtin/weather"))["name"] == "weather"
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
    server = ok(api.get(f"/servers/{running['time-server']}"))
    assert server["source"] == "imported" and server["type"] == "uvx"
    assert server["config"]["package"] and server["tool_count"] == 2
    assert server["tool_sync_hash"] and server["last_synced_at"]


def test_gateway_log_has_no_errors(gateway: LocalGateway) -> None:
    log = gateway.log_path.read_text(errors="replace")
    print("\n--- gateway log ---\n" + log[-4000:])
    assert "Traceback" not in log and "does not match the spec" not in log
