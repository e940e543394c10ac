"""Read a request body (JSON, form, raw bytes) under a size limit and check it against the spec."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import Message, Receive

from .errors import HTTPProblem, RequestValidationError, ValidationItem, validation_item
from .json_limits import JsonRefused, check_text, load_json
from .spec import BodySpec
from .validation import SchemaValidators, coerce_text

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """One file part of a multipart body, fully read."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedBody:
    """The body handed to handlers, and the keys present in a JSON object body."""

    value: Any = None
    raw_keys: frozenset[str] = frozenset()


def body_too_large(limit: int) -> HTTPProblem:
    """413 for a body over `limit` bytes."""
    return HTTPProblem(413, f"Request body too large (limit {limit} bytes)")


def limit_receive(receive: Receive, limit: int) -> Receive:
    """Wrap `receive` so reading stops with 413 as soon as more than `limit` bytes arrived."""
    total = 0

    async def limited() -> Message:
        nonlocal total
        message = await receive()
        if message["type"] == "http.request":
            total += len(message.get("body", b""))
            if total > limit:
                raise body_too_large(limit)
        return message

    return limited


async def read_body(
    request: Request, spec: BodySpec | None, validators: SchemaValidators, limit: int
) -> ParsedBody:
    """Read and validate the body `spec` declares; raises 413, 400 (bad multipart) or 422."""
    if spec is None:
        return ParsedBody()
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise body_too_large(limit)
    media = _main_type(spec.media_type)
    if media in FORM_TYPES:
        return await _read_form(request, spec, validators, limit)
    if _is_json(media):
        return await _read_json(request, spec, validators)
    return ParsedBody(await request.body())


async def _read_json(request: Request, spec: BodySpec, validators: SchemaValidators) -> ParsedBody:
    raw = await request.body()
    if not raw:
        if spec.required:
            raise RequestValidationError([validation_item(["body"], "Field required", "missing")])
        return ParsedBody()
    if not _is_json(_main_type(request.headers.get("content-type", ""))):
        raise RequestValidationError(
            [
                validation_item(
                    ["body"],
                    "Expected a JSON body sent with Content-Type: application/json",
                    "model_attributes_type",
                )
            ]
        )
    try:
        value = load_json(raw)
    except JsonRefused as refused:
        raise RequestValidationError(
            [validation_item(["body"], refused.reason, "value_error")]
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        position = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        raise RequestValidationError(
            [validation_item(["body", position], "JSON decode error", "json_invalid")]
        ) from None
    errors = validators.errors_at(spec.pointer, value, ["body"])
    if errors:
        raise RequestValidationError(errors)
    keys = frozenset(value) if isinstance(value, dict) else frozenset()
    return ParsedBody(validators.apply_defaults(spec.schema, value), keys)


async def _read_form(
    request: Request, spec: BodySpec, validators: SchemaValidators, limit: int
) -> ParsedBody:
    try:
        form = await request.form(max_part_size=limit)
    except HTTPException as exc:  # malformed multipart, as FastAPI: 400
        raise HTTPProblem(exc.status_code, exc.detail) from None
    fields: dict[str, str | UploadedFile] = {}
    try:
        for key, part in form.multi_items():
            if isinstance(part, UploadFile):
                fields[key] = UploadedFile(part.filename, part.content_type, await part.read())
            else:
                fields[key] = part
            check_text(key)
            if isinstance(part, str):
                check_text(part)
    except JsonRefused as refused:
        raise RequestValidationError(
            [validation_item(["body"], refused.reason, "value_error")]
        ) from None
    finally:
        await form.close()
    value, errors = _check_form(fields, spec, validators)
    if errors:
        raise RequestValidationError(errors)
    return ParsedBody(validators.apply_defaults(spec.schema, value), frozenset(value))


def _check_form(
    fields: dict[str, str | UploadedFile], spec: BodySpec, validators: SchemaValidators
) -> tuple[dict[str, Any], list[ValidationItem]]:
    schema = validators.spec.resolve(spec.schema)
    props = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    value: dict[str, Any] = {}
    projection: dict[str, Any] = {}
    errors: list[ValidationItem] = []
    for key, part in fields.items():
        prop = validators.spec.resolve(props.get(key, {}))
        if isinstance(part, UploadedFile):
            value[key], projection[key] = part, ""
        elif prop.get("format") == "binary":
            errors.append(
                validation_item(
                    ["body", key], "Expected UploadFile, received: <class 'str'>", "value_error"
                )
            )
        elif part == "" and key not in required:
            continue  # an empty optional form field counts as absent (FastAPI)
        else:
            coerced, problem = coerce_text(prop, part)
            if problem is not None:
                errors.append(validation_item(["body", key], problem[1], problem[0]))
            value[key] = projection[key] = coerced
    if not errors:
        errors = validators.errors_at(spec.pointer, projection, ["body"])
    return value, errors


def _main_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")
