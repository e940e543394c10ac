"""`tests/facade/data/published_surfaces.json` is what `codegen/published_surface.py` extracts
from the published wheels now (fetched with pip into the cache directory when missing)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(
    os.environ.get("MCPGATEWAY_PUBLISHED_CACHE")
    or Path.home() / ".cache" / "mcpgateway-sdk-published"
)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "published_surface", ROOT / "codegen" / "published_surface.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_surfaces_are_fresh() -> None:
    script = load_script()
    try:
        text = script.render(CACHE)
    except (subprocess.CalledProcessError, OSError) as exc:  # pragma: no cover - offline
        pytest.skip(f"cannot download the published wheels: {exc}")
    assert script.OUTPUT.read_text(encoding="utf-8") == text, (
        "stale: run .venv/bin/python codegen/published_surface.py"
    )
