"""The base wheel alone (no `[local]`, no `[mcp]`) in a fresh venv: the SDK and the CLI work, every
local-gateway entry point fails with one line naming the extra, and pytest is not broken by the
auto-loaded plugin. Builds the wheel, so it runs once per session (tens of seconds)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
LOCAL_HINT = 'pip install "mcpgateway-sdk[local]"'


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, cwd=cwd, timeout=600
    )


@pytest.fixture(scope="module")
def base_venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with only the base wheel (its four runtime dependencies) plus pytest."""
    where = tmp_path_factory.mktemp("packaging")
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", where / "dist", ROOT
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (where / "dist").glob("mcpgateway_sdk-*.whl")
    venv.create(where / "venv", with_pip=True)
    bin_dir = where / "venv" / "bin"
    installed = _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, "pytest")
    assert installed.returncode == 0, installed.stderr[-2000:]
    yield bin_dir


def test_only_the_four_runtime_dependencies(base_venv: Path) -> None:
    code = "import importlib.metadata as m; print(sorted(r.split(';')[0] for r in m.requires('mcpgateway-sdk') if 'extra ==' not in r))"
    listed = _run(base_venv / "python", "-c", code).stdout
    for name in ("httpx", "attrs", "python-dateutil", "typing-extensions"):
        assert name in listed
    assert listed.count("'") == 8, listed  # four names, nothing else
    for module in ("uvicorn", "starlette", "mcp", "jsonschema"):
        assert _run(base_venv / "python", "-c", f"import {module}").returncode != 0


def test_the_sdk_and_the_cli_work(base_venv: Path) -> None:
    assert _run(base_venv / "python", "-c", "import mcpgateway_sdk").returncode == 0
    version = _run(base_venv / "mcpgateway", "--version")
    assert version.returncode == 0 and version.stdout.startswith("mcpgateway ")


def test_local_gateway_script_names_the_extra(base_venv: Path) -> None:
    done = _run(base_venv / "mcpgateway-local", "serve", "--port", "0", "--temporary")
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert LOCAL_HINT in line and "Traceback" not in done.stderr


def test_python_dash_m_names_the_extra(base_venv: Path) -> None:
    done = _run(base_venv / "python", "-m", "mcpgateway_local", "serve", "--temporary")
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert LOCAL_HINT in line and "Traceback" not in done.stderr


def test_run_local_gateway_names_the_extra(base_venv: Path) -> None:
    code = textwrap.dedent("""
        from mcpgateway_local.launcher import run_local_gateway
        with run_local_gateway():
            pass
    """)
    done = _run(base_venv / "python", "-c", code)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("mcpgateway_local.entry.LocalExtraMissingError") and LOCAL_HINT in last


def test_mcp_helper_names_its_extra(base_venv: Path) -> None:
    code = "from mcpgateway_sdk import MCPGatewaySync; MCPGatewaySync(api_key='k').mcp_session()"
    done = _run(base_venv / "python", "-c", code)
    assert 'pip install "mcpgateway-sdk[mcp]"' in done.stderr.strip().splitlines()[-1]


def test_pytest_plugin_does_not_break_pytest_and_its_fixtures_name_the_extra(
    base_venv: Path, tmp_path: Path
) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent("""
            def test_unrelated():
                assert 1 + 1 == 2

            def test_wants_a_gateway(mcpgateway_local):
                pass

            def test_wants_a_client(mcpgateway_client):
                pass

            def test_wants_an_async_client(mcpgateway_async_client):
                pass
        """)
    )
    done = _run(base_venv / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path)
    out = done.stdout
    assert "1 passed" in out and "3 errors" in out, out[-3000:]
    assert out.count(LOCAL_HINT) >= 2 and "needs pytest-asyncio" in out
    assert "ModuleNotFoundError" not in out


def test_with_the_extra_the_script_runs_the_gateway_cli() -> None:
    script = Path(sys.executable).with_name("mcpgateway-local")
    done = _run(script, "serve", "--help")
    assert done.returncode == 0 and "--data-dir" in done.stdout
