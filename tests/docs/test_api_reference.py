"""`api.md` is generated from the clients and covers all of them: methods, models, exceptions.

The counts here come from the clients directly (`inspect`), not from the generator, so a method
the generator missed is caught. `test_api_md_is_fresh` fails when `api.md` is stale, as
`make check-generated` does.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

import mcpgateway_sdk.exceptions as exceptions
import mcpgateway_sdk.models as models
from codegen.api_introspect import class_fields
from codegen.api_reference import render
from mcpgateway_sdk import MCPGateway, MCPGatewaySync

ROOT = Path(__file__).resolve().parents[2]
API_MD = ROOT / "api.md"


@pytest.fixture(scope="module")
def api_md() -> str:
    return API_MD.read_text(encoding="utf-8")


def _public(cls: type) -> list[str]:
    return [
        name
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member) and not inspect.isclass(member)
    ]


def expected_methods(client: object) -> set[str]:
    """`gw.<namespace>.<method>` and `gw.<method>` for every public method of `client`."""
    out = set()
    for name in _public(type(client)):
        out.add(f"gw.{name}")
    for name, member in vars(type(client)).items():
        if isinstance(member, cached_property) and not name.startswith("_"):
            resource = getattr(client, name)
            out |= {f"gw.{name}.{method}" for method in _public(type(resource))}
    return out


def documented_calls(text: str, label: str) -> set[str]:
    """The calls shown under `# MCPGateway` or `# MCPGatewaySync` in api.md's code blocks."""
    pattern = re.compile(rf"^# {label}\n(?:await )?(gw(?:\.\w+)+)\(", re.MULTILINE)
    return set(pattern.findall(text))


@pytest.mark.parametrize(
    ("factory", "label"),
    [
        (lambda: MCPGateway(api_key="k", check_version=False), "MCPGateway"),
        (lambda: MCPGatewaySync(api_key="k", check_version=False), "MCPGatewaySync"),
    ],
    ids=["async", "sync"],
)
def test_every_public_method_of_both_clients_is_documented(
    api_md: str, factory: Any, label: str
) -> None:
    expected = expected_methods(factory())
    documented = documented_calls(api_md, label)
    missing = sorted(expected - documented)
    coverage = len(expected & documented) / len(expected)
    assert not missing, (
        f"{label}: {coverage:.0%} of {len(expected)} methods in api.md; missing {missing}"
    )
    assert len(expected) >= 100  # the clients have over a hundred methods: the count is real
    assert documented == expected, sorted(documented - expected)  # nothing stale either


def test_async_calls_are_awaited_and_sync_ones_are_not(api_md: str) -> None:
    client = MCPGateway(api_key="k", check_version=False)
    sync_calls = expected_methods(MCPGatewaySync(api_key="k", check_version=False))
    for call in sorted(expected_methods(client)):
        owner: Any = client
        *path, name = call.split(".")[1:]
        for part in path:
            owner = getattr(owner, part)
        awaited = inspect.iscoroutinefunction(getattr(type(owner), name))
        assert (f"# MCPGateway\nawait {call}(" in api_md) is awaited, call
        assert (f"# MCPGatewaySync\n{call}(" in api_md) is (call in sync_calls), call


def test_every_returned_model_has_a_section(api_md: str) -> None:
    client = MCPGatewaySync(api_key="k", check_version=False)
    names = set(dir(models))
    returned = set()
    for call in expected_methods(client):
        owner: Any = client
        *path, name = call.split(".")[1:]
        for part in path:
            owner = getattr(owner, part)
        annotation = inspect.signature(getattr(type(owner), name)).return_annotation
        returned |= set(re.findall(r"\b[A-Z]\w*", str(annotation))) & names
    assert {"Server", "Session", "ToolSearchResult", "Sandbox"} <= returned
    for name in sorted(returned):
        assert f'<a id="model-{name.lower()}"></a>' in api_md, name
        assert f"[`{name}`](#model-{name.lower()})" in api_md, name  # linked from a method


def _section(text: str, anchor: str) -> str:
    start = text.index(f'<a id="{anchor}"></a>')
    end = text.find('<a id="', start + 1)
    return text[start : end if end != -1 else len(text)]


@pytest.mark.parametrize("name", [n for n in dir(models) if inspect.isclass(getattr(models, n))])
def test_every_model_field_is_documented(api_md: str, name: str) -> None:
    cls = getattr(models, name)
    section = _section(api_md, f"model-{name.lower()}")
    runtime: list[str] = []
    if hasattr(cls, "_fields"):  # response models: `Field` descriptors
        runtime = [f.attr for f in cls._fields]
    elif hasattr(cls, "__attrs_attrs__"):  # request models: attrs classes
        runtime = [a.name for a in cls.__attrs_attrs__ if a.name != "additional_properties"]
    elif name == "PaginatedResponse":
        runtime = list(cls.__slots__)
    for field in runtime:
        assert f"| `{field}` | `" in section, f"{name}.{field}"
    assert [f.name for f in class_fields(cls)] == runtime or not runtime


def _instances() -> list[BaseException]:
    """One instance of every exception, its required arguments filled by their type."""
    out = []
    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for param in inspect.signature(cls).parameters.values():
            if param.default is not param.empty or param.kind in (
                param.VAR_KEYWORD,
                param.VAR_POSITIONAL,
            ):
                continue
            value = 404 if "int" in str(param.annotation) else "x"
            if param.kind is param.KEYWORD_ONLY:
                kwargs[param.name] = value
            else:
                args.append(value)
        out.append(cls(*args, **kwargs))
    return out


@pytest.mark.parametrize("error", _instances(), ids=lambda e: type(e).__name__)
def test_every_exception_and_its_attributes_are_documented(
    api_md: str, error: BaseException
) -> None:
    name = type(error).__name__
    section = _section(api_md, f"error-{name.lower()}") + _section(api_md, "error-gatewayerror")
    for attribute in vars(error):
        if not attribute.startswith("_"):
            assert f"| `{attribute}` |" in section, f"{name}.{attribute}"


def test_api_md_is_fresh(api_md: str) -> None:
    assert render() == api_md, "api.md is stale: run `make api-reference`"


def test_check_mode_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "api.md"
    stale.write_text(API_MD.read_text(encoding="utf-8").replace("gw.servers.get(", "gw.x("))
    script = ROOT / "codegen" / "api_reference.py"
    run = [sys.executable, str(script), "--check", "--out"]
    assert subprocess.run([*run, str(stale)], capture_output=True).returncode == 1
    assert subprocess.run([*run, str(API_MD)], capture_output=True).returncode == 0
