"""Server types as the hosted gateway has them, run for real by the local gateway, on both clients.

`uvx` from a local package path (`tests/support/uvx_echo_server`) and `npx` from a local package
directory (`tests/support/npx_echo_server`): created, started, listed and called end to end, with
their configured args and env. The built-in catalog servers are `uvx` packages run from the
gateway's own environment. `container` servers are registered but not run; the local extensions
`local-command` / `local-tools` and their older names `stdio` / `local` keep working.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import mcpgateway_local.builtin as builtin
from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG
from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import ValidationError
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = ROOT / "tests" / "support"
HOSTED = {"remote", "npx", "uvx", "container", "generated", "bundle"}


def tool_path(name: str) -> str | None:
    """`npx` / `uvx` as the gateway finds them: on PATH or next to this interpreter."""
    beside = Path(sys.executable).with_name(name)
    return shutil.which(name) or (str(beside) if beside.is_file() else None)


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def run_echo(twin: Twin, kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """Create, start and call the echo server of `kind`; its answer."""
    name = f"{kind}-echo-{twin.mode}"
    env = {"ECHO_GREETING": f"hello {twin.mode}"}
    server = twin.call(
        "servers.create", name=name, type=kind, config={**config, "args": ["--x", "1"], "env": env}
    )
    assert server.type_ == kind and server.status == "stopped"
    health = twin.call("servers.start", server.id, timeout=120)
    assert health.current_status == "running", health.message
    tools = twin.call("servers.list_tools", server.id)
    assert [tool.name for tool in tools] == ["echo"]
    result = twin.call("tools.execute", f"{name}__echo", {"text": "ping"})
    assert result.error is None
    twin.call("servers.stop", server.id)
    answer: dict[str, Any] = json.loads(result.result)
    assert answer["text"] == "ping" and answer["argv"] == ["--x", "1"]
    assert answer["greeting"] == f"hello {twin.mode}"
    return answer


@pytest.fixture(scope="module")
def uvx_built() -> None:
    """Build the local package once, outside the gateway's start timeout: on a fresh machine
    uv first fetches the build backend from the package index."""
    uvx = tool_path("uvx")
    assert uvx is not None
    source = str(SUPPORT / "uvx_echo_server")
    subprocess.run(
        [uvx, "--from", source, "echo-mcp"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
    )


@pytest.mark.skipif(tool_path("uvx") is None, reason="uv (uvx) is not installed")
def test_uvx_server_from_a_local_package_path(twin: Twin, uvx_built: None) -> None:
    config = {"package": "echo-mcp", "from": str(SUPPORT / "uvx_echo_server")}
    assert run_echo(twin, "uvx", config)["runtime"] == "python"


@pytest.mark.skipif(tool_path("npx") is None, reason="Node.js (npx) is not installed")
def test_npx_server_from_a_local_package_directory(twin: Twin) -> None:
    config = {"package": str(SUPPORT / "npx_echo_server")}
    assert run_echo(twin, "npx", config)["runtime"] == "node"


def test_builtin_catalog_servers_are_uvx_packages(twin: Twin) -> None:
    entry = twin.call("servers.catalog_get", "builtin", "calculator")
    assert entry.server_type == "uvx" and entry.package == "mcpgateway-local-calculator"
    preview = entry.import_preview
    assert preview.server_type == "uvx"
    assert preview.config_preview["from"] == "mcpgateway-sdk[local]"
    found = twin.call("servers.catalog_search", "calculator", extra_query={"type": "uvx"})
    assert [item.registry_id for item in found] == ["calculator"]
    server = twin.call("servers.import_from_catalog", "builtin", "calculator", f"calc-{twin.mode}")
    assert server.type_ == "uvx" and server.config["package"] == "mcpgateway-local-calculator"
    assert "command" not in server.config  # what the hosted gateway would show
    assert twin.call("servers.start", server.id).current_status == "running"
    result = twin.call("tools.execute", f"calc-{twin.mode}__add", {"a": 2, "b": 3})
    assert result.error is None and "5" in str(result.result)
    twin.call("servers.stop", server.id)


def test_container_servers_are_registered_not_run(twin: Twin) -> None:
    name = f"box-{twin.mode}"
    server = twin.call("servers.create", name=name, type="container", config={"image": "mcp/x"})
    health = twin.call("servers.start", server.id)
    assert health.current_status == "error" and "starts no containers" in health.message
    assert "starts no containers" in twin.call("servers.get", server.id).last_error


def test_local_extensions_and_their_older_names(twin: Twin) -> None:
    command = {"command": sys.executable, "args": ["-c", "pass"]}
    old = twin.call("servers.create", name=f"old-cmd-{twin.mode}", type="stdio", config=command)
    assert old.type_ == "local-command"
    tools = twin.call("servers.create", name=f"old-tools-{twin.mode}", type="local")
    assert tools.type_ == "local-tools" and tools.status == "running"
    new = twin.call("servers.create", name=f"new-{twin.mode}", type="local-tools")
    assert new.type_ == "local-tools"
    listed = twin.call("servers.list", type="local")  # a filter by the older name still finds them
    assert {f"old-tools-{twin.mode}", f"new-{twin.mode}"} <= {s.name for s in listed}
    with pytest.raises(ValidationError) as refused:
        twin.call("servers.create", name=f"bad-{twin.mode}", type="kubernetes")
    assert "body.type" in refused.value.message


def test_package_settings_are_checked(api: httpx.Client) -> None:
    named = {"display_name": "x"}
    for config, problem in [
        ({}, "config.package"),
        ({"package": "--index-url=http://evil"}, "not an option"),
        ({"package": "echo-mcp", "from": "-e ."}, "config.from"),
    ]:
        response = api.post(
            "/servers", json={"name": "pkg", "type": "uvx", "config": config, **named}
        )
        assert response.status_code == 400 and problem in response.json()["detail"], response.text
    npx = {"name": "pkg", "type": "npx", "config": {"package": "p", "from": "x"}, **named}
    assert "uvx servers only" in api.post("/servers", json=npx).json()["detail"]


def test_the_spec_declares_the_hosted_types(api: httpx.Client, gateway: LocalGateway) -> None:
    served = httpx.get(gateway.url + "/openapi.json", timeout=30).json()
    server_type = served["components"]["schemas"]["ServerType"]
    assert set(server_type["enum"]) == HOSTED  # the served spec keeps the gateway's closed set
    assert server_type["x-local-values"] == [
        "local-command",
        "local-tools",
        "script",
        "stdio",
        "local",
    ]


def test_builtin_scripts_are_declared() -> None:
    """Each catalog entry's `uvx` package is a console script of this distribution."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    for entry in BUILTIN_CATALOG:
        target = scripts[entry.script]
        module, function = target.split(":")
        assert module == builtin.__name__ and callable(getattr(builtin, function))
