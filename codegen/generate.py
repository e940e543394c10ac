#!/usr/bin/env python3
"""Regenerate (or check) the generated low-level client from openapi.json.

    .venv/bin/python codegen/generate.py            # regenerate src/mcpgateway_sdk/_generated/
    .venv/bin/python codegen/generate.py --check    # exit 1 (with a diff) when the tree is stale

What it does:
  * runs the pinned openapi-python-client (``--meta none``) with codegen/config.yml and the
    templates in codegen/templates/ into a fresh temporary directory, with the venv's bin dir first
    on PATH so the post hooks use the pinned ruff;
  * replaces the target directory with the result (stale files of removed operations disappear);
  * copies openapi.json byte-for-byte to src/mcpgateway_local/openapi.json (served by the local
    gateway);
  * with --check, compares instead of writing and prints a unified diff of what differs.

Standard library only; run it with the project's venv python (see codegen/README.md).
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
RUNNER = Path(__file__).resolve().parent / "run_generator.py"
CONFIG = CODEGEN / "config.yml"
TEMPLATES = CODEGEN / "templates"
DEFAULT_SPEC = ROOT / "openapi.json"
DEFAULT_OUT = ROOT / "src" / "mcpgateway_sdk" / "_generated"
DEFAULT_SPEC_COPY = ROOT / "src" / "mcpgateway_local" / "openapi.json"

# Fallback pins; the real ones are read from pyproject.toml [project.optional-dependencies] dev.
PINS = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}

# Never part of the generated tree (caches that tools may leave behind).
IGNORED_NAMES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
IGNORED_SUFFIXES = (".pyc", ".pyo")

MAX_DIFF_LINES = 400


class CodegenError(Exception):
    pass


# --------------------------------------------------------------------------- tools


def read_pins() -> dict[str, str]:
    pins = dict(PINS)
    try:
        data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        deps = data["project"]["optional-dependencies"]["dev"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return pins
    for dep in deps:
        m = re.fullmatch(r"\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;]+)\s*", dep)
        if m and m.group(1).lower() in pins:
            pins[m.group(1).lower()] = m.group(2)
    return pins


def find_bin_dir() -> Path:
    """The venv's bin dir: <repo>/.venv/bin, else the bin dir of the running interpreter."""
    candidates = [ROOT / ".venv" / "bin", Path(sys.executable).parent]
    for cand in candidates:
        if (cand / "openapi-python-client").exists():
            return cand
    raise CodegenError(
        "openapi-python-client not found in "
        + " or ".join(str(c) for c in candidates)
        + "; install the dev extras into .venv (pip install -e '.[dev]')"
    )


def tool_env(bin_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(bin_dir) + os.pathsep + env.get("PATH", "")
    # Determinism: no hash-order dependence, no colour/terminal-width effects, no ruff cache.
    env["PYTHONHASHSEED"] = "0"
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env["COLUMNS"] = "200"
    env["RUFF_NO_CACHE"] = "true"
    env.pop("RUFF_CACHE_DIR", None)
    env.pop("PYTHONSTARTUP", None)
    return env


def check_versions(bin_dir: Path, env: dict[str, str]) -> None:
    pins = read_pins()
    found = {
        "openapi-python-client": _version(bin_dir / "openapi-python-client", env),
        "ruff": _version(bin_dir / "ruff", env),
    }
    bad = [f"{k} {found[k]!r} (want {v})" for k, v in pins.items() if found[k] != v]
    if bad:
        raise CodegenError(
            "generator toolchain does not match the pins in pyproject.toml: "
            + ", ".join(bad)
            + f" (bin dir {bin_dir}); the output would not be reproducible"
        )


def _version(exe: Path, env: dict[str, str]) -> str | None:
    if not exe.exists():
        return None
    proc = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, check=False
    )
    m = re.search(r"(\d+\.\d+\.\d+\S*)", proc.stdout + proc.stderr)
    return m.group(1) if m else None


# --------------------------------------------------------------------------- generation


def generate_into(spec: Path, dest: Path, bin_dir: Path, env: dict[str, str]) -> None:
    """Run the generator; ``dest`` must not exist yet."""
    cmd = [
        str(bin_dir / "python"),
        str(RUNNER),
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(dest),
        "--fail-on-warning",
    ]
    proc = subprocess.run(
        cmd, cwd=dest.parent, env=env, capture_output=True, text=True, check=False
    )
    output = (proc.stdout + proc.stderr).strip()
    # The generator prints "Generating <path>" and nothing else on a clean run.
    noise = [ln for ln in output.splitlines() if ln.strip() and not ln.startswith("Generating ")]
    if proc.returncode != 0 or noise:
        raise CodegenError(
            f"openapi-python-client failed (exit {proc.returncode}):\n{output or '(no output)'}"
        )
    if not (dest / "__init__.py").exists():
        raise CodegenError(f"generator produced no package in {dest}:\n{output}")
    _strip_caches(dest)


def _strip_caches(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        if path.name in IGNORED_NAMES and path.is_dir():
            shutil.rmtree(path)
        elif path.is_file() and path.name.endswith(IGNORED_SUFFIXES):
            path.unlink()


def tree_files(root: Path) -> list[str]:
    """Relative POSIX paths of every file under root, sorted, caches excluded."""
    if not root.is_dir():
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_NAMES)
        for name in filenames:
            if name.endswith(IGNORED_SUFFIXES):
                continue
            out.append(Path(dirpath, name).relative_to(root).as_posix())
    return sorted(out)


# --------------------------------------------------------------------------- compare / write


def compare_trees(new: Path, old: Path) -> list[tuple[str, str]]:
    """[(relpath, kind)] for files differing between a fresh generation and the existing tree.

    kind: "changed"; "missing" (generated, not in the tree); "stale" (in the tree, not generated).
    """
    new_files, old_files = set(tree_files(new)), set(tree_files(old))
    changes = []
    for rel in sorted(new_files | old_files):
        if rel not in old_files:
            changes.append((rel, "missing"))
        elif rel not in new_files:
            changes.append((rel, "stale"))
        elif not filecmp.cmp(new / rel, old / rel, shallow=False):
            changes.append((rel, "changed"))
    return changes


def diff_lines(label_old: str, label_new: str, old: Path | None, new: Path | None) -> list[str]:
    lines = difflib.unified_diff(_lines(old), _lines(new), fromfile=label_old, tofile=label_new)
    return [ln if ln.endswith("\n") else ln + "\n" for ln in lines]


def _lines(path: Path | None) -> list[str]:
    if path is None or not path.exists():
        return []
    try:
        return path.read_text(encoding="utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return [f"<binary file, {path.stat().st_size} bytes>\n"]


def replace_tree(new: Path, target: Path) -> None:
    """Swap ``target`` for a copy of ``new`` (staged next to target so the swap is a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    backup = target.parent / f".{target.name}.old-{os.getpid()}"
    try:
        shutil.rmtree(staging)
        shutil.copytree(new, staging)
        if target.exists():
            os.replace(target, backup)
        os.replace(staging, target)
    except BaseException:
        if backup.exists() and not target.exists():
            os.replace(backup, target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when stale")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help=f"output package directory (default {DEFAULT_OUT.relative_to(ROOT)}); "
        "the generated code imports format_path from ../_paths.py, so give it a "
        "<pkg>/_generated-shaped path if you want to import the result",
    )
    parser.add_argument(
        "--spec-copy",
        type=Path,
        default=None,
        help=f"where to copy the spec byte-for-byte (default {DEFAULT_SPEC_COPY.relative_to(ROOT)}"
        " when --out is not given; no copy otherwise)",
    )
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)

    spec: Path = args.spec.resolve()
    out: Path = (args.out or DEFAULT_OUT).resolve()
    spec_copy: Path | None = args.spec_copy or (DEFAULT_SPEC_COPY if args.out is None else None)

    def say(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr)

    if not spec.is_file():
        print(f"error: spec not found: {spec}", file=sys.stderr)
        return 2
    try:
        bin_dir = find_bin_dir()
        env = tool_env(bin_dir)
        check_versions(bin_dir, env)
        with tempfile.TemporaryDirectory(prefix="mcpgw-codegen-") as tmp:
            fresh = Path(tmp) / out.name
            generate_into(spec, fresh, bin_dir, env)
            changes = compare_trees(fresh, out)
            copy_stale = spec_copy is not None and not (
                spec_copy.is_file() and spec_copy.read_bytes() == spec.read_bytes()
            )

            if args.check:
                if not changes and not copy_stale:
                    say(f"generated code is up to date ({len(tree_files(fresh))} files)")
                    return 0
                report_stale(out, fresh, changes, spec, spec_copy if copy_stale else None)
                return 1

            if changes:
                replace_tree(fresh, out)
                say(f"wrote {_show(out)}: {len(changes)} file(s) added/changed/removed")
            else:
                say(f"{_show(out)} already up to date")
            if copy_stale:
                assert spec_copy is not None
                spec_copy.parent.mkdir(parents=True, exist_ok=True)
                tmp_copy = spec_copy.with_name(f".{spec_copy.name}.tmp-{os.getpid()}")
                shutil.copyfile(spec, tmp_copy)
                os.replace(tmp_copy, spec_copy)
                say(f"copied {_show(spec)} -> {_show(spec_copy)}")
            _ensure_paths_module(out)
            return 0
    except CodegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def report_stale(
    out: Path, fresh: Path, changes: list[tuple[str, str]], spec: Path, spec_copy: Path | None
) -> None:
    """Summary of what differs, then unified diffs (tree -> fresh generation), on stdout."""
    n = len(changes) + (spec_copy is not None)
    print(f"STALE: {n} file(s) differ from a fresh generation of {_show(spec)}:")
    hint = {"missing": "  (would be created)", "stale": "  (would be deleted)", "changed": ""}
    for rel, kind in changes:
        print(f"  {kind:8} {_show(out)}/{rel}{hint[kind]}")
    if spec_copy is not None:
        print(f"  changed  {_show(spec_copy)}  (must be a byte copy of {_show(spec)})")
    lines: list[str] = []
    for rel, kind in changes:
        lines += diff_lines(
            f"{_show(out)}/{rel} (in tree)",
            f"{_show(out)}/{rel} (generated)",
            out / rel if kind != "missing" else None,
            fresh / rel if kind != "stale" else None,
        )
    if spec_copy is not None:
        lines += diff_lines(_show(spec_copy), _show(spec), spec_copy, spec)
    print()
    sys.stdout.writelines(lines[:MAX_DIFF_LINES])
    if len(lines) > MAX_DIFF_LINES:
        print(f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)")
    print("\nrun `make generate` (codegen/generate.py) and commit the result")


def _ensure_paths_module(out: Path) -> None:
    """The generated endpoints import ``format_path`` from ``<pkg>/_paths.py`` (hand-written)."""
    if not (out.parent / "_paths.py").exists():
        print(
            f"warning: {_show(out.parent / '_paths.py')} is missing; the generated endpoints "
            "import format_path from it",
            file=sys.stderr,
        )


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `generate.py --check | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
