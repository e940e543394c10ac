"""The local gateway's import direction stays http -> handlers -> services -> store (issue 9).

Static: every module of `mcpgateway_local` is parsed (not imported) and its imports checked.
Imports under `if TYPE_CHECKING:` are annotations only and do not count.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import mcpgateway_local

PACKAGE = Path(mcpgateway_local.__file__).parent
HTTP = frozenset(
    {"app", "dispatch", "auth", "bodies", "routing", "validation", "cli", "http_limits"}
    | {
        "mcp_endpoint",
        "mcp_session_ledger",
        "mcp_wiring",
        "launcher",
        "pytest_plugin",
        "__main__",
        "entry",
    }
)
"""The HTTP layer (REST dispatcher, auth, the MCP endpoint and its wiring, process entry)."""
SHARED = frozenset({"errors", "spec", "state", "settings", "__init__"})
"""Shared by every layer (the error types, the loaded spec, state and settings)."""
REQUEST_TYPES = frozenset({"auth", "bodies"})
"""HTTP modules whose types handlers are handed (`Caller`, `UploadedFile`)."""


def modules() -> dict[str, Path]:
    """Dotted name below the package (`handlers.servers`, `toolbox`) -> file."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        found[".".join(relative.parts)] = path
    return found


def imported(name: str, path: Path) -> set[str]:
    """Absolute dotted names this module imports at run time (type-checking blocks skipped)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    package = name.split(".")[:-1]
    result: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            result.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                result.add(node.module or "")
                continue
            base = ["mcpgateway_local", *package][: len(package) + 2 - node.level]
            target = ".".join([*base, node.module] if node.module else base)
            result.add(target)
            if not node.module:  # `from . import x`: x may be a module of the package
                result.update(
                    f"{target}.{alias.name}"
                    for alias in node.names
                    if local(f"{target}.{alias.name}") in KNOWN
                )
    return result


KNOWN = frozenset(modules())


def local(name: str) -> str | None:
    """`handlers.servers` for `mcpgateway_local.handlers.servers`, else None."""
    prefix = "mcpgateway_local."
    return name[len(prefix) :] if name.startswith(prefix) else None


def layer(name: str) -> str:
    if name.startswith("handlers"):
        return "handlers"
    if name in HTTP:
        return "http"
    if name in SHARED:
        return "shared"
    return "services"


def violations(source_layer: str, forbidden: Callable[[str, str, str | None], bool]) -> list[str]:
    """`module -> import` pairs of `source_layer` modules for which `forbidden(name, target,
    local target)` holds."""
    return [
        f"{name} -> {target}"
        for name, path in modules().items()
        if layer(name) == source_layer
        for target in sorted(imported(name, path))
        if forbidden(name, target, local(target))
    ]


def test_no_handler_imports_another_handler() -> None:
    def other_handler(name: str, target: str, other: str | None) -> bool:
        return bool(other and other.startswith("handlers.") and name != "handlers.__init__")

    assert violations("handlers", lambda n, t, o: other_handler(n, t, o) and o != n) == []


def test_services_import_no_starlette_handlers_or_http() -> None:
    def outward(name: str, target: str, other: str | None) -> bool:
        if target.split(".")[0] == "starlette":
            return True
        return other is not None and layer(other) in ("handlers", "http")

    assert violations("services", outward) == []


def test_handlers_do_not_reach_into_the_http_layer() -> None:
    def into_http(name: str, target: str, other: str | None) -> bool:
        return other is not None and layer(other) == "http" and other not in REQUEST_TYPES

    assert violations("handlers", into_http) == []


def test_services_raise_domain_errors_not_http_problems() -> None:
    """Services import nothing from `errors` (the HTTP problems): they raise `domain_errors`,
    which REST (`errors.rest_problem`) and MCP (`mcp_wiring.mcp_failure`) each translate once."""

    def http_errors(name: str, target: str, other: str | None) -> bool:
        return other == "errors"

    assert violations("services", http_errors) == []


def test_domain_errors_import_nothing_of_the_gateway() -> None:
    tree = imported("domain_errors", modules()["domain_errors"])
    assert not any(local(target) for target in tree)
    assert not any(target.split(".")[0] == "starlette" for target in tree)
