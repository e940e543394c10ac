"""Load `openapi.json` and index its operations: the single source of the REST surface."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PARAM_LOCATIONS = ("path", "query", "header")
MULTI_SEGMENT = "x-multi-segment"
LOCAL_VALUES = "x-local-values"
JsonObject = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Segment:
    """One `/`-separated piece of a path template: a literal, or a parameter."""

    literal: str | None
    param: str | None = None
    multi: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class ParamSpec:
    """A path/query/header parameter; `schema` has every `$ref` resolved."""

    name: str
    location: str
    required: bool
    schema: JsonObject
    multi_segment: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class BodySpec:
    """The request body: media type, schema as written, and its JSON pointer in the document."""

    media_type: str
    required: bool
    schema: JsonObject
    pointer: str


@dataclass(frozen=True, slots=True, eq=False)
class Operation:
    """One (method, path) of the spec, ready for routing and validation."""

    operation_id: str
    method: str
    path_template: str
    segments: tuple[Segment, ...]
    path_params: tuple[ParamSpec, ...]
    query_params: tuple[ParamSpec, ...]
    header_params: tuple[ParamSpec, ...]
    body: BodySpec | None
    success_status: int
    tag: str | None
    response_schemas: Mapping[int, str]
    """Status -> JSON pointer of its `application/json` schema (statuses without one are absent)."""


@dataclass(frozen=True, slots=True, eq=False)
class Spec:
    """The loaded document (treat as read-only) and its operations."""

    document: JsonObject
    source: bytes
    operations: tuple[Operation, ...]
    by_id: Mapping[str, Operation]

    def operation(self, operation_id: str) -> Operation:
        """The operation with this id (KeyError if absent)."""
        return self.by_id[operation_id]

    def resolve(self, node: Any) -> Any:
        """Follow `$ref` (local `#/...` only) until `node` is not a reference."""
        return resolve_refs(self.document, node)


def load_spec(path: str | Path | None = None) -> Spec:
    """Load the spec from `path`, else the packaged `openapi.json`, else the checkout's root copy."""
    source = Path(path).read_bytes() if path is not None else _default_source()
    document = json.loads(source)
    if not isinstance(document, dict):
        raise ValueError("openapi.json must hold a JSON object")
    _accept_local_values(document)
    operations = tuple(_operations(document))
    by_id: dict[str, Operation] = {}
    for op in operations:
        if op.operation_id in by_id:
            raise ValueError(f"duplicate operationId {op.operation_id!r}")
        by_id[op.operation_id] = op
    return Spec(document, source, operations, MappingProxyType(by_id))


def _accept_local_values(node: Any) -> None:
    """Widen every `enum` by its `x-local-values` (local extensions), in place.

    The served document (`Spec.source`) is unchanged: hosted clients see the gateway's closed
    set; only this gateway's validation accepts the extra values.
    """
    if isinstance(node, dict):
        extra = node.get(LOCAL_VALUES)
        if isinstance(node.get("enum"), list) and isinstance(extra, list):
            node["enum"] = [*node["enum"], *(v for v in extra if v not in node["enum"])]
        for value in node.values():
            _accept_local_values(value)
    elif isinstance(node, list):
        for value in node:
            _accept_local_values(value)


def _default_source() -> bytes:
    packaged = resources.files("mcpgateway_local").joinpath("openapi.json")
    if packaged.is_file():
        return packaged.read_bytes()
    checkout = Path(__file__).resolve().parents[2] / "openapi.json"
    if checkout.is_file():
        return checkout.read_bytes()
    raise FileNotFoundError("openapi.json not found in the package nor at the repository root")


def resolve_refs(document: JsonObject, node: Any) -> Any:
    """Follow `$ref` chains of `node` inside `document`."""
    return _resolve_with_pointer(document, node, "")[0]


def _resolve_with_pointer(document: JsonObject, node: Any, pointer: str) -> tuple[Any, str]:
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise ValueError(f"only local $ref is supported, got {ref!r}")
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref!r}")
        seen.add(ref)
        pointer = ref[1:]
        node = _follow_pointer(document, pointer)
    return node, pointer


def _follow_pointer(document: JsonObject, pointer: str) -> Any:
    node: Any = document
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _deep_resolve(document: JsonObject, node: Any, depth: int = 0) -> Any:
    """Inline every `$ref` below `node` (parameter schemas are small and acyclic)."""
    if depth > 32:
        raise ValueError("parameter schema nests too deep (recursive $ref?)")
    node = resolve_refs(document, node)
    if isinstance(node, Mapping):
        return {k: _deep_resolve(document, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_deep_resolve(document, v, depth + 1) for v in node]
    return node


def escape_pointer_token(token: str) -> str:
    """Escape one JSON-pointer token (`~` and `/`)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_uri_fragment(pointer: str) -> str:
    """Percent-encode a JSON pointer for use as a URI fragment."""
    return quote(pointer, safe="/~")


def _operations(document: JsonObject) -> list[Operation]:
    paths = document.get("paths") or {}
    result: list[Operation] = []
    for template, item in paths.items():
        item = resolve_refs(document, item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            raw_op = item.get(method)
            if raw_op is None:
                continue
            base = f"/paths/{escape_pointer_token(template)}/{method}"
            result.append(_operation(document, template, method, raw_op, shared, base))
    return result


def _operation(
    document: JsonObject,
    template: str,
    method: str,
    raw: JsonObject,
    shared: list[Any],
    base: str,
) -> Operation:
    op_id = raw.get("operationId")
    if not isinstance(op_id, str) or not op_id:
        raise ValueError(f"{method.upper()} {template} has no operationId")
    params = _parameters(document, [*shared, *raw.get("parameters", [])])
    by_location = {loc: tuple(p for p in params if p.location == loc) for loc in PARAM_LOCATIONS}
    segments = _segments(template, by_location["path"])
    tags = raw.get("tags") or []
    return Operation(
        operation_id=op_id,
        method=method.upper(),
        path_template=template,
        segments=segments,
        path_params=by_location["path"],
        query_params=by_location["query"],
        header_params=by_location["header"],
        body=_body(document, raw.get("requestBody"), f"{base}/requestBody"),
        success_status=_success_status(raw.get("responses") or {}),
        tag=tags[0] if tags else None,
        response_schemas=MappingProxyType(
            _response_schemas(document, raw.get("responses") or {}, f"{base}/responses")
        ),
    )


def _parameters(document: JsonObject, raw_params: list[Any]) -> list[ParamSpec]:
    merged: dict[tuple[str, str], ParamSpec] = {}
    for raw in raw_params:
        param = resolve_refs(document, raw)
        location = param.get("in")
        if location not in PARAM_LOCATIONS:
            continue  # cookies are not part of our contract
        name = param["name"]
        merged[(name, location)] = ParamSpec(
            name=name,
            location=location,
            required=bool(param.get("required", location == "path")),
            schema=MappingProxyType(_deep_resolve(document, param.get("schema", {}))),
            multi_segment=bool(param.get(MULTI_SEGMENT, False)),
        )
    return list(merged.values())


def _segments(template: str, path_params: tuple[ParamSpec, ...]) -> tuple[Segment, ...]:
    multi = {p.name for p in path_params if p.multi_segment}
    declared = {p.name for p in path_params}
    pieces = template.split("/")[1:]
    segments: list[Segment] = []
    for index, piece in enumerate(pieces):
        if piece.startswith("{") and piece.endswith("}"):
            name = piece[1:-1]
            if name not in declared:
                raise ValueError(f"{template}: path parameter {name!r} is not declared")
            is_last = index == len(pieces) - 1
            segments.append(Segment(None, name, multi=name in multi and is_last))
        else:
            segments.append(Segment(piece))
    return tuple(segments)


def _body(document: JsonObject, raw: Any, pointer: str) -> BodySpec | None:
    if raw is None:
        return None
    body, pointer = _resolve_with_pointer(document, raw, pointer)
    content: Mapping[str, Any] = body.get("content") or {}
    if not content:
        return None
    media_type = next((m for m in content if _is_json(m)), next(iter(content)))
    schema = content[media_type].get("schema", {})
    return BodySpec(
        media_type=media_type,
        required=bool(body.get("required", False)),
        schema=schema,
        pointer=f"{pointer}/content/{escape_pointer_token(media_type)}/schema",
    )


def _success_status(responses: Mapping[str, Any]) -> int:
    codes = sorted(int(code) for code in responses if code.isdigit() and code.startswith("2"))
    return codes[0] if codes else 200


def _response_schemas(
    document: JsonObject, responses: Mapping[str, Any], base: str
) -> dict[int, str]:
    result: dict[int, str] = {}
    for code, raw in responses.items():
        if not code.isdigit():
            continue
        response, pointer = _resolve_with_pointer(
            document, raw, f"{base}/{escape_pointer_token(code)}"
        )
        for media_type, media in (response.get("content") or {}).items():
            if _is_json(media_type) and "schema" in media:
                result[int(code)] = f"{pointer}/content/{escape_pointer_token(media_type)}/schema"
                break
    return result


def _is_json(media_type: str) -> bool:
    main = media_type.split(";", 1)[0].strip().lower()
    return main == "application/json" or main.endswith("+json")
