"""builtin/calculator.py: the safe evaluator (arithmetic only, bounded)."""

from __future__ import annotations

import pytest

from mcpgateway_local.builtin.calculator import ExpressionError, safe_eval


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
