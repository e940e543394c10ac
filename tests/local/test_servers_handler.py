"""handlers/servers.py against a real local gateway process: CRUD, lifecycle, sync, credentials,
bulk actions and health, children across gateway restarts.

One gateway per module (the shared `gateway` fixture, `--validate-responses`, so every JSON body
is checked against openapi.json), plain httpx, real children.
A small lab MCP server (`tests.support.servers_kit.LAB_SERVER`) covers tool-list changes, tool
errors, timeouts and a killed child.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.conftest import API, GatewayFactory
from tests.support.servers_kit import (
    create_lab,
    execute,
    gone,
    import_server,
    ok,
    search,
    start_builtins,
    tools_of,
    wait_for,
    write_lab_script,
)


@pytest.fixture(scope="module")
def running(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    return start_builtins(api)


@pytest.fixture(scope="module")
def lab_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_lab_script(tmp_path_factory)


# -- servers CRUD ------------------------------------------------------------------------------


def test_server_crud_and_listing(api: httpx.Client, running: dict[str, str]) -> None:
    created = ok(
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

    updated = ok(api.put(f"/servers/{sid}", json={"display_name": "CRUD Demo", "name": "crud-2"}))
    assert updated["display_name"] == "CRUD Demo" and updated["name"] == "crud-2"
    assert updated["config"]["args"] == ["-m", "nothing"]
    assert api.put(f"/servers/{sid}", json={"name": "weather"}).status_code == 409
    assert ok(api.get(f"/servers/{sid}"))["name"] == "crud-2"

    listing = ok(api.get("/servers", params={"page": 1, "page_size": 100}))
    names = {s["name"] for s in listing["items"]}
    assert {"crud-2", "time-server", "weather"} <= names
    assert listing["total"] == len(listing["items"]) and listing["page_size"] == 100
    assert listing["status_counts"]["running"] >= 2 and listing["status_counts"]["stopped"] >= 1
    only_running = ok(api.get("/servers", params={"status": "running,error"}))
    assert {s["status"] for s in only_running["items"]} <= {"running", "error"}
    assert "crud-2" not in {s["name"] for s in only_running["items"]}
    searched = ok(api.get("/servers", params={"search": "crud"}))
    assert [s["name"] for s in searched["items"]] == ["crud-2"]
    by_type = ok(api.get("/servers", params={"type": "local,remote"}))
    assert all(s["type"] in ("local", "remote") for s in by_type["items"])
    paged = ok(api.get("/servers", params={"page_size": 1, "sort_by": "name", "sort_order": "asc"}))
    assert len(paged["items"]) == 1 and paged["total"] >= 3
    assert paged["items"][0]["name"] == min(names, key=str.casefold)
    assert api.get("/servers", params={"sort_by": "colour"}).status_code == 422

    failed = ok(api.post(f"/servers/{sid}/start"))
    assert failed["current_status"] == "error" and "failed to start" in failed["message"]
    errored = ok(api.get(f"/servers/{sid}"))
    assert errored["status"] == "error" and "No module named nothing" in errored["last_error"]
    assert errored["enriched_error"]["category"] == "python_package_not_found"

    assert api.delete(f"/servers/{sid}").status_code == 204
    assert api.get(f"/servers/{sid}").status_code == 404
    assert api.delete(f"/servers/{sid}").status_code == 404
    assert api.get("/servers/not-a-uuid").status_code == 404


def test_sync_running_server(api: httpx.Client, running: dict[str, str]) -> None:
    before = ok(api.get(f"/servers/{running['weather']}"))
    synced = ok(api.post(f"/servers/{running['weather']}/sync"))
    assert synced["added"] == synced["removed"] == synced["modified"] == []
    assert synced["total_tools"] == 2 and len(synced["sync_hash"]) == 64
    assert synced["sync_hash"] == before["tool_sync_hash"]


def test_lab_server_sync_errors_timeout_and_death(
    api: httpx.Client, lab_script: Path, running: dict[str, str]
) -> None:
    lab = create_lab(api, lab_script, "lab", tool_timeout=1, env={"FROM_CONFIG": "config"})
    lid = lab["id"]
    credential = {"name": "LAB_TOKEN", "credential_type": "bearer", "value": "t0k3n-value-1234"}
    ok(api.post(f"/servers/{lid}/credentials", json={**credential, "prefix": "Bearer "}), 201)
    not_running = api.post(f"/servers/{lid}/sync")
    assert not_running.status_code == 409 and "not running" in not_running.json()["detail"]
    unknown = execute(api, tool_name="lab__alpha", arguments={"text": "x"})
    assert unknown.status_code == 404  # never started: no tools known yet
    assert ok(api.post(f"/servers/{lid}/start"))["current_status"] == "running"
    names = set(tools_of(api, lid))
    assert names == {"alpha", "beta", "evolve", "nap", "boom", "pid", "getenv"}
    assert ok(api.post(f"/servers/{lid}/stop"))["current_status"] == "stopped"
    assert set(tools_of(api, lid)) == names  # tools stay registered while stopped
    stopped = execute(api, tool_name="lab__alpha", arguments={"text": "x"})
    assert stopped.status_code == 409 and "start it first" in stopped.json()["detail"]
    assert ok(api.post(f"/servers/{lid}/start"))["current_status"] == "running"
    tools_before = tools_of(api, lid)
    token = ok(execute(api, tool_name="lab__getenv", arguments={"name": "LAB_TOKEN"}))
    assert token["result"] == {"result": "Bearer t0k3n-value-1234"}  # credential -> child env
    from_config = ok(execute(api, tool_name="lab__getenv", arguments={"name": "FROM_CONFIG"}))
    assert from_config["result"] == {"result": "config"}
    boom = ok(execute(api, tool_name="lab__boom"))
    assert boom["result"] is None and "kaboom" in boom["error"]
    evolved = ok(execute(api, tool_name="lab__evolve"))
    assert evolved["result"] == {"result": "evolved"}  # structured content of a str tool
    report = ok(api.post(f"/servers/{lid}/sync"))
    assert report["added"] == ["gamma"] and report["removed"] == ["beta"]
    assert report["modified"] == ["alpha"] and report["total_tools"] == 7
    after = tools_of(api, lid)
    assert after["alpha"]["id"] == tools_before["alpha"]["id"]
    assert after["alpha"]["description"] == "Echo the text back, reworded description."
    assert ok(execute(api, tool_name="lab__gamma", arguments={"n": 21}))["result"] == {"result": 42}
    assert execute(api, tool_name="lab__beta").status_code == 404
    assert ok(api.get(f"/servers/{lid}"))["tool_count"] == 7

    slow = ok(execute(api, tool_name="lab__nap", arguments={"seconds": 3}))
    assert slow["result"] is None and "did not answer within 1s" in slow["error"]

    pid = ok(execute(api, tool_name="lab__pid"))["result"]["result"]
    assert isinstance(pid, int)
    os.kill(pid, signal.SIGKILL)
    assert wait_for(lambda: gone(pid))
    # Supervision: the crashed child is restarted; status and last_error tell the story.

    def restarted() -> bool:
        server = ok(api.get(f"/servers/{lid}"))
        return server["status"] == "running" and "automatic restart 1 of" in str(
            server["last_error"]
        )

    assert wait_for(restarted), ok(api.get(f"/servers/{lid}"))
    assert "died" in ok(api.get(f"/servers/{lid}"))["last_error"]
    echo = ok(execute(api, tool_name="alpha", server_id=lid, arguments={"text": "hi"}))
    assert echo["result"] == {"result": "hi"}
    new_pid = ok(execute(api, tool_name="lab__pid"))["result"]["result"]
    assert new_pid != pid and not gone(new_pid)
    assert api.delete(f"/servers/{lid}").status_code == 204
    assert wait_for(lambda: gone(new_pid)), "delete did not stop the child"
    assert api.get("/tools/by-name", params={"name": "lab__alpha"}).status_code == 404


def test_credentials_oauth_and_connection_options(
    api: httpx.Client, running: dict[str, str]
) -> None:
    secret = "sk-live-abcdef1234567890"
    server = ok(
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
    created = ok(
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
    listed = ok(api.get(base))
    assert listed["total"] == 2
    assert {c["name"] for c in listed["items"]} == {"API_KEY", "bearer_token"}
    assert secret not in json.dumps(listed) and "initial-token" not in json.dumps(listed)
    assert api.delete(f"{base}/{created['id']}").status_code == 204
    assert api.delete(f"{base}/{created['id']}").status_code == 404

    oauth = ok(api.get(f"/servers/{sid}/oauth-config"))
    assert oauth["provider"] == "github" and oauth["scopes"] == ["repo", "read:user"]
    assert oauth["client_secret_masked"] == "****alue" and "client_secret" not in oauth
    options = ok(api.get(f"/servers/{sid}/connection-options"))
    assert options["server_id"] == sid and options["credential_mode"] == "managed"
    assert "oauth2" in options["allowed_credential_types"]
    assert options["existing_connections"] == [] and options["oauth_apps"] == []
    assert api.delete(f"/servers/{sid}/oauth-config").status_code == 204
    assert api.get(f"/servers/{sid}/oauth-config").status_code == 404
    assert api.delete(f"/servers/{sid}/oauth-config").status_code == 404
    assert ok(api.get(f"/servers/{sid}"))["oauth_config"] is None
    assert api.get(f"/servers/{running['weather']}/oauth-config").status_code == 404
    plain = ok(api.get(f"/servers/{running['weather']}/connection-options"))
    assert plain["credential_mode"] == "none" and plain["allowed_credential_types"] == []
    assert api.delete(f"/servers/{sid}").status_code == 204
    assert api.get(base).status_code == 404


def test_bulk_actions_and_health_all(api: httpx.Client, running: dict[str, str]) -> None:
    calc = import_server(api, "builtin", "calculator", "calc")["id"]
    text = import_server(api, "builtin", "text-tools", "text")["id"]
    ghost = str(uuid.uuid4())
    started = ok(
        api.post(
            "/servers/bulk-action", json={"action": "start", "server_ids": [calc, text, ghost]}
        )
    )
    assert started["total"] == 3 and started["succeeded"] == 2 and started["failed"] == 1
    outcome = {r["server_id"]: r for r in started["results"]}
    assert outcome[ghost]["status"] == "failed" and "not found" in outcome[ghost]["error"]
    assert outcome[calc]["status"] == "success"
    summed = ok(execute(api, tool_name="calc__add", arguments={"a": 2, "b": 40}))
    assert summed["error"] is None and summed["result"] in (42, {"result": 42}, "42", 42.0)

    synced = ok(api.post("/servers/bulk-action", json={"action": "sync", "server_ids": [calc]}))
    assert synced["succeeded"] == 1
    health = ok(api.post("/servers/health/all"))
    assert health["total_checked"] == len(health["results"]) >= 4
    assert health["running"] >= 4
    checked = {r["server_name"]: r["current_status"] for r in health["results"]}
    assert checked["calc"] == checked["weather"] == "running"

    stopped = ok(
        api.post("/servers/bulk-action", json={"action": "stop", "server_ids": [calc, text]})
    )
    assert stopped["succeeded"] == 2
    assert ok(api.get(f"/servers/{calc}"))["status"] == "stopped"
    assert execute(api, tool_name="calc__add", arguments={"a": 1, "b": 1}).status_code == 409
    unsynced = ok(api.post("/servers/bulk-action", json={"action": "sync", "server_ids": [calc]}))
    assert unsynced["failed"] == 1 and "not running" in unsynced["results"][0]["error"]
    deleted = ok(
        api.post("/servers/bulk-action", json={"action": "delete", "server_ids": [calc, text]})
    )
    assert deleted["succeeded"] == 2
    assert api.get(f"/servers/{calc}").status_code == 404
    bad_action = api.post("/servers/bulk-action", json={"action": "explode", "server_ids": []})
    assert bad_action.status_code == 422
    bad_id = api.post("/servers/bulk-action", json={"action": "stop", "server_ids": ["x"]})
    assert bad_id.status_code == 422


# -- lifecycle across gateway restarts ---------------------------------------------------------


def test_shutdown_stops_children_and_restart_keeps_servers(
    gateway_factory: GatewayFactory, tmp_path: Path, lab_script: Path
) -> None:
    data_dir = tmp_path / "data"
    key = "mgw_local_restart-test-key"
    with (
        gateway_factory(data_dir=data_dir, api_key=key) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=60) as api,
    ):
        lab = create_lab(api, lab_script, "lab")
        assert ok(api.post(f"/servers/{lab['id']}/start"))["current_status"] == "running"
        pid = ok(execute(api, tool_name="lab__pid"))["result"]["result"]
        assert not gone(pid)
    assert wait_for(lambda: gone(pid), 10.0), "the child outlived the gateway"
    with (
        gateway_factory(data_dir=data_dir, api_key=key) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=60) as api,
    ):
        server = ok(api.get(f"/servers/{lab['id']}"))
        assert server["status"] == "stopped" and server["tool_count"] == 7
        assert set(tools_of(api, lab["id"])) == {
            "alpha",
            "beta",
            "evolve",
            "nap",
            "boom",
            "pid",
            "getenv",
        }
        assert search(api, "echo the text") == []
        assert ok(api.post(f"/servers/{lab['id']}/start"))["current_status"] == "running"
        assert search(api, "echo the text")[0]["tool_name"] == "alpha"


def test_gateway_log_has_no_errors(gateway: LocalGateway) -> None:
    log = gateway.log_path.read_text(errors="replace")
    print("\n--- gateway log ---\n" + log[-4000:])
    assert "Traceback" not in log and "does not match the spec" not in log
