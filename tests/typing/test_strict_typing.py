"""A strict user's scripts type-check with 0 errors under `mypy --strict` and pyright (strict).

`user_async.py` and its sync twin (written to a temporary directory with `codegen/unasync.py`, the
tool that makes `_sync/`) make every call the published 0.28 README and our README show and use
the results as those READMEs (and ordinary code) do: format a score, add to a duration, compare
a status, call `.isoformat()` on a datetime, read `key.key`, iterate lists. Response models type
their fields `T` / `T | None` (no `Unset`), so none of that needs a cast.

Both checkers run from a temporary directory with their own minimal config (not the project's), as
a user's project would, against the SDK installed in this interpreter's environment. pyright is the
`pyright` PyPI package (dev extra): its wheel bundles pyright itself and runs on the `node` found on
PATH, so it needs no network once installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.unasync import unasync_text

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


@pytest.fixture
def scripts(tmp_path: Path) -> list[Path]:
    """The async script and its sync twin, side by side in a fresh directory."""
    source = (HERE / "user_async.py").read_text(encoding="utf-8")
    sync = unasync_text(source).replace("asyncio.run(main())", "main()")
    assert "await" not in sync and "MCPGatewaySync" in sync
    (tmp_path / "user_async.py").write_text(source, encoding="utf-8")
    (tmp_path / "user_sync.py").write_text(sync, encoding="utf-8")
    return [tmp_path / "user_async.py", tmp_path / "user_sync.py"]


def test_mypy_strict_reports_no_errors(tmp_path: Path, scripts: list[Path]) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\npython_version = 3.11\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config),
         "--cache-dir", str(tmp_path / "cache"), *map(str, scripts)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found in 2 source files" in done.stdout


def test_pyright_strict_reports_no_errors(tmp_path: Path, scripts: list[Path]) -> None:
    pyright = shutil.which("pyright", path=str(BIN))
    assert pyright is not None, "pyright is missing: run `make install` (it is in the dev extra)"
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}), encoding="utf-8"
    )
    done = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, "-p", str(config),
         *map(str, scripts)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    try:
        report = json.loads(done.stdout)
    except ValueError:
        pytest.fail(f"pyright did not run: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    problems = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] == 2
    assert problems == [], "\n".join(problems)


BAD_SCRIPT = """
from mcpgateway_sdk import MCPGateway


async def bad(gw: MCPGateway) -> None:
    await gw.servers.create(name="x", type="npx", display_nmae="X")
    raw = await gw.with_raw_response.servers.get("id", max_retry=0)
    print(raw.parse().nmae)
    await gw.with_raw_response.servers.gett("id")
"""


def test_mypy_catches_what_a_typo_breaks(tmp_path: Path) -> None:
    """The same checker fails a script with misspelt keywords, fields and methods: the clean run
    above means something."""
    (tmp_path / "bad.py").write_text(BAD_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         str(tmp_path / "bad.py")],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout
    for needle in ('"display_nmae"', '"max_retry"', '"nmae"', '"gett"'):
        assert needle in done.stdout, (needle, done.stdout)
