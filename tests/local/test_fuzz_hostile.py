"""Hostile JSON across every JSON route of the spec: never a 5xx (fault class 8 of issue 9).

For each operation with a JSON body, bounded examples built from its schema's minimal instance:
every string replaced by a lone surrogate, every number by `1e999`, a surrogate key, and the
whole body nested 1,000 levels deep. Path parameters are fresh UUIDs (the body is checked before
any lookup). One gateway for the module.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
import pytest

from tests.support.spec_examples import example, spec

SURROGATE = "\ud800"


def json_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(operationId, METHOD, path, body schema) of every operation taking a JSON body."""
    found = []
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                schema = content["application/json"]["schema"]
                found.append((op["operationId"], method.upper(), path, schema))
    return found


def replace_leaves(value: Any, strings: Any, numbers: Any) -> Any:
    """`value` with every string leaf -> `strings` and every number leaf -> `numbers`."""
    if isinstance(value, dict):
        return {k: replace_leaves(v, strings, numbers) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_leaves(v, strings, numbers) for v in value] or [strings]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return numbers
    if isinstance(value, str):
        return strings
    return value


INFINITY = "__INFINITY__"


def variants(schema: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, raw JSON text) of the hostile bodies for one schema."""
    base = example(schema)
    texts = [
        ("surrogate-strings", json.dumps(replace_leaves(base, SURROGATE, 1))),
        (
            "infinite-numbers",
            json.dumps(replace_leaves(base, "x", INFINITY)).replace(f'"{INFINITY}"', "1e999"),
        ),
        ("deep-nesting", "[" * 1000 + "]" * 1000),
    ]
    if isinstance(base, dict):
        texts.append(("surrogate-key", json.dumps({**base, "\udfff": 1})))
    return texts


def concrete(path: str) -> str:
    return "/api/v1" + re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)[len("/api/v1") :]


CASES = [
    pytest.param(method, path, label, text, id=f"{operation_id}-{label}")
    for operation_id, method, path, schema in json_operations()
    for label, text in variants(schema)
]


def test_every_json_route_is_covered() -> None:
    assert len(json_operations()) >= 30


@pytest.mark.parametrize(("method", "path", "label", "text"), CASES)
def test_hostile_json_never_gets_a_5xx(
    api: httpx.Client, method: str, path: str, label: str, text: str
) -> None:
    url = concrete(path).removeprefix("/api/v1")
    response = api.request(
        method, url, content=text.encode("utf-8"), headers={"Content-Type": "application/json"}
    )
    assert response.status_code < 500, (label, response.status_code, response.text[:300])
    assert response.json()["detail"] if response.status_code >= 400 else True
