"""Extract the public surface of the published `mcpgateway-sdk` wheels (0.28.0 and 0.61.0) into
`tests/facade/data/published_surfaces.json`, for `tests/facade/test_published_surfaces.py`.

The wheels are fetched with `pip download --no-deps` into a cache directory (never committed) and
read straight from the archive with `ast`: none of their code is imported or run. Recorded, per
version: the client's constructor, public methods and properties; every namespace (`gw.<name>`,
from the `self.<name> = <Class>(...)` lines of the client's `__init__`) with each public method's
parameters (name, kind, default); and sub-resources a method returns (`servers.authentication()`).

A default is stored as its JSON value when it is a literal (a module-level constant is looked up),
else as `{"expr": "<source>"}`; a parameter without default has no `default` key.

    .venv/bin/python codegen/published_surface.py            # download if needed, rewrite the file
    .venv/bin/python codegen/published_surface.py --check    # fail if the file is stale
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "tests" / "facade" / "data" / "published_surfaces.json"
VERSIONS = ("0.28.0", "0.61.0")
PACKAGE = "mcpgateway_sdk"
DEFAULT_CACHE = Path.home() / ".cache" / "mcpgateway-sdk-published"

Sources = dict[str, ast.Module]


def wheel_path(version: str, cache: Path) -> Path:
    """The published wheel of `version` in `cache`, downloaded with pip when missing."""
    name = f"mcpgateway_sdk-{version}-py3-none-any.whl"
    path = cache / name
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"mcpgateway-sdk=={version}", "-d", str(cache)],
            check=True,
        )  # fmt: skip
    return path


def read_sources(wheel: Path) -> Sources:
    """Every `.py` file of the package in the wheel, parsed (module name -> tree)."""
    trees: Sources = {}
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            if member.startswith(f"{PACKAGE}/") and member.endswith(".py"):
                module = member[: -len(".py")].replace("/", ".").removesuffix(".__init__")
                trees[module] = ast.parse(archive.read(member).decode("utf-8"), member)
    return trees


def _constants(tree: ast.Module) -> dict[str, Any]:
    """Module-level `NAME = <literal>` (and annotated) assignments."""
    found: dict[str, Any] = {}
    for node in tree.body:
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found


def _default(node: ast.expr, constants: dict[str, Any]) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return {"expr": ast.unparse(node)}


def parameters(func: ast.FunctionDef | ast.AsyncFunctionDef, constants: dict[str, Any]) -> list[dict[str, Any]]:  # fmt: skip
    """The parameters after `self`, in order, with kind and default."""
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    out: list[dict[str, Any]] = []
    for index, arg in enumerate(positional):
        if index == 0 and arg.arg in ("self", "cls"):
            continue
        kind = "POSITIONAL_ONLY" if index < len(args.posonlyargs) else "POSITIONAL_OR_KEYWORD"
        entry: dict[str, Any] = {"name": arg.arg, "kind": kind}
        if index >= first_default:
            entry["default"] = _default(args.defaults[index - first_default], constants)
        out.append(entry)
    if args.vararg is not None:
        out.append({"name": args.vararg.arg, "kind": "VAR_POSITIONAL"})
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        entry = {"name": arg.arg, "kind": "KEYWORD_ONLY"}
        if default is not None:
            entry["default"] = _default(default, constants)
        out.append(entry)
    if args.kwarg is not None:
        out.append({"name": args.kwarg.arg, "kind": "VAR_KEYWORD"})
    return out


def _is_property(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        (isinstance(d, ast.Name) and d.id in ("property", "cached_property"))
        or (isinstance(d, ast.Attribute) and d.attr in ("property", "cached_property"))
        for d in func.decorator_list
    )


def find_class(sources: Sources, name: str) -> tuple[ast.ClassDef, ast.Module]:
    """The class named `name` in the package (first match)."""
    for tree in sources.values():
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return node, tree
    raise LookupError(f"class {name} not found")


def class_surface(sources: Sources, name: str) -> dict[str, Any]:
    """Public methods (with parameters) and properties of a class, bases of the package included."""
    node, tree = find_class(sources, name)
    constants = _constants(tree)
    methods: dict[str, Any] = {}
    properties: list[str] = []
    returns: dict[str, str] = {}
    for base in node.bases:
        if isinstance(base, ast.Name):
            try:
                inherited = class_surface(sources, base.id)
            except LookupError:
                continue
            methods.update(inherited["methods"])
            properties.extend(inherited["properties"])
    for item in node.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if item.name.startswith("_") and item.name != "__init__":
            continue
        if _is_property(item):
            properties.append(item.name)
            continue
        methods[item.name] = parameters(item, constants)
        if isinstance(item.returns, ast.Name) and item.returns.id.endswith("Resource"):
            returns[item.name] = item.returns.id
        elif isinstance(item.returns, ast.Constant) and str(item.returns.value).endswith(
            "Resource"
        ):
            returns[item.name] = str(item.returns.value)
    surface: dict[str, Any] = {"methods": methods, "properties": sorted(set(properties))}
    if returns:
        surface["returns"] = returns
    return surface


def client_namespaces(client: ast.ClassDef) -> dict[str, str]:
    """`self.<name> = <Class>(...)` in the client's `__init__`: namespace -> class name."""
    init = next(n for n in client.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    found: dict[str, str] = {}
    for node in ast.walk(init):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Attribute)
            and isinstance(node.targets[0].value, ast.Name)
            and node.targets[0].value.id == "self"
            and not node.targets[0].attr.startswith("_")
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
        ):
            found[node.targets[0].attr] = node.value.func.id
    return found


def _public(methods: dict[str, Any]) -> dict[str, Any]:
    return {name: params for name, params in methods.items() if name != "__init__"}


def version_surface(sources: Sources) -> dict[str, Any]:
    """The whole public surface of one published version."""
    client, _ = find_class(sources, "MCPGateway")
    namespaces: dict[str, Any] = {}
    subresources: dict[str, Any] = {}
    for name, class_name in sorted(client_namespaces(client).items()):
        surface = class_surface(sources, class_name)
        namespaces[name] = _public(surface["methods"])
        for method, returned in surface.get("returns", {}).items():
            subresources[f"{name}.{method}"] = _public(class_surface(sources, returned)["methods"])
    top = class_surface(sources, "MCPGateway")
    return {
        "client": {"methods": top["methods"], "properties": top["properties"]},
        "namespaces": namespaces,
        "subresources": subresources,
    }


def render(cache: Path) -> str:
    """The data file's text."""
    data = {
        "about": "Generated by codegen/published_surface.py from the published wheels; do not edit.",
        "versions": {
            version: version_surface(read_sources(wheel_path(version, cache)))
            for version in VERSIONS
        },
    }
    return json.dumps(data, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the wheels go")
    parser.add_argument("--check", action="store_true", help="fail if the data file is stale")
    args = parser.parse_args(argv)
    text = render(args.cache)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run codegen/published_surface.py")
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
