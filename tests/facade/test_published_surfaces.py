"""Both clients expose every public method of both published SDKs (0.28.0 and 0.61.0) with
compatible parameters: the same names, a published positional parameter at the same position,
and the same default, unless `ALLOWED` below names the difference and its reason.

The published surfaces are data (`data/published_surfaces.json`, extracted from the wheels with
`ast` by `codegen/published_surface.py`; nothing of theirs is imported).
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

DATA = json.loads((Path(__file__).parent / "data" / "published_surfaces.json").read_text())
SURFACES: dict[str, Any] = DATA["versions"]
CLIENTS = {"async": MCPGateway, "sync": MCPGatewaySync}

# (version, "namespace.method", parameter): why ours differs on purpose.
_SERVER_ID_KEYWORD = (
    "0.28 and 0.61 conflict at this position; ours follows 0.61 and 0.28's `server_id` is "
    "keyword-only (a server id passed at 0.61's position raises TypeError naming server_id=)"
)
_SENTINEL = (
    "both mean 'not given, leave it unchanged' (0.61's private `_UNSET`, our public NOT_GIVEN); "
    "None clears the list in both"
)
ALLOWED: dict[tuple[str, str, str], str] = {
    ("0.28.0", "skills.list", "server_id"): _SERVER_ID_KEYWORD,
    ("0.28.0", "skills.upload", "server_id"): _SERVER_ID_KEYWORD,
    ("0.28.0", "skills.create", "server_id"): _SERVER_ID_KEYWORD,
    ("0.28.0", "skills.create", "skill_metadata"): _SERVER_ID_KEYWORD,
    ("0.28.0", "skills.import_from_catalog", "server_id"): _SERVER_ID_KEYWORD,
    ("0.28.0", "skills.import_from_catalog", "github_repo"): _SERVER_ID_KEYWORD,
    ("0.28.0", "sessions.update", "allowed_tool_names"): _SENTINEL,
    ("0.28.0", "sessions.update", "denied_tool_names"): _SENTINEL,
    ("0.61.0", "sessions.update", "allowed_tool_names"): _SENTINEL,
    ("0.61.0", "sessions.update", "denied_tool_names"): _SENTINEL,
    ("0.61.0", "sandboxes.list_files", "path"): (
        "0.28 `/workspace` and 0.61 `/attachments` conflict; ours keeps 0.28's default and the "
        "local gateway serves both roots (README migration notes)"
    ),
    ("0.28.0", "MCPGateway.__init__", "timeout"): "None means the default, 30.0 s (same behaviour)",
    ("0.61.0", "MCPGateway.__init__", "timeout"): "None means the default, 30.0 s (same behaviour)",
}


def published_methods() -> list[tuple[str, str, list[dict[str, Any]]]]:
    found = []
    for version, surface in SURFACES.items():
        for namespace, methods in surface["namespaces"].items():
            for method, params in methods.items():
                found.append((version, f"{namespace}.{method}", params))
        for path, methods in surface["subresources"].items():
            for method, params in methods.items():
                found.append((version, f"{path}().{method}", params))
    return found


METHODS = published_methods()


def our_method(cls: type, dotted: str) -> Any:
    """Our method for `ns.method` (`ns.sub().method`: the sub-resource class's method), or None."""
    namespace, _, rest = dotted.partition(".")
    holder = getattr(cls, namespace, None)
    resource = getattr(holder, "func", getattr(holder, "fget", None))
    if resource is None:
        return None
    resource_cls = inspect.signature(resource).return_annotation
    if isinstance(resource_cls, str):
        resource_cls = type(getattr(cls(api_key="k", check_version=False), namespace))
    name, sub, method = rest.partition("().")
    target = getattr(resource_cls, name, None)
    if sub and target is not None:
        returned = inspect.signature(target).return_annotation
        if isinstance(returned, str):  # `from __future__ import annotations`
            returned = eval(returned, vars(sys.modules[target.__module__]))
        sub_cls = returned if isinstance(returned, type) else None
        return getattr(sub_cls, method, None) if sub_cls is not None else None
    return target


def _same(ours: Any, theirs: Any) -> bool:
    if isinstance(theirs, dict) and set(theirs) == {"expr"}:
        return False  # not a literal: only an allowlist entry can accept it
    return (type(ours) is type(theirs) and ours == theirs) or (ours is None and theirs is None)


def problems(version: str, dotted: str, published: list[dict[str, Any]], ours: Any) -> list[str]:
    """Every incompatibility of our method with the published one."""
    signature = inspect.signature(ours)
    params = [p for p in signature.parameters.values() if p.name != "self"]
    by_name = {p.name: p for p in params}
    positional = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    found: list[str] = []
    their_positional = [
        p["name"] for p in published if p["kind"] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
    ]
    for theirs in published:
        name = theirs["name"]
        if theirs["kind"] in ("VAR_KEYWORD", "VAR_POSITIONAL"):
            continue  # checked by the allowlist below (`**fields` became explicit keywords)
        if (version, dotted, name) in ALLOWED:
            continue
        mine = by_name.get(name)
        if mine is None:
            found.append(f"{name}: missing")
            continue
        if theirs["kind"] != "KEYWORD_ONLY":
            where = their_positional.index(name)
            if where >= len(positional) or positional[where] != name:
                found.append(f"{name}: published at position {where}, ours {positional!r}")
        if "default" in theirs:
            if mine.default is inspect.Parameter.empty:
                found.append(f"{name}: published default {theirs['default']!r}, ours required")
            elif not _same(mine.default, theirs["default"]):
                found.append(f"{name}: default {mine.default!r}, published {theirs['default']!r}")
    return found


@pytest.mark.parametrize("mode", CLIENTS)
@pytest.mark.parametrize(
    ("version", "dotted", "published"), METHODS, ids=[f"{v}:{d}" for v, d, _ in METHODS]
)
def test_published_method_is_ours(
    mode: str, version: str, dotted: str, published: list[dict[str, Any]]
) -> None:
    ours = our_method(CLIENTS[mode], dotted)
    assert ours is not None, f"{mode} client lacks {dotted} (published in {version})"
    assert problems(version, dotted, published, ours) == []


@pytest.mark.parametrize("mode", CLIENTS)
@pytest.mark.parametrize("version", SURFACES)
def test_client_constructor_and_properties(mode: str, version: str) -> None:
    cls = CLIENTS[mode]
    client = SURFACES[version]["client"]
    assert (
        problems(version, "MCPGateway.__init__", client["methods"]["__init__"], cls.__init__) == []
    )
    for name in client["methods"]:
        assert callable(getattr(cls, name, None)), name
    for name in client["properties"]:
        assert isinstance(getattr(cls, name, None), property), name


def test_pending_sets_name_published_methods_only() -> None:
    published = {dotted for _, dotted, _ in METHODS}
    assert {dotted for _, dotted, _ in ALLOWED} <= published | {"MCPGateway.__init__"}


def test_the_data_covers_both_published_surfaces() -> None:
    counts = {
        version: sum(len(methods) for methods in surface["namespaces"].values())
        for version, surface in SURFACES.items()
    }
    assert counts == {"0.28.0": 99, "0.61.0": 125}  # CONTRACT-0.61 §1.1
    assert len(SURFACES["0.61.0"]["subresources"]["servers.authentication"]) == 4
