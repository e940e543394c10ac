"""API description documents (OpenAPI 3.x, Swagger 2.0) from untrusted text, JSON or YAML.

`load_api_document(text)` returns the document as plain JSON values or raises `SpecRefused`
with a readable reason. Bounds: at most `MAX_SPEC_BYTES` of UTF-8, nesting at most
`MAX_SPEC_DEPTH`, and a YAML document may use at most `MAX_ALIASES` aliases and expand to at
most `MAX_NODES` values (an alias bomb is refused, never expanded). YAML is read with PyYAML's
safe loader (the `local` extra): no Python objects, no explicit tags, dates stay text, keys
become text (`200:` -> `"200"`). No I/O.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from .json_limits import JsonRefused, check_json_value, load_json

__all__ = [
    "MAX_ALIASES",
    "MAX_NODES",
    "MAX_SPEC_BYTES",
    "MAX_SPEC_DEPTH",
    "SpecRefused",
    "load_api_document",
]

MAX_SPEC_BYTES = 2 * 1024 * 1024
"""Largest document accepted (UTF-8 bytes)."""
MAX_SPEC_DEPTH = 64
"""Deepest nesting of mappings/lists accepted."""
MAX_ALIASES = 256
"""Most YAML aliases (`*name`) one document may use."""
MAX_NODES = 500_000
"""Most values a document may hold once its aliases are expanded."""


class SpecRefused(ValueError):
    """The text is not a usable API description; `reason` says why (no input echoed)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Loader(yaml.SafeLoader):
    """Safe loading with timestamps kept as text (JSON has no dates)."""


def _text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _text)


def load_api_document(text: str) -> dict[str, Any]:
    """The document in `text` (JSON or YAML) as a JSON object; `SpecRefused` when unusable."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_SPEC_BYTES:
        raise SpecRefused(f"the document is larger than {MAX_SPEC_BYTES // (1024 * 1024)} MiB")
    stripped = text.lstrip()
    if not stripped:
        raise SpecRefused("the document is empty")
    if stripped[0] in "{[":
        try:
            value: Any = load_json(stripped)
        except JsonRefused as exc:
            raise SpecRefused(exc.reason) from None
        except json.JSONDecodeError as exc:
            raise SpecRefused(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    else:
        value = _load_yaml(text)
    if not isinstance(value, dict):
        raise SpecRefused("the document must be a JSON or YAML object (a mapping)")
    return value


def _load_yaml(text: str) -> Any:
    _check_events(text)
    try:
        loaded = yaml.load(text, Loader=_Loader)  # a SafeLoader: plain data only
    except yaml.YAMLError as exc:
        raise SpecRefused(f"not valid YAML: {_where(exc)}") from None
    except RecursionError:
        raise SpecRefused(f"nested too deeply (limit {MAX_SPEC_DEPTH} levels)") from None
    value = _plain(loaded)
    try:
        check_json_value(value, MAX_SPEC_DEPTH)
    except JsonRefused as exc:
        raise SpecRefused(exc.reason) from None
    return value


def _check_events(text: str) -> None:
    """Refuse explicit tags, too many aliases and deep nesting before anything is built."""
    depth = 0
    aliases = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise SpecRefused(f"more than {MAX_ALIASES} YAML aliases")
            tag = getattr(event, "tag", None)
            implicit = getattr(event, "implicit", True)
            explicit = not (implicit is True or (isinstance(implicit, tuple) and any(implicit)))
            if tag is not None and explicit:
                raise SpecRefused(f"explicit YAML tags are not supported ({str(tag)[:40]})")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_SPEC_DEPTH:
                    raise SpecRefused(f"nested too deeply (limit {MAX_SPEC_DEPTH} levels)")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        raise SpecRefused(f"not valid YAML: {_where(exc)}") from None


def _plain(value: Any) -> Any:
    """`value` as JSON values (text keys), expanding shared (aliased) parts within `MAX_NODES`."""
    budget = [MAX_NODES]

    def walk(item: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise SpecRefused(f"the document expands to more than {MAX_NODES} values")
        if depth > MAX_SPEC_DEPTH:
            raise SpecRefused(f"nested too deeply (limit {MAX_SPEC_DEPTH} levels)")
        if isinstance(item, dict):
            return {str(k): walk(v, depth + 1) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [walk(v, depth + 1) for v in item]
        if item is None or isinstance(item, bool | int | float | str):
            return item
        return str(item)  # bytes (!!binary), sets: as text

    return walk(value, 0)


def _where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    if mark is None:
        return str(problem)
    return f"{problem} (line {mark.line + 1}, column {mark.column + 1})"
