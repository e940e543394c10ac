"""First use: import the SDK, construct a client, touch three namespaces; fresh interpreters.

    .venv/bin/python benchmarks/first_use.py [--repeat N] [--published PYTHON]

The same statement runs in this SDK's interpreter and, when given, in one holding the published
SDK (0.28.0); each figure is the median over `repeat` fresh processes, interpreter start-up
excluded. `benchmarks/run.py` reports the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

__all__ = ["FIRST_USE", "first_use_ms"]

FIRST_USE = (
    "from mcpgateway_sdk import MCPGateway; "
    "gw = MCPGateway(api_key='k', url='http://127.0.0.1:9', check_version=False); "
    "gw.servers; gw.tools; gw.sessions"
)


def _run_once(python: str | Path, statement: str, env: dict[str, str] | None) -> float:
    code = f"import time; t=time.perf_counter(); {statement}; print(time.perf_counter()-t)"
    done = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd="/", env=env
    )
    return float(done.stdout.strip().splitlines()[-1]) * 1000


def first_use_ms(
    python: str | Path, repeat: int, published: str | Path | None = None
) -> tuple[float, float | None]:
    """Median first-use time (ms) of this SDK and of the published one (runs interleaved)."""
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        ours.append(_run_once(python, FIRST_USE, None))
        if published is not None:
            theirs.append(_run_once(published, FIRST_USE, clean))
    return statistics.median(ours), statistics.median(theirs) if theirs else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--published", help="python of a virtualenv with the published SDK")
    args = parser.parse_args()
    ours, theirs = first_use_ms(sys.executable, args.repeat, args.published)
    print(f"first use, this SDK: {ours:.1f} ms")
    if theirs is not None:
        print(f"first use, published: {theirs:.1f} ms  ratio {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
