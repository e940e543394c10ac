"""Built-in MCP server: arithmetic tools and a safe expression evaluator.

Run over stdio with ``python -m mcpgateway_local.builtin.calculator``. ``evaluate`` parses the
expression with :mod:`ast` and accepts only numbers, ``+ - * / ** %``, unary signs and
parentheses; names, calls, attributes and everything else are rejected.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

Number = int | float

MAX_EXPRESSION_LENGTH = 1000
"""Longest expression ``evaluate`` accepts, in characters."""

MAX_INT_BITS = 4096
"""Largest integer (in bits) an evaluation may produce; bounds CPU and memory."""

server: MCPServer = MCPServer(
    "calculator",
    instructions="Arithmetic: add, subtract, multiply, divide, and evaluate math expressions safely.",
    log_level="WARNING",
)

_BINARY: dict[type[ast.operator], Callable[[Number, Number], Number]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[Number], Number]] = {
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
}


class ExpressionError(ValueError):
    """The expression is not allowed or cannot be evaluated."""


def _check_size(value: Number) -> Number:
    """Reject results that are too large or not finite."""
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise ExpressionError("result is too large")
    if isinstance(value, float) and not math.isfinite(value):
        raise ExpressionError("result is not a finite number")
    return value


def _power(base: Number, exponent: Number) -> Number:
    """``base ** exponent`` with an upfront bound on the result size."""
    if base != 0 and abs(base) != 1 and exponent > 0:
        magnitude = exponent * math.log2(abs(base))
        if magnitude > MAX_INT_BITS:
            raise ExpressionError("result is too large")
    result = base**exponent
    if isinstance(result, complex):
        raise ExpressionError("result is not a real number")
    return result


def _eval_node(node: ast.AST) -> Number:
    """Evaluate one node of an allowed expression tree."""
    if isinstance(node, ast.Expression):
        return _eval_node(node.body)
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ExpressionError(f"only numbers are allowed, not {value!r}")
        return value
    if isinstance(node, ast.UnaryOp):
        unary = _UNARY.get(type(node.op))
        if unary is None:
            raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
        return _check_size(unary(_eval_node(node.operand)))
    if isinstance(node, ast.BinOp):
        binary = _BINARY.get(type(node.op))
        if binary is None:
            raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
        left = _eval_node(node.left)
        right = _eval_node(node.right)
        if isinstance(node.op, ast.Pow):
            return _check_size(_power(left, right))
        if isinstance(node.op, ast.Div | ast.Mod) and right == 0:
            raise ExpressionError("division by zero")
        return _check_size(binary(left, right))
    raise ExpressionError(
        f"{type(node).__name__} is not allowed; use numbers, + - * / ** % and parentheses"
    )


def safe_eval(expression: str) -> Number:
    """Evaluate an arithmetic expression; raise :class:`ExpressionError` for anything else."""
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"expression is longer than {MAX_EXPRESSION_LENGTH} characters")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"invalid syntax: {exc.msg}") from exc
    try:
        return _eval_node(tree)
    except (OverflowError, ZeroDivisionError, RecursionError) as exc:
        raise ExpressionError(str(exc) or type(exc).__name__) from exc


@server.tool(description="Add two numbers (a + b) and return the sum.")
def add(a: float, b: float) -> float:
    """Return ``a + b``."""
    return a + b


@server.tool(
    description="Subtract the second number from the first (a - b) and return the difference."
)
def subtract(a: float, b: float) -> float:
    """Return ``a - b``."""
    return a - b


@server.tool(description="Multiply two numbers (a * b) and return the product.")
def multiply(a: float, b: float) -> float:
    """Return ``a * b``."""
    return a * b


@server.tool(
    description="Divide the first number by the second (a / b) and return the quotient; dividing by zero is an error."
)
def divide(a: float, b: float) -> float:
    """Return ``a / b``; division by zero is a tool error."""
    if b == 0:
        raise ToolError("Division by zero is undefined")
    return a / b


@server.tool(
    description=(
        "Evaluate an arithmetic math expression such as '(2 + 3) * 4 ** 2 % 7' and return the number. "
        "Supports numbers, + - * / ** (power) % (modulo), unary minus and parentheses; nothing else (no names or functions)."
    )
)
def evaluate(expression: str) -> int | float:
    """Evaluate ``expression`` with the safe AST evaluator."""
    try:
        return safe_eval(expression)
    except ExpressionError as exc:
        raise ToolError(f"Cannot evaluate {expression!r}: {exc}") from exc


def main() -> None:
    """Serve the calculator tools over stdio."""
    server.run()


if __name__ == "__main__":
    main()
