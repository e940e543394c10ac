"""Minimal valid JSON instances of openapi.json schemas (for canned responses in wire tests)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_UUID = "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11"
EXAMPLE_TIME = "2026-01-02T03:04:05+00:00"


@cache
def spec() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(METHOD, path template, operation object) for an operationId."""
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise KeyError(operation_id)


def success_example(operation_id: str) -> tuple[int, Any]:
    """(status, body) of a minimal valid success response; body None for no content."""
    _, _, op = operation(operation_id)
    (code,) = [c for c in op["responses"] if c.startswith("2")]
    content = op["responses"][code].get("content", {})
    if "application/json" in content:
        return int(code), example(content["application/json"]["schema"])
    if content:
        return int(code), b"binary-body"
    return int(code), None


def example(schema: dict[str, Any], full: bool = True) -> Any:
    """A value valid for `schema`: required properties always, optional ones too when `full`."""
    if "$ref" in schema:
        return example(spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], full)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return example(options[0], full) if options else None
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        return {k: example(v, full) for k, v in props.items() if full or k in required}
    if kind == "array":
        return [example(schema["items"], full)] if "items" in schema else []
    if kind == "string":
        if fmt == "uuid":
            return EXAMPLE_UUID
        if fmt == "date-time":
            return EXAMPLE_TIME
        if "pattern" in schema and "0-9" in schema["pattern"]:
            return "0.28.0"
        return "x" * max(int(schema.get("minLength", 1)), 1)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 0.5))
    if kind == "boolean":
        return True
    return {"any": "json"}
