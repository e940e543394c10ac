"""Run the pinned openapi-python-client with one deliberate change: free-form objects are dicts.

A schema such as `{"type": "object", "additionalProperties": true}` (a server's `config`, a tool's
`input_schema`, free-form metadata) has no fields to type. The stock generator still emits a model
class for it, so users would get wrapper objects that `json.dumps` rejects and that are slower to
parse. Here such a schema becomes a plain JSON value (`Any`; a `dict` at run time, kept as parsed).
Objects with declared `properties` are untouched.

It also tells the templates which component schemas are *response* models (see
`response_schemas`): those are rendered by `response_model.py.jinja` (fields typed `T` / `T | None`,
filled with the contract's default when the gateway leaves them out), the others by
`request_model.py.jinja` (optional fields stay `T | Unset`, so a PATCH body can leave them out).
Called by `codegen/generate.py`, with the same arguments as the `openapi-python-client` command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client import Project, cli
from openapi_python_client.parser import properties
from openapi_python_client.parser.properties import AnyProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema import DataType
from openapi_python_client.strings import PythonIdentifier, snake_case

_DECLARED_EMPTY: set[str] | None = None


def _declared_empty() -> set[str]:
    """Titles of the schemas marked `x-model: true`: models even without properties."""
    global _DECLARED_EMPTY
    if _DECLARED_EMPTY is None:
        spec = json.loads(_spec_path(sys.argv).read_text(encoding="utf-8"))
        schemas = spec.get("components", {}).get("schemas", {})
        _DECLARED_EMPTY = {
            str(node.get("title", name)) for name, node in schemas.items() if node.get("x-model")
        }
    return _DECLARED_EMPTY


def _is_free_form(data: Any) -> bool:
    return (
        data.type == DataType.OBJECT
        and data.title not in _declared_empty()
        and not data.properties
        and not data.allOf
        and not data.anyOf
        and not data.oneOf
    )


class _FreeFormAwareModelProperty(ModelProperty):
    @classmethod
    def build(
        cls, *, data: Any, name: Any, schemas: Any, required: bool, config: Any, **kw: Any
    ) -> Any:  # type: ignore[override]
        if _is_free_form(data):
            prop = AnyProperty.build(
                name=name,
                required=required,
                default=None,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
            return prop, schemas
        return ModelProperty.build(
            data=data, name=name, schemas=schemas, required=required, config=config, **kw
        )


properties.ModelProperty = _FreeFormAwareModelProperty  # type: ignore[misc]


def _refs(node: Any) -> Iterator[str]:
    """Names of the component schemas `node` refers to directly."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(names: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def response_schemas(spec: dict[str, Any]) -> set[str]:
    """Component schemas rendered as response models.

    A schema is a response model when it is reachable from a response (any status) and from no
    request body or parameter. A schema reachable from both (today only `ToolOverrides`, a PATCH
    body that also appears inside `ServerTool`) stays a request model: leaving a field out of a
    request must stay possible, and sending the default instead could change what the call does.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    in_responses: set[str] = set()
    in_requests: set[str] = set()
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            in_requests.update(_refs(operation.get("requestBody", {})))
            in_requests.update(_refs(operation.get("parameters", [])))
            in_responses.update(_refs(operation.get("responses", {})))
    return _closure(in_responses, schemas) - _closure(in_requests, schemas)


def _spec_path(argv: list[str]) -> Path:
    for index, arg in enumerate(argv):
        if arg == "--path":
            return Path(argv[index + 1])
        if arg.startswith("--path="):
            return Path(arg.split("=", 1)[1])
    raise SystemExit("run_generator.py needs --path SPEC")


def _template_helpers(spec: dict[str, Any]) -> dict[str, Any]:
    """Jinja globals used by `model.py.jinja` and `response_model.py.jinja`."""
    schemas = spec.get("components", {}).get("schemas", {})
    responses = response_schemas(spec)

    def _name(node: Any) -> str:
        name = node.name
        text = str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)
        return text.rsplit("/", 1)[-1]  # a component model is named "/components/schemas/<key>"

    def is_response_model(model: Any) -> bool:
        return _name(model) in responses

    def wire_default(model: Any, prop: Any) -> str | None:
        """The contract's default of a response field as Python source (None: no default)."""
        schema = schemas.get(_name(model), {}).get("properties", {}).get(_name(prop), {})
        if "default" not in schema:
            return None
        return repr(schema["default"])

    def as_required(prop: Any) -> Any:
        """The same property, required: its construct code then has no `Unset` branch."""
        return attrs.evolve(prop, required=True)

    def involves_model(prop: Any) -> bool:
        """Whether the field's value holds generated models (to_dict() must convert it)."""
        if isinstance(prop, ModelProperty):
            return True
        inner = getattr(prop, "inner_property", None)
        if inner is not None and involves_model(inner):
            return True
        return any(involves_model(p) for p in getattr(prop, "inner_properties", None) or ())

    converting = {"datetime", "date", "uuid", "enum", "model", "file"}

    def needs_convert(prop: Any) -> bool:
        """Whether reading the field converts the wire value (else the JSON value is the value)."""
        kind = str(getattr(prop, "template", None) or "").removesuffix("_property.py.jinja")
        if kind in converting:
            return True
        inner = getattr(prop, "inner_property", None)
        if inner is not None and needs_convert(inner):
            return True
        return any(needs_convert(p) for p in getattr(prop, "inner_properties", None) or ())

    def response_base(model: Any) -> tuple[str, str] | None:
        """`(module, class)` of the response model this one extends (`x-extends` in the spec):
        a narrower answer stays an instance of the general one (`ApiKeyCreated` is an `ApiKey`)."""
        base = schemas.get(_name(model), {}).get("x-extends")
        if not isinstance(base, str):
            return None
        if base not in responses:
            raise SystemExit(f"x-extends of {_name(model)}: {base} is not a response model")
        return snake_case(base), base

    def select_by(model: Any, prop: Any) -> tuple[str, list[tuple[str, str]]] | None:
        """`(field, [(value, class), ...])` when the field's model is picked by another field's
        value (`x-select-by` in the spec: a typed `config` chosen by `type`)."""
        schema = schemas.get(_name(model), {}).get("properties", {}).get(_name(prop), {})
        rule = schema.get("x-select-by")
        if not isinstance(rule, dict):
            return None
        return str(rule["property"]), sorted(rule["mapping"].items())

    def response_mixin(model: Any) -> tuple[str, str] | None:
        """`(module, class)` of a hand-written mixin with derived properties (`x-mixin` in the
        spec, `module:Class` under `mcpgateway_sdk`): `Server.readiness`."""
        mixin = schemas.get(_name(model), {}).get("x-mixin")
        if not isinstance(mixin, str):
            return None
        module, _, name = mixin.partition(":")
        return module, name

    return {
        "response_mixin": response_mixin,
        "select_by": select_by,
        "response_base": response_base,
        "is_response_model": is_response_model,
        "needs_convert": needs_convert,
        "wire_default": wire_default,
        "as_required": as_required,
        "involves_model": involves_model,
    }


_stock_project_init = Project.__init__


def _project_init(self: Project, **kw: Any) -> None:
    _stock_project_init(self, **kw)
    spec = json.loads(_spec_path(sys.argv).read_text(encoding="utf-8"))
    self.env.globals.update(_template_helpers(spec))


Project.__init__ = _project_init  # type: ignore[method-assign]

if __name__ == "__main__":
    cli.app(prog_name="openapi-python-client")
