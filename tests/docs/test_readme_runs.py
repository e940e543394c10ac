"""The README's quick starts, MCP examples, fixture examples and CLI lines really run: each on a
fresh local gateway (no server yet), as a new user would run them."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk.cli import build_parser

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(heading: str, language: str = "python") -> list[str]:
    """The code blocks of one `## heading` section."""
    section = README.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", section, re.DOTALL)


def _run(code: str, gateway: LocalGateway) -> str:
    code = code.replace('api_key="sk-..."', f"api_key={gateway.api_key!r}")
    code = code.replace('url="http://localhost:8000"', f"url={gateway.url!r}")
    env = {**os.environ, "MCPGATEWAY_URL": gateway.url, "MCPGATEWAY_TOKEN": gateway.api_key}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _as_script(snippet: str) -> str:
    """A snippet written with top-level `await` (inside `async with`), as a runnable script."""
    body = textwrap.indent(snippet, "    ")
    return f"import asyncio\nfrom mcpgateway_sdk import MCPGateway\n\nasync def main():\n{body}\n    print(result.structured_content or result.content)\n\nasyncio.run(main())\n"


def test_async_quick_start_then_mcp_session(mcpgateway_local_fresh: LocalGateway) -> None:
    (quick_start,) = _blocks("## Quick start (async)")
    assert "get_weather" in _run(quick_start, mcpgateway_local_fresh)
    mcp_async, _ = _blocks("## Talking MCP to the gateway")
    assert "Oslo" in _run(_as_script(mcp_async), mcpgateway_local_fresh)


def test_sync_quick_start_then_mcp_from_sync_code(mcpgateway_local_fresh: LocalGateway) -> None:
    (quick_start,) = _blocks("## Quick start (sync)")
    assert _run(quick_start, mcpgateway_local_fresh).strip()
    _, mcp_sync = _blocks("## Talking MCP to the gateway")
    assert "weather__get_weather" in _run(mcp_sync, mcpgateway_local_fresh)


def test_fixture_examples_pass_under_pytest(tmp_path: Path) -> None:
    (fixtures,) = _blocks("### In your own tests")
    (tmp_path / "test_readme_fixtures.py").write_text(fixtures, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0 and "2 passed" in done.stdout, done.stdout[-3000:]


def test_cli_lines_parse() -> None:
    (commands,) = _blocks("## Command line", "bash")
    lines = [line for line in commands.splitlines() if line.startswith("mcpgateway ")]
    assert len(lines) >= 10
    parser = build_parser()
    for line in lines:
        if line != "mcpgateway --version":
            args = parser.parse_args(shlex.split(line)[1:])
            assert callable(args.handler), line
