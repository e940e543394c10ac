"""Run the pinned openapi-python-client with one deliberate change: free-form objects are dicts.

A schema such as `{"type": "object", "additionalProperties": true}` (a server's `config`, a tool's
`input_schema`, free-form metadata) has no fields to type. The stock generator still emits a model
class for it, so users would get wrapper objects that `json.dumps` rejects and that are slower to
parse. Here such a schema becomes a plain JSON value (`Any`; a `dict` at run time, kept as parsed).
Objects with declared `properties` are untouched. Called by `codegen/generate.py`, with the same
arguments as the `openapi-python-client` command.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client import cli
from openapi_python_client.parser import properties
from openapi_python_client.parser.properties import AnyProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema import DataType
from openapi_python_client.strings import PythonIdentifier


def _is_free_form(data: Any) -> bool:
    return (
        data.type == DataType.OBJECT
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

if __name__ == "__main__":
    cli.app(prog_name="openapi-python-client")
