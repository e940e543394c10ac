"""Validate parameters and bodies against the spec; report errors as FastAPI 422 items.

Parameters arrive as text: they are coerced by their schema (integer, number, boolean, arrays as
repeated keys), then checked with JSON Schema like bodies. JSON bodies are checked with Draft 2020-12
against the spec document itself (a `referencing` registry, so `#/components/schemas/...` resolves);
validators are compiled once per schema and cached. Formats checked: `uuid`, `date-time`.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .errors import ValidationItem, validation_item
from .spec import Operation, ParamSpec, Spec, pointer_uri_fragment

DOC_URI = "urn:mcpgateway-local:openapi"
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = frozenset({"true", "1", "yes", "on", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "off", "f", "n"})
_TYPE_ERRORS = {
    "string": ("string_type", "Input should be a valid string"),
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "array": ("list_type", "Input should be a valid list"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "null": ("none_required", "Input should be None"),
}
_FORMAT_ERRORS = {
    "uuid": ("uuid_parsing", "Input should be a valid UUID"),
    "date-time": ("datetime_parsing", "Input should be a valid datetime"),
}
_PARSE_ERRORS = {
    "integer": (
        "int_parsing",
        "Input should be a valid integer, unable to parse string as an integer",
    ),
    "number": (
        "float_parsing",
        "Input should be a valid number, unable to parse string as a number",
    ),
    "boolean": ("bool_parsing", "Input should be a valid boolean, unable to interpret input"),
}

FORMAT_CHECKER = FormatChecker(formats=())


@FORMAT_CHECKER.checks("uuid", raises=ValueError)  # type: ignore[untyped-decorator]
def _check_uuid(instance: object) -> bool:
    if isinstance(instance, str):
        uuid.UUID(instance)
    return True


@FORMAT_CHECKER.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator]
def _check_datetime(instance: object) -> bool:
    if isinstance(instance, str):
        datetime.fromisoformat(instance)  # accepts `Z`, offsets, and naive values (as pydantic)
    return True


class _Error(Protocol):
    """The part of `jsonschema.ValidationError` we read."""

    validator: str
    validator_value: Any
    instance: Any
    message: str
    absolute_path: Sequence[str | int]
    relative_schema_path: Sequence[str | int]
    context: list[_Error]


class SchemaValidators:
    """Compiled validators for one spec, cached by JSON pointer (bodies) or parameter."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        resource = DRAFT202012.create_resource(dict(spec.document))
        self._registry: Registry[Any] = Registry().with_resource(DOC_URI, resource)
        self._by_pointer: dict[str, Any] = {}
        self._by_param: dict[int, Any] = {}

    def errors_at(
        self, pointer: str, instance: Any, prefix: Sequence[str | int]
    ) -> list[ValidationItem]:
        """Validate `instance` against the schema at `pointer`; items' `loc` start with `prefix`."""
        validator = self._by_pointer.get(pointer)
        if validator is None:
            schema = {"$ref": f"{DOC_URI}#{pointer_uri_fragment(pointer)}"}
            validator = Draft202012Validator(
                schema, registry=self._registry, format_checker=FORMAT_CHECKER
            )
            self._by_pointer[pointer] = validator
        return to_items(validator.iter_errors(instance), prefix)

    def param_errors(self, param: ParamSpec, value: Any) -> list[ValidationItem]:
        """Validate a coerced parameter value against its (ref-free) schema."""
        validator = self._by_param.get(id(param))
        if validator is None:
            validator = Draft202012Validator(dict(param.schema), format_checker=FORMAT_CHECKER)
            self._by_param[id(param)] = validator
        return to_items(validator.iter_errors(value), [param.location, param.name])

    def apply_defaults(self, schema: Any, value: Any) -> Any:
        """Fill absent object properties that declare a `default` (recursively); returns `value`."""
        return _apply_defaults(self.spec, schema, value, 0)


def parse_parameters(
    validators: SchemaValidators,
    op: Operation,
    path_values: Mapping[str, str],
    query_values: Callable[[str], list[str]],
    header_values: Callable[[str], list[str]],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[ValidationItem]]:
    """Coerce and check path, query and header parameters: `(path, query, header, errors)`.

    Absent optional parameters get their schema default, else None.
    """
    errors: list[ValidationItem] = []
    sources: list[tuple[tuple[ParamSpec, ...], Callable[[str], list[str]]]] = [
        (op.path_params, lambda name: [path_values[name]] if name in path_values else []),
        (op.query_params, query_values),
        (op.header_params, header_values),
    ]
    results: list[dict[str, Any]] = []
    for params, lookup in sources:
        values: dict[str, Any] = {}
        for param in params:
            values[param.name] = _parse_param(validators, param, lookup(param.name), errors)
        results.append(values)
    return results[0], results[1], results[2], errors


def _parse_param(
    validators: SchemaValidators, param: ParamSpec, raw: list[str], errors: list[ValidationItem]
) -> Any:
    loc: list[str | int] = [param.location, param.name]
    if not raw:
        if param.required:
            errors.append(validation_item(loc, "Field required", "missing"))
        return copy.deepcopy(param.schema.get("default"))
    item_schema = _array_items(param.schema)
    if item_schema is not None:
        texts = raw if param.location != "header" else [p.strip() for p in raw[0].split(",")]
        value: Any = []
        failed = False
        for index, text in enumerate(texts):
            coerced, problem = coerce_text(item_schema, text)
            if problem is not None:
                errors.append(validation_item([*loc, index], problem[1], problem[0]))
                failed = True
            value.append(coerced)
    else:
        value, problem = coerce_text(param.schema, raw[-1])
        failed = problem is not None
        if problem is not None:
            errors.append(validation_item(loc, problem[1], problem[0]))
    if failed:
        return value
    found = validators.param_errors(param, value)
    errors.extend(found)
    return value if found else _normalize_uuids(param.schema, value)


def coerce_text(schema: Mapping[str, Any], text: str) -> tuple[Any, tuple[str, str] | None]:
    """Turn a text value into the JSON type its schema wants: `(value, (type, msg) | None)`."""
    first_problem: tuple[str, str] | None = None
    for branch in _non_null_branches(schema):
        kind = _type_of(branch)
        value = _coerce_one(kind, text)
        if value is not _FAILED:
            return value, None
        first_problem = first_problem or _PARSE_ERRORS[kind or ""]
    return text, first_problem


_FAILED = object()


def _coerce_one(kind: str | None, text: str) -> Any:
    if kind == "integer":
        return int(text) if _INT_RE.match(text.strip()) else _FAILED
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return _FAILED
    if kind == "boolean":
        lowered = text.strip().lower()
        return lowered in _TRUE if lowered in _TRUE | _FALSE else _FAILED
    return text


def to_items(errors: Iterable[_Error], prefix: Sequence[str | int]) -> list[ValidationItem]:
    """Map jsonschema errors to FastAPI items (one per problem, `loc` = prefix + instance path)."""
    out: list[ValidationItem] = []
    seen: set[tuple[Any, ...]] = set()
    for error in errors:
        _map_error(error, list(prefix), out, seen)
    return out


def _map_error(
    error: _Error, prefix: list[str | int], out: list[ValidationItem], seen: set[tuple[Any, ...]]
) -> None:
    loc = [*prefix, *error.absolute_path]
    if error.validator in ("anyOf", "oneOf") and error.context:
        branch = _pick_branch(error.context)
        if branch:
            for sub in branch:
                _map_error(sub, prefix, out, seen)
            return
    if error.validator == "required" and isinstance(error.instance, Mapping):
        for name in error.validator_value:
            key = (*loc, name)
            if name not in error.instance and key not in seen:
                seen.add(key)
                out.append(validation_item([*loc, name], "Field required", "missing"))
        return
    type_, msg = _describe(error)
    key = (*loc, type_)
    if key not in seen:
        seen.add(key)
        out.append(validation_item(loc, msg, type_))


def _pick_branch(context: list[_Error]) -> list[_Error]:
    """The errors of the most relevant failed branch (ignoring the `null` branch of a nullable)."""
    branches: dict[Any, list[_Error]] = {}
    for sub in context:
        index = sub.relative_schema_path[0] if sub.relative_schema_path else 0
        branches.setdefault(index, []).append(sub)
    candidates = [
        errs
        for errs in branches.values()
        if not all(e.validator == "type" and e.validator_value in ("null", ["null"]) for e in errs)
    ]
    for errs in candidates:
        if not any(e.validator == "type" and not e.absolute_path for e in errs):
            return errs
    return candidates[0] if candidates else []


def _describe(error: _Error) -> tuple[str, str]:
    kind, value = error.validator, error.validator_value
    if kind == "type":
        names = [value] if isinstance(value, str) else [v for v in value if v != "null"] or ["null"]
        return _TYPE_ERRORS.get(names[0], ("type_error", error.message))
    if kind == "format":
        return _FORMAT_ERRORS.get(value, ("value_error", f"Input should be a valid {value}"))
    if kind == "enum":
        return "enum", f"Input should be {_or_list([repr(v) for v in value])}"
    if kind == "const":
        return "literal_error", f"Input should be {value!r}"
    simple = {
        "minLength": (
            "string_too_short",
            f"String should have at least {value} character{_s(value)}",
        ),
        "maxLength": (
            "string_too_long",
            f"String should have at most {value} character{_s(value)}",
        ),
        "minimum": ("greater_than_equal", f"Input should be greater than or equal to {value}"),
        "maximum": ("less_than_equal", f"Input should be less than or equal to {value}"),
        "exclusiveMinimum": ("greater_than", f"Input should be greater than {value}"),
        "exclusiveMaximum": ("less_than", f"Input should be less than {value}"),
        "minItems": ("too_short", f"List should have at least {value} item{_s(value)}"),
        "maxItems": ("too_long", f"List should have at most {value} item{_s(value)}"),
        "minProperties": ("too_short", f"Object should have at least {value} field{_s(value)}"),
        "maxProperties": ("too_long", f"Object should have at most {value} field{_s(value)}"),
        "pattern": ("string_pattern_mismatch", f"String should match pattern '{value}'"),
        "multipleOf": ("multiple_of", f"Input should be a multiple of {value}"),
        "additionalProperties": ("extra_forbidden", "Extra inputs are not permitted"),
    }
    return simple.get(kind, ("value_error", error.message))


def _s(count: Any) -> str:
    return "" if count == 1 else "s"


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _non_null_branches(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return [b for b in schema[key] if _type_of(b) != "null"] or [schema]
    return [schema]


def _type_of(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), "null")
    return kind if isinstance(kind, str) else None


def _array_items(schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for branch in _non_null_branches(schema):
        if _type_of(branch) == "array":
            items = branch.get("items", {})
            return items if isinstance(items, Mapping) else {}
    return None


def _normalize_uuids(schema: Mapping[str, Any], value: Any) -> Any:
    """Canonical lower-case hyphenated form for `format: uuid` strings (as FastAPI's UUID type)."""
    if isinstance(value, list):
        items = _array_items(schema) or {}
        return [_normalize_uuids(items, v) for v in value]
    if isinstance(value, str) and any(
        b.get("format") == "uuid" for b in _non_null_branches(schema)
    ):
        return str(uuid.UUID(value))
    return value


def _apply_defaults(spec: Spec, schema: Any, value: Any, depth: int) -> Any:
    schema = spec.resolve(schema)
    if depth > 32 or not isinstance(schema, Mapping):
        return value
    branches = _non_null_branches(schema)
    if len(branches) == 1 and branches[0] is not schema:
        return _apply_defaults(spec, branches[0], value, depth + 1)
    if isinstance(value, dict):
        for name, prop in (schema.get("properties") or {}).items():
            if name in value:
                _apply_defaults(spec, prop, value[name], depth + 1)
                continue
            for candidate in (prop, spec.resolve(prop)):  # a default may sit beside a $ref
                if isinstance(candidate, Mapping) and "default" in candidate:
                    value[name] = copy.deepcopy(candidate["default"])
                    break
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for item in value:
            _apply_defaults(spec, schema["items"], item, depth + 1)
    return value
