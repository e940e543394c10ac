"""Per-call request options: their types, validation, and how they change one request.

Every public method takes them as keyword arguments (`**options: Unpack[RequestOptions]`) and
hands them to the HTTP core unchanged; this module is the only place that interprets them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypedDict

import httpx

from ._config import check_headers, check_retries, check_timeout

__all__ = [
    "NO_OPTIONS",
    "OPTION_NAMES",
    "NoTimeoutOptions",
    "RequestOptions",
    "ResolvedOptions",
    "apply_options",
    "resolve_options",
]


class NoTimeoutOptions(TypedDict, total=False):
    """The per-call options of a method whose own `timeout` means something else (`exec`)."""

    extra_headers: Mapping[str, str]
    """Headers added to this request (they win over the client's)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to this request (a list value repeats the parameter)."""
    extra_body: Mapping[str, Any]
    """Fields merged into the JSON body (or added as form fields to a multipart upload)."""
    max_retries: int
    """The retry budget of this call (`0`: no retry)."""


class RequestOptions(NoTimeoutOptions, total=False):
    """Keyword arguments every method accepts; they apply to that one call only."""

    timeout: float | httpx.Timeout
    """Seconds (or an `httpx.Timeout`) for this call instead of the client's timeout."""


OPTION_NAMES: Final = frozenset(RequestOptions.__annotations__)


@dataclass(frozen=True, slots=True)
class ResolvedOptions:
    """Validated options of one call (`None` / empty: use the client's settings)."""

    timeout: httpx.Timeout | None = None
    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    max_retries: int | None = None


NO_OPTIONS: Final = ResolvedOptions()


def resolve_options(options: Mapping[str, object]) -> ResolvedOptions:
    """Check names and values; a misspelt option is a `TypeError` before anything is sent."""
    unknown = options.keys() - OPTION_NAMES
    if unknown:
        names = ", ".join(sorted(OPTION_NAMES))
        raise TypeError(
            f"unexpected keyword argument {sorted(unknown)[0]!r} (request options: {names})"
        )
    timeout = options.get("timeout")
    retries = options.get("max_retries")
    return ResolvedOptions(
        timeout=None if timeout is None else check_timeout(timeout),
        headers=_headers(options.get("extra_headers")),
        query=_mapping(options.get("extra_query"), "extra_query"),
        body=_mapping(options.get("extra_body"), "extra_body"),
        max_retries=None if retries is None else check_retries(retries),
    )


def apply_options(method: str, extra: dict[str, Any], options: ResolvedOptions) -> None:
    """Merge `extra_query` and `extra_body` into the send kwargs of one request (in place)."""
    if options.query:
        params = extra.get("params")
        extra["params"] = {**(params or {}), **options.query}
    body = options.body
    if not body:
        return
    if "json" in extra:
        current = extra["json"]
        if not isinstance(current, Mapping):
            raise TypeError("extra_body needs a JSON object body; this call sends another value")
        extra["json"] = {**current, **body}
    elif "files" in extra:
        extra["files"] = [*extra["files"], *_form_fields(body)]
    elif "content" in extra or "data" in extra:
        raise TypeError("extra_body cannot be merged into a raw (non-JSON) request body")
    elif method in ("GET", "HEAD"):
        raise TypeError(f"extra_body cannot be sent with a {method} request")
    else:
        extra["json"] = dict(body)


def _form_fields(body: Mapping[str, Any]) -> list[tuple[str, tuple[None, bytes, str]]]:
    return [(str(k), (None, str(v).encode("utf-8"), "text/plain")) for k, v in body.items()]


def _mapping(value: object, name: str) -> Mapping[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return value


def _headers(value: object) -> Mapping[str, str] | None:
    return None if value is None else check_headers(value, "extra_headers")
