"""The Pythons the package claims are the Pythons `make test` (what CI runs) tests on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_classifiers_name_exactly_the_tested_pythons() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    claimed = {
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    others = re.search(r"^OTHER_PYTHONS := (.+)$", makefile, re.MULTILINE)
    assert others and "python3.11" in makefile  # the full suite runs on 3.11
    assert claimed == {"3.11", *others[1].split()}
    assert project["requires-python"] == ">=3.11"


def test_make_test_runs_the_other_pythons_and_warnings_are_errors() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest: ", 1)[1].split("\n\n", 1)[0]
    assert "test-other-pythons" in test_recipe
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert options["tool"]["pytest"]["ini_options"]["filterwarnings"][0] == "error"
