"""What a command prints: aligned tables and `key: value` lines for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

__all__ = ["Output", "render", "to_json_data"]

MAX_CELL = 60


@dataclass(frozen=True, slots=True)
class Output:
    """A command's result: `data` (JSON-able), shown as a table when `columns` is set, as
    `text` (instead of `data`) for people when given, with `exit_code` (0 unless it failed)."""

    data: Any
    columns: Sequence[str] = ()
    text: str | None = None
    exit_code: int = 0
    errors: Sequence[str] = field(default_factory=tuple)


def to_json_data(value: Any) -> Any:
    """Models (anything with `to_dict()`) and lists of them as plain JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_json_data(item) for item in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [[c.upper() for c in columns], *cells]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _pairs(data: Mapping[str, Any]) -> str:
    width = max((len(key) for key in data), default=0)
    return "\n".join(f"{key.ljust(width)}  {_cell(value)}" for key, value in data.items())


def render(output: Output, *, as_json: bool, out: TextIO, err: TextIO) -> None:
    """Print `output` to `out` (its errors, if any, to `err`)."""
    for line in output.errors:
        print(f"error: {line}", file=err)
    if as_json:
        print(json.dumps(output.data, indent=2, default=str), file=out)
    elif output.text is not None:
        if output.text:
            print(output.text, file=out)
    elif output.columns:
        print(_table(output.data, output.columns), file=out)
    elif isinstance(output.data, Mapping):
        print(_pairs(output.data), file=out)
    elif output.data is not None:
        print(json.dumps(output.data, indent=2, default=str), file=out)
