"""First use: import the SDK, construct a client, touch three namespaces; fresh interpreters.

    .venv/bin/python benchmarks/first_use.py PUBLISHED_PYTHON [--repeat N]

Both SDKs run in the same interpreter and virtualenv (the one holding the published 0.28.0 SDK,
given as PUBLISHED_PYTHON, plus this SDK's runtime dependencies): this SDK is put first on
`PYTHONPATH`. So both import the same httpx (whose cost depends on what else is installed,
e.g. `rich`/`click`). Each figure is the median CPU time (`time.process_time`, which a busy
machine disturbs less than wall time) over `repeat` runs, interleaved, interpreter start-up
excluded. `benchmarks/run.py` reports the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
from pathlib import Path

__all__ = ["FIRST_USE", "RUNTIME_DEPS", "first_use_ms"]

FIRST_USE = (
    "from mcpgateway_sdk import MCPGateway; "
    "gw = MCPGateway(api_key='k', url='http://127.0.0.1:9', check_version=False); "
    "gw.servers; gw.tools; gw.sessions"
)
RUNTIME_DEPS = ("attrs", "python-dateutil", "typing-extensions")
SRC = Path(__file__).resolve().parent.parent / "src"


def _ensure_runtime_deps(python: str | Path) -> None:
    probe = [str(python), "-c", "import attrs, dateutil, typing_extensions"]
    if subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        install = [str(python), "-m", "pip", "install", "--quiet", *RUNTIME_DEPS]
        subprocess.run(install, check=True, capture_output=True, timeout=300)


def _run_once(python: str | Path, env: dict[str, str]) -> float:
    code = f"import time; t=time.process_time(); {FIRST_USE}; print(time.process_time()-t)"
    done = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd="/", env=env
    )
    return float(done.stdout.strip().splitlines()[-1]) * 1000


def first_use_ms(published_python: str | Path, repeat: int) -> tuple[float, float]:
    """Median first-use CPU time (ms) of (this SDK, the published SDK), in one interpreter."""
    published_python = Path(published_python).absolute()  # not resolve(): keep the venv's link
    _ensure_runtime_deps(published_python)
    theirs_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    ours_env = {**theirs_env, "PYTHONPATH": str(SRC)}
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        ours.append(_run_once(published_python, ours_env))
        theirs.append(_run_once(published_python, theirs_env))
    return statistics.median(ours), statistics.median(theirs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("published_python", help="python of the virtualenv with the published SDK")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    ours, theirs = first_use_ms(args.published_python, args.repeat)
    print(
        f"first use: this SDK {ours:.1f} ms, published {theirs:.1f} ms, ratio {ours / theirs:.2f}"
    )


if __name__ == "__main__":
    main()
