"""`mcpgateway`: every command against the local gateway, as a table and as `--json`, and the exit
code of each class of failure (401, 404, connection refused, bad arguments)."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import MCPGatewaySync, __version__
from mcpgateway_sdk.cli import exit_codes as codes
from mcpgateway_sdk.cli import main
from mcpgateway_sdk.cli._paging import each_item

pytestmark = pytest.mark.e2e


class Run:
    """`mcpgateway ARGS` in-process against the session gateway: (exit code, stdout, stderr)."""

    def __init__(self, gateway: LocalGateway) -> None:
        self.gateway = gateway

    def __call__(self, *argv: str, key: str | None = None) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        auth = ["--url", self.gateway.url, "--api-key", key or self.gateway.api_key]
        code = main([*auth, *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def json(self, *argv: str) -> Any:
        code, out, err = self("--json", *argv)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def run(mcpgateway_local: LocalGateway, running_servers: dict[str, Any]) -> Run:
    return Run(mcpgateway_local)


def test_health(run: Run) -> None:
    code, out, _ = run("health")
    assert code == 0 and "status" in out and "healthy" in out
    assert run.json("health")["status"] == "healthy"
    code, out, _ = run("health", "--json")  # global options after the command too
    assert code == 0 and json.loads(out)["status"] == "healthy"


def test_servers_list_get_start_stop(run: Run, running_servers: dict[str, Any]) -> None:
    code, out, _ = run("servers", "list")
    header, *rows = out.splitlines()
    assert code == 0 and header.split() == ["ID", "NAME", "TYPE", "STATUS", "TOOL_COUNT"]
    assert any(row.split()[1:2] == ["weather"] for row in rows)
    listed = run.json("servers", "list", "--search", "weather")
    assert [s["name"] for s in listed] == ["weather"]
    weather_id = str(running_servers["weather"].id)
    code, out, _ = run("servers", "get", "weather")
    assert code == 0 and weather_id in out
    assert run.json("servers", "get", weather_id)["name"] == "weather"
    assert run.json("servers", "stop", "weather")["current_status"] == "stopped"
    code, out, _ = run("servers", "start", "weather")
    assert code == 0 and "running" in out


def test_servers_import_and_catalog_search(run: Run) -> None:
    code, out, _ = run("catalog", "search", "calc")
    assert code == 0 and "calculator" in out and out.startswith("REGISTRY")
    entries = run.json("catalog", "search")
    assert {"time", "weather"} <= {e["registry_id"] for e in entries}
    code, out, _ = run("servers", "import", "builtin", "text-tools", "cli_text")
    assert code == 0 and "cli_text" in out
    started = run.json("servers", "import", "builtin", "time", "cli_time", "--start")
    assert (started["name"], started["status"]) == ("cli_time", "running")
    code, _, err = run("servers", "import", "builtin", "time", "cli_time")
    assert code == codes.REJECTED and "409" in err


def test_tools_search_and_execute(run: Run) -> None:
    code, out, _ = run("tools", "search", "add two numbers", "--limit", "3")
    assert code == 0 and out.startswith("SERVER_NAME") and "calc" in out
    found = run.json("tools", "search", "weather", "--limit", "2")
    assert len(found) <= 2 and 0 <= found[0]["score"] <= 1
    code, out, _ = run("tools", "execute", "calc__add", "--args", '{"a": 2, "b": 40}')
    assert code == 0 and "42" in out
    result = run.json("tools", "execute", "get_weather", "--server", "weather", "--args", '{"city": "Oslo"}')  # fmt: skip
    assert result["error"] is None and result["tool_name"]
    code, _, err = run("tools", "execute", "calc__divide", "--args", '{"a": 1, "b": 0}')
    assert code == codes.FAILED and err.startswith("error: ")


def test_sessions_create_list_delete_and_scoped_search(run: Run) -> None:
    session = run.json("sessions", "create", "--allow", "calc__*", "--deny", "calc__divide")
    assert session["allowed_tool_names"] == ["calc__*"]
    code, out, _ = run("sessions", "list")
    assert code == 0 and session["id"] in out
    assert session["id"] in {s["id"] for s in run.json("sessions", "list")}
    scoped = run.json("tools", "search", "weather in a city", "--session", session["id"])
    assert all(tool["server_name"] == "calc" for tool in scoped)
    code, _, err = run("tools", "execute", "calc__divide", "--args", '{"a": 1, "b": 1}', "--session", session["id"])  # fmt: skip
    assert code == codes.AUTH and "403" in err
    code, out, _ = run("sessions", "delete", session["id"])
    assert code == 0 and f"deleted session {session['id']}" in out
    code, out, err = run("sessions", "create")
    assert code == 0 and out.startswith("id")


def test_sandboxes_create_list_exec(run: Run) -> None:
    sandbox = run.json("sandboxes", "create")
    code, out, _ = run("sandboxes", "list")
    assert code == 0 and sandbox["id"] in out
    code, out, err = run("sandboxes", "exec", sandbox["id"], "echo hi; echo oops >&2")
    assert (code, out, err) == (0, "hi\n", "error: oops\n")
    result = run.json("sandboxes", "exec", sandbox["id"], "--", "python", "-c", "print(6*7)")
    assert (result["exit_code"], result["stdout"]) == (0, "42\n")
    code, _, err = run("sandboxes", "exec", sandbox["id"], "exit 3")
    assert code == codes.FAILED and "exited with 3" in err
    with MCPGatewaySync(api_key=run.gateway.api_key, url=run.gateway.url) as gw:
        gw.sandboxes.destroy(sandbox["id"])


def test_cache_set_and_get(run: Run) -> None:
    assert run("cache", "set", "cli/answer", "42")[0] == 0
    assert run.json("cache", "get", "cli/answer") == {"key": "cli/answer", "value": 42}
    code, out, _ = run("cache", "set", "cli/word", "hello world", "--ttl", "60")
    assert code == 0 and "60 s" in out
    assert run("cache", "get", "cli/word")[:2] == (0, "hello world\n")
    code, out, err = run("cache", "get", "cli/missing")
    assert (code, out) == (codes.NOT_FOUND, "") and "no value" in err


def test_exit_codes_by_error_class(run: Run) -> None:
    code, _, err = run("servers", "list", key="sk-wrong-key")
    assert code == codes.AUTH and "401" in err and "sk-wrong-key" not in err
    code, _, err = run("servers", "get", "00000000-0000-0000-0000-000000000000")
    assert code == codes.NOT_FOUND and "404" in err
    assert run("servers", "get", "no-such-name")[0] == codes.NOT_FOUND
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err_out = io.StringIO()
    code = main(["health", "--url", f"http://127.0.0.1:{port}"], out=io.StringIO(), err=err_out)
    assert code == codes.CONNECTION and "connection" in err_out.getvalue().lower()
    code, _, err = run("tools", "execute", "calc__add", "--args", "[1, 2]")
    assert code == codes.USAGE


def test_bad_arguments_exit_2_before_sending(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "execute", "x", "--args", "{not json"]) == codes.USAGE
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["servers"]) == codes.USAGE
    assert main(["health", "--url", "ftp://nowhere"]) == codes.USAGE


def test_console_script_and_version() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).with_name("mcpgateway")), "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"mcpgateway {__version__}")


def test_paging_reads_every_page(mcpgateway_client: MCPGatewaySync, run: Run) -> None:
    everything = [s.name for s in mcpgateway_client.servers.list()]
    assert len(everything) >= 2
    one_by_one = [
        s.name
        for s in each_item(
            lambda page, size: mcpgateway_client.servers.list(page=page, page_size=size), 1
        )
    ]
    assert one_by_one == everything
    assert [s["name"] for s in run.json("servers", "list")] == everything
