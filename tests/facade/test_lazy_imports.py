"""Resources load their generated operations and models on first use (`_lazy.lazy_import`).

Each resource lists those names twice, for type checkers and for run time: the lists must agree.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from mcpgateway_sdk._lazy import lazy_import

SRC = Path(__file__).resolve().parents[2] / "src" / "mcpgateway_sdk"
RESOURCES = sorted(
    p for tree in ("_async", "_sync") for p in (SRC / tree / "resources").glob("[!_]*.py")
)


def typed_and_lazy(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(module, name) pairs of the TYPE_CHECKING imports and of the lazy_import calls."""
    typed: set[tuple[str, str]] = set()
    lazy: set[tuple[str, str]] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.level == 3
                typed |= {(f"mcpgateway_sdk.{imp.module}", a.name) for a in imp.names}
            for call in node.orelse:
                assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
                module, names = (arg.value for arg in call.value.args[1:3])  # type: ignore[attr-defined]
                lazy |= {(module, name) for name in names.split()}
    return typed, lazy


@pytest.mark.parametrize("path", RESOURCES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_typed_and_lazy_names_agree(path: Path) -> None:
    typed, lazy = typed_and_lazy(path)
    assert typed and typed == lazy
    for module, name in typed:  # every name exists
        base = importlib.import_module(module)
        assert hasattr(base, name) or importlib.import_module(f"{module}.{name}")


def test_a_lazy_name_replaces_itself_on_first_use() -> None:
    namespace: dict[str, object] = {}
    lazy_import(namespace, "mcpgateway_sdk._generated.models", "ServerHealth SessionStats")
    lazy_import(
        namespace, "mcpgateway_sdk._generated.api.cache", "get_cache_entry", submodules=True
    )
    from mcpgateway_sdk._generated.api.cache import get_cache_entry
    from mcpgateway_sdk.models import ServerHealth, SessionStats

    proxy = namespace["SessionStats"]
    assert "lazy" in repr(proxy)
    stats = proxy(  # type: ignore[operator]
        total_active=1, server_sessions=1, bundle_sessions=0, expired_not_cleaned=0,
        idle_sessions=0,
    )  # fmt: skip
    assert isinstance(stats, SessionStats) and namespace["SessionStats"] is SessionStats
    assert isinstance(stats, namespace["ServerHealth"]) is False  # type: ignore[arg-type]
    assert namespace["ServerHealth"] is ServerHealth
    assert namespace["get_cache_entry"].PATH == get_cache_entry.PATH  # type: ignore[attr-defined]
    assert namespace["get_cache_entry"] is get_cache_entry


def test_annotations_still_evaluate() -> None:
    import typing

    from mcpgateway_sdk._sync.resources.sandboxes import Sandboxes
    from mcpgateway_sdk.models import EgressPolicy, Sandbox

    hints = typing.get_type_hints(Sandboxes.update)  # does not raise on `Model | None`
    assert EgressPolicy in typing.get_args(hints["egress_policy"])
    # a bare name may still be its proxy, which stands for the class
    assert hints["return"] is Sandbox or hints["return"].__name__ == "Sandbox"
