"""Unit tests of the builtin catalog, the safe evaluator and the endpoint's result mapping."""

from __future__ import annotations

import sys

import pytest
from mcp_types import ImageContent, TextContent

from mcpgateway_local.builtin.calculator import ExpressionError, safe_eval
from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG, CATALOG_ALIASES, find_entry
from mcpgateway_local.mcp_endpoint import outcome_to_result
from mcpgateway_local.mcp_supervisor import ToolOutcome, child_environment


def test_catalog_entries() -> None:
    ids = [entry.registry_id for entry in BUILTIN_CATALOG]
    assert ids == ["time", "calculator", "text-tools", "weather"]
    for entry in BUILTIN_CATALOG:
        assert entry.registry == "builtin"
        assert entry.command == sys.executable
        assert entry.args == ("-m", f"mcpgateway_local.builtin.{entry.module.rsplit('.', 1)[1]}")
        assert entry.tools and entry.tags and entry.description and entry.display_name
        assert find_entry("builtin", entry.registry_id) is entry
        assert find_entry("BUILTIN", f" {entry.name.upper()} ") is entry


def test_readme_alias_resolves_to_time() -> None:
    entry = find_entry("npm", "@anthropic/time-mcp")
    assert entry is not None and entry.registry_id == "time"
    assert find_entry("mcp_registry", "@anthropic/time-mcp") is entry
    assert all(find_entry("builtin", target) is not None for target in CATALOG_ALIASES.values())
    assert find_entry("npm", "@anthropic/other") is None
    assert find_entry("builtin", "nope") is None


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("2 ** 10", 1024),
        ("7 % 4", 3),
        ("-3 + +2", -1),
        ("10 / 4", 2.5),
        ("2 ** -1", 0.5),
        ("1.5e3", 1500.0),
    ],
)
def test_safe_eval_allows_arithmetic(expression: str, value: float) -> None:
    assert safe_eval(expression) == value


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os')",
        "a",
        "abs(1)",
        "(1).real",
        "1 if 1 else 2",
        "[1, 2]",
        "'a' * 3",
        "True + 1",
        "1 // 2",
        "1 << 3",
        "1 / 0",
        "1 % 0",
        "9 ** 9 ** 9",
        "1e308 * 10",
        "(-8) ** 0.5",
        "1 +",
        "1" * 1001,
        "lambda: 1",
    ],
)
def test_safe_eval_rejects(expression: str) -> None:
    with pytest.raises(ExpressionError):
        safe_eval(expression)


def test_outcome_to_result() -> None:
    error = outcome_to_result(ToolOutcome(result=None, is_error=True, error="boom"))
    assert error.is_error and error.content == [TextContent(type="text", text="boom")]
    text = outcome_to_result(ToolOutcome(result="hi"))
    assert text.content == [TextContent(type="text", text="hi")] and text.structured_content is None
    structured = outcome_to_result(ToolOutcome(result={"a": 1}))
    assert structured.structured_content == {"a": 1}
    several = outcome_to_result(
        ToolOutcome(result=["a", {"type": "image", "data": "AAAA", "mimeType": "image/png"}])
    )
    assert isinstance(several.content[1], ImageContent)
    numbers = outcome_to_result(ToolOutcome(result=[1, 2]))
    assert numbers.content == [TextContent(type="text", text="[\n  1,\n  2\n]")]
    assert outcome_to_result(ToolOutcome(result=None)).content == []


def test_child_environment_is_minimal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_TOKEN", "x")
    monkeypatch.setenv("PATH", "/usr/bin")
    ours = child_environment(sys.executable, {"API_KEY": "k"})
    assert "SECRET_TOKEN" not in ours
    assert ours["PATH"] == "/usr/bin" and ours["API_KEY"] == "k"
    assert "PYTHONPATH" in ours
    foreign = child_environment("node", None)
    assert "PYTHONPATH" not in foreign and "SECRET_TOKEN" not in foreign
