"""server_types.py: type names, config checks and the commands that run npx / uvx / local-command
servers (pure functions; the end-to-end runs are in tests/e2e/test_package_servers.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mcpgateway_local import server_types
from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG, find_script
from mcpgateway_local.server_types import (
    HOSTED_TYPES,
    UNSTARTABLE,
    canonical_type,
    config_problem,
    launch_command,
)
from mcpgateway_local.spec import load_spec


def test_the_hosted_types_are_the_specs() -> None:
    schema = load_spec().document["components"]["schemas"]["ServerType"]
    assert tuple(schema["enum"][: len(HOSTED_TYPES)]) == HOSTED_TYPES
    assert set(schema["enum"]) == {*HOSTED_TYPES, *schema["x-local-values"]}  # widened locally


@pytest.mark.parametrize(
    ("sent", "stored"),
    [("stdio", "local-command"), ("local", "local-tools"), ("uvx", "uvx"), ("x", "x")],
)
def test_older_names_are_stored_under_the_new_ones(sent: str, stored: str) -> None:
    assert canonical_type(sent) == stored


@pytest.mark.parametrize(
    ("kind", "config", "problem"),
    [
        ("uvx", {"package": "p"}, None),
        ("uvx", {"package": "p", "from": "./dir", "args": ["a"], "env": {"K": "v"}}, None),
        ("npx", {"package": "@scope/p@1.2"}, None),
        ("uvx", {}, "needs config.package"),
        ("npx", {"package": "  "}, "needs config.package"),
        ("uvx", {"package": "-e"}, "not an option"),
        ("uvx", {"package": "p", "from": "--index-url=x"}, "config.from must be"),
        ("npx", {"package": "p", "from": "x"}, "uvx servers only"),
        ("uvx", {"package": "p", "args": "a"}, "config.args"),
        ("npx", {"package": "p", "env": {"K": 1}}, "config.env"),
        ("stdio", {}, "needs config.command"),
        ("local-command", {"command": "python"}, None),
        ("local-tools", {}, None),
        ("container", {"image": "x"}, None),
        ("remote", [], "config must be an object"),
    ],
)
def test_config_problems(kind: str, config: object, problem: str | None) -> None:
    found = config_problem(kind, config)
    assert found == problem if problem is None else (found is not None and problem in found)


def test_local_command_runs_its_command() -> None:
    assert launch_command("stdio", {"command": "srv", "args": ["-v"]}) == ("srv", ["-v"])


def test_builtin_scripts_run_from_this_environment() -> None:
    for entry in BUILTIN_CATALOG:
        for source in (None, "mcpgateway-sdk[local]", "mcpgateway_sdk", "mcpgateway-sdk>=0.28"):
            config = {"package": entry.script, "args": ["x"]}
            if source is not None:
                config["from"] = source
            assert launch_command("uvx", config) == (sys.executable, ["-m", entry.module, "x"])
    assert find_script("mcpgateway-local-nothing") is None


def test_uvx_and_npx_commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("uvx", "npx"):
        tool = tmp_path / name
        tool.write_text("#!/bin/sh\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    uvx, npx = str(tmp_path / "uvx"), str(tmp_path / "npx")
    assert launch_command("uvx", {"package": "mcp-server-time"}) == (uvx, ["mcp-server-time"])
    local = {"package": "echo-mcp", "from": "/pkgs/echo", "args": ["-q"]}
    assert launch_command("uvx", local) == (uvx, ["--from", "/pkgs/echo", "echo-mcp", "-q"])
    other = {"package": "mcpgateway-local", "from": "mcpgateway-sdk"}  # not a built-in server
    assert launch_command("uvx", other)[0] == uvx
    assert launch_command("npx", {"package": "@a/b", "args": ["c"]}) == (npx, ["-y", "@a/b", "c"])


def test_a_missing_tool_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(server_types.sys, "executable", str(tmp_path / "python"))
    with pytest.raises(ValueError, match="`uvx` is not installed"):
        launch_command("uvx", {"package": "p"})
    with pytest.raises(ValueError, match="`npx` is not installed"):
        launch_command("npx", {"package": "p"})


def test_types_without_a_process() -> None:
    for kind in ("container", "remote", "local-tools"):
        with pytest.raises(ValueError, match="not run as a process"):
            launch_command(kind, {})
    assert "starts no containers" in UNSTARTABLE["container"]
