"""Turning HTTP responses into values or typed errors (shared by both clients)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, Final
from uuid import UUID

import httpx

from ._exceptions import CODED_ERRORS, ErrorContext, GatewayError, StatusError, error_class_for
from ._logging import redact
from ._retry import retry_after_seconds

__all__ = ["decode_json", "encode_json", "error_code", "error_from_body", "error_from_response"]

KNOWN_CODES: Final = frozenset(code for _, code in CODED_ERRORS)

MAX_MESSAGE: Final = 500
_TITLE: Final = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG: Final = re.compile(r"<[^>]+>")
_SPACE: Final = re.compile(r"\s+")


def _json_default(value: Any) -> Any:
    if isinstance(value, (UUID, Enum)):
        return value.value if isinstance(value, Enum) else str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode_json(value: Any) -> bytes:
    """A request body as compact UTF-8 JSON; ids, datetimes and enums become strings."""
    try:
        return json.dumps(
            value, default=_json_default, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    except ValueError as exc:
        raise ValueError(f"request body is not valid JSON: {exc}") from None


def decode_json(response: httpx.Response, method: str, path: str) -> Any:
    """The JSON body of a successful response (`None` for 204 or an empty body)."""
    if response.status_code == 204 or not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        snippet = _text_message(response)
        raise GatewayError(
            response.status_code,
            f"the gateway answered {response.status_code} with a body that is not JSON: {snippet}",
            method=method,
            path=path,
        ) from None


def error_from_response(
    response: httpx.Response, method: str, path: str, secret: str = ""
) -> GatewayError:
    """The typed exception for a non-2xx response, with a readable message.

    `code` and `details` come from the body's `error` object (or a `detail` that carries them);
    a known code under its status gives the typed class (`SkillFileAmbiguous`, ...). A 429 or
    503 with `Retry-After` is `retryable`.
    """
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    message = _json_message(body) if body is not None else _text_message(response)
    if body is None and response.content:
        body = response.text[:MAX_MESSAGE]
    message = redact(message, secret)[:MAX_MESSAGE] or _reason(response)
    status = response.status_code
    code, details = error_code(body)
    retry_after = retry_after_seconds(response.headers)
    retryable = True if status in (429, 503) and retry_after is not None else None
    context: ErrorContext = {
        "code": code,
        "retryable": retryable,
        "details": details,
        "method": method,
        "path": path,
        "body": body,
        "retry_after": retry_after,
    }
    cls = error_class_for(status, code)
    if issubclass(cls, StatusError):
        return cls(message, status_code=status, **context)
    return cls(status, message, **context)


def error_from_body(
    status_code: int, body: Any, headers: Mapping[str, str] | None = None
) -> GatewayError:
    """The typed exception for an HTTP status and its decoded error body (and headers).

    What both published SDKs export as `error_from_response(status_code, body, headers=None)`:
    the same classes, `code`, `details` and `retry_after` as the errors the clients raise.
    """
    message = _json_message(body)[:MAX_MESSAGE] or f"HTTP {status_code}"
    code, details = error_code(body)
    retry_after = retry_after_seconds(httpx.Headers(dict(headers or {})))
    context: ErrorContext = {
        "code": code,
        "details": details,
        "body": body,
        "retry_after": retry_after,
        "retryable": True if status_code in (429, 503) and retry_after is not None else None,
    }
    cls = error_class_for(status_code, code)
    if issubclass(cls, StatusError):
        return cls(message, status_code=status_code, **context)
    return cls(status_code, message, **context)


def error_code(body: Any) -> tuple[str | None, dict[str, Any]]:
    """The error code and details an error body carries, if any.

    Looked for in `error.code`/`error.details`, then `detail.code`/`detail.details`, then a
    validation item whose `type` is a code the SDK knows (with its `ctx` as the details).
    """
    if not isinstance(body, Mapping):
        return None, {}
    for holder in (body.get("error"), body.get("detail")):
        if isinstance(holder, Mapping) and isinstance(holder.get("code"), str):
            details = holder.get("details")
            return str(holder["code"]), dict(details) if isinstance(details, Mapping) else {}
    detail = body.get("detail")
    if isinstance(detail, list):
        for item in detail:
            if isinstance(item, Mapping) and item.get("type") in KNOWN_CODES:
                ctx = item.get("ctx")
                return str(item["type"]), dict(ctx) if isinstance(ctx, Mapping) else {}
    return None, {}


def _json_message(body: Any) -> str:
    """Message extraction order of the published SDK: `detail`, then `error.message`, then the body."""
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, dict) and isinstance(detail.get("message"), str):
            return str(detail["message"])
        if isinstance(detail, list) and detail:
            return "; ".join(_validation_item(item) for item in detail)
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    return json.dumps(body, ensure_ascii=False, default=str)


def _validation_item(item: Any) -> str:
    if isinstance(item, dict):
        loc = item.get("loc")
        where = ".".join(str(part) for part in loc) if isinstance(loc, list) else ""
        msg = str(item.get("msg", item))
        return f"{where}: {msg}" if where else msg
    return str(item)


def _text_message(response: httpx.Response) -> str:
    text = response.text.strip()
    if not text:
        return _reason(response)
    if "html" in response.headers.get("content-type", "").lower() or text.startswith("<"):
        title = _TITLE.search(text)
        raw = title.group(1) if title else _TAG.sub(" ", text)
        text = _SPACE.sub(" ", html.unescape(raw)).strip()
        return (
            f"{text[:200]} (HTML error page, probably from a proxy)" if text else _reason(response)
        )
    return _SPACE.sub(" ", text)[:MAX_MESSAGE]


def _reason(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()
