"""Tool scoping (scoping.py and its use by REST and MCP): unambiguous names, fail-closed sessions,
bundles that really restrict.

Unit checks of `ToolScope` on (server, tool) pairs, then one real gateway (shared factory) with
the built-in calculator imported as `calc` for the REST and MCP paths.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from mcpgateway_local import scoping
from mcpgateway_local.launcher import LocalGateway
from mcpgateway_local.scoping import ToolScope, invalid_scope_entries, split_qualified

API = "/api/v1"
TOOLS_LIST = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
MCP_HEADERS = {
    "Accept": "application/json, text/event-stream",
    "MCP-Protocol-Version": "2025-11-25",
}


# -- units -------------------------------------------------------------------------------------


def test_scope_checks_compare_server_and_tool_pairs() -> None:
    allow_calc = ToolScope(["calc__*"])
    assert allow_calc.permits_tool("calc", "add")
    assert not allow_calc.permits_tool("calc_", "add")  # was granted by the string prefix
    deny_calc = ToolScope(None, ["calc__*"])
    assert deny_calc.permits_tool("calc_", "add") and not deny_calc.permits_tool("calc", "x")


@pytest.mark.parametrize("name", ["calc_", "_calc", "a__b", " calc"])
def test_ambiguous_server_names_are_refused(name: str) -> None:
    assert scoping.server_name_problem(name) is not None


def test_scope_entries_that_could_mean_two_things_are_invalid() -> None:
    assert invalid_scope_entries(["calc___*", "_x__y", "calc__a*", "calc__*", "*"]) == [
        "calc___*",
        "_x__y",
        "calc__a*",
    ]


# -- REST and MCP ------------------------------------------------------------------------------


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else None


@pytest.fixture(scope="module")
def calc(api: httpx.Client) -> str:
    body = {"registry": "builtin", "registry_id": "calculator", "name": "calc"}
    server_id: str = ok(api.post("/servers/catalog-imports", json=body), 201)["id"]
    assert ok(api.post(f"/servers/{server_id}/start"))["current_status"] == "running"
    return server_id


def session(api: httpx.Client, **fields: Any) -> str:
    session_id: str = ok(api.post("/sessions", json=fields), 201)["id"]
    return session_id


def test_rest_refuses_ambiguous_server_names(api: httpx.Client, calc: str) -> None:
    for name in ("calc_", "_calc"):
        refused = api.post("/servers", json={"name": name, "display_name": name, "type": "local"})
        assert refused.status_code == 422 and "'_'" in refused.text
        body = {"registry": "builtin", "registry_id": "calculator", "name": name}
        assert api.post("/servers/catalog-imports", json=body).status_code == 422
        assert api.put(f"/servers/{calc}", json={"name": name}).status_code == 422
    assert api.post("/sessions", json={"denied_tool_names": ["calc___*"]}).status_code == 422


def test_by_name_and_server_tools_honour_the_session(api: httpx.Client, calc: str) -> None:
    only_add = {"X-MCP-Session-ID": session(api, allowed_tool_names=["calc__add"])}
    assert api.get("/tools/by-name", params={"name": "calc__add"}, headers=only_add).is_success
    hidden = api.get("/tools/by-name", params={"name": "calc__multiply"}, headers=only_add)
    assert hidden.status_code == 404
    names = [t["name"] for t in ok(api.get(f"/servers/{calc}/tools", headers=only_add))]
    assert names == ["add"]
    assert len(ok(api.get(f"/servers/{calc}/tools"))) > 1


def test_bundle_id_restricts_search_execute_and_by_name(api: httpx.Client, calc: str) -> None:
    tools = ok(api.get(f"/servers/{calc}/tools"))
    add_id = next(t["id"] for t in tools if t["name"] == "add")
    bundle = ok(api.post("/bundles", json={"name": "only-add"}), 201)["id"]
    ok(api.post(f"/bundles/{bundle}/tools", json={"tools": [{"tool_id": add_id}]}))

    found = ok(api.post("/tools/search", json={"query": "multiply numbers", "bundle_id": bundle}))
    assert {t["qualified_name"] for t in found["tools"]} <= {"calc__add"}
    refused = api.post(
        "/tools/execute",
        json={"tool_name": "calc__multiply", "arguments": {"a": 2, "b": 3}, "bundle_id": bundle},
    )
    assert refused.status_code == 403
    allowed = api.post(
        "/tools/execute",
        json={"tool_name": "calc__add", "arguments": {"a": 2, "b": 3}, "bundle_id": bundle},
    )
    assert ok(allowed)["error"] is None
    by_name = {"name": "calc__multiply", "bundle_id": bundle}
    assert api.get("/tools/by-name", params=by_name).status_code == 404
    missing = {"tool_name": "calc__add", "arguments": {}, "bundle_id": str(uuid.uuid4())}
    assert api.post("/tools/execute", json=missing).status_code == 404


@pytest.fixture
def deleted_and_live(api: httpx.Client, calc: str) -> tuple[str, str]:
    deleted = session(api)
    assert api.delete(f"/sessions/{deleted}", params={"hard_delete": "true"}).is_success
    return deleted, session(api, allowed_tool_names=["calc__add"])


async def test_mcp_fails_closed_for_unknown_and_deleted_sessions(
    gateway: LocalGateway, deleted_and_live: tuple[str, str]
) -> None:
    deleted, live = deleted_and_live
    async with httpx2.AsyncClient(headers={**gateway.headers, **MCP_HEADERS}) as http:
        for sid in (str(uuid.uuid4()), "random-words", deleted):
            response = await http.post(
                gateway.mcp_url, json=TOOLS_LIST, headers={"X-MCP-Session-ID": sid}
            )
            assert response.status_code == 404, (sid, response.text)
            assert "not found" in response.json()["detail"]
    with pytest.raises(Exception):  # noqa: B017 - the client reports the 404 its own way
        async with mcp_client(gateway, deleted) as client:
            await client.list_tools()
    async with mcp_client(gateway, live) as client:
        assert [t.name for t in (await client.list_tools()).tools] == ["calc__add"]


@contextlib.asynccontextmanager
async def mcp_client(gateway: LocalGateway, session_id: str) -> AsyncIterator[Client]:
    headers = {**gateway.headers, "X-MCP-Session-ID": session_id}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        Client(streamable_http_client(gateway.mcp_url, http_client=http)) as client,
    ):
        yield client


# ---------------------------------------------------------------------------
# scoping
# ---------------------------------------------------------------------------

README_SCOPE = ToolScope(
    allowed=["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
    denied=["HOTSPOT__internal_debug"],
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("VVMCP__kb_finance", True),
        ("VVMCP__kb_hr", False),
        ("HOTSPOT__list_hotspots", True),
        ("HOTSPOT__internal_debug", False),
        ("hotspot__internal_debug", False),  # server part is case-insensitive
        ("HOTSPOT__Internal_Debug", True),  # tool part is case-sensitive
        ("GMAIL__send_email", True),
        ("Gmail__send_email", True),
        ("GMAIL__", False),
        ("SLACK__post_message", False),
        ("kb_finance", False),
        ("VVMCP__KB_FINANCE", False),
    ],
)
def test_scope_readme_example(name: str, expected: bool) -> None:
    assert README_SCOPE.permits(name) is expected


def test_scope_matrix() -> None:
    everything = ToolScope(None, None)
    assert (
        everything.permits("ANY__tool")
        and everything.permits("bare")
        and everything.is_unrestricted
    )
    assert ToolScope([], None).permits("A__x") is False
    assert ToolScope(["*"], None).permits("A__x") is True
    assert ToolScope(None, ["*"]).permits("A__x") is False
    assert ToolScope(None, ["A__*"]).permits("A__x") is False
    assert ToolScope(None, ["A__*"]).permits("B__x") is True
    assert ToolScope(["A__x"], ["A__x"]).permits("A__x") is False  # deny wins
    assert ToolScope(["*"], ["B__*"]).permits("B__y") is False
    assert ToolScope(["A__x__y"], None).permits("A__x__y") is True
    assert ToolScope(["A*"], None).permits("A__x") is False  # no glob beyond SERVER__*
    same = ToolScope(list(README_SCOPE.allowed or []), list(README_SCOPE.denied or []))
    assert same == README_SCOPE
    assert invalid_scope_entries(["A__x", "A__*", "*", "nope", "__x", "A__"]) == [
        "nope",
        "__x",
        "A__",
    ]


def test_split_qualified() -> None:
    assert split_qualified("GMAIL__send_email") == ("GMAIL", "send_email")
    assert split_qualified("A__b__c") == ("A", "b__c")
    assert split_qualified("A_b__c") == ("A_b", "c")
    for bad in ("plain", "__tool", "server__", "", "_"):
        assert split_qualified(bad) is None
