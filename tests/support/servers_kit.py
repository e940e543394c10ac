"""What the servers and tools handler tests share: a small "lab" MCP server, the built-in servers
started through the API, and request helpers (plain httpx against a real gateway)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway
from tests.support.processes import gone, wait_for

__all__ = [
    "LAB_SERVER",
    "create_lab",
    "execute",
    "gone",
    "import_server",
    "make_session",
    "ok",
    "search",
    "start_builtins",
    "tools_of",
    "wait_for",
    "write_lab_script",
]

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
"""An MCP server whose tool list changes (``evolve``), that fails (``boom``), sleeps (``nap``),
reads its environment (``getenv``) and tells its pid."""


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else None


def import_server(api: httpx.Client, registry: str, registry_id: str, name: str) -> dict[str, Any]:
    body = {"registry": registry, "registry_id": registry_id, "name": name}
    result: dict[str, Any] = ok(api.post("/servers/catalog-imports", json=body), 201)
    return result


def start_builtins(api: httpx.Client) -> dict[str, str]:
    """time-server (npm alias of the built-in time server) and weather, both started."""
    ids = {
        "time-server": import_server(api, "npm", "@anthropic/time-mcp", "time-server")["id"],
        "weather": import_server(api, "builtin", "weather", "weather")["id"],
    }
    for server_id in ids.values():
        report = ok(api.post(f"/servers/{server_id}/start"))
        assert report["current_status"] == "running", report
    return ids


def write_lab_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lab") / "lab_server.py"
    path.write_text(LAB_SERVER)
    return path


def create_lab(api: httpx.Client, script: Path, name: str, **config: Any) -> dict[str, Any]:
    body = {
        "name": name,
        "display_name": name,
        "type": "stdio",
        "config": {"command": sys.executable, "args": [str(script)], **config},
    }
    result: dict[str, Any] = ok(api.post("/servers", json=body), 201)
    return result


def make_session(
    api: httpx.Client,
    gateway: LocalGateway,
    allowed: list[str] | None,
    denied: list[str] | None = None,
) -> str:
    """A session document with these scope lists (through the API, else straight into the DB)."""
    body = {"allowed_tool_names": allowed, "denied_tool_names": denied}
    response = api.post("/sessions", json=body)
    if response.status_code != 501:
        return str(ok(response, 201)["id"])
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


def tools_of(api: httpx.Client, server_id: str) -> dict[str, dict[str, Any]]:
    return {tool["name"]: tool for tool in ok(api.get(f"/servers/{server_id}/tools"))}


def search(api: httpx.Client, query: str, **extra: Any) -> list[dict[str, Any]]:
    headers = extra.pop("headers", None)
    body = {"query": query, **extra}
    result: list[dict[str, Any]] = ok(api.post("/tools/search", json=body, headers=headers))[
        "tools"
    ]
    return result


def execute(api: httpx.Client, **body: Any) -> httpx.Response:
    headers = body.pop("headers", None)
    body.setdefault("arguments", {})
    return api.post("/tools/execute", json=body, headers=headers)
