"""One tool call of a `generated` server: the HTTP request to the API its operation describes.

Path parameters are percent-encoded into the path, query and header parameters sent as such,
`body` as JSON; the server's authentication (`ApiAuth`) adds its header or query parameter. A
2xx answer is the tool's result (JSON, else text); any other status is a tool error carrying
the status and an excerpt of the answer (never the secret). No Starlette.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from .openapi_tools import ApiOperation

__all__ = ["MAX_ANSWER_BYTES", "ApiAnswer", "ApiAuth", "ApiCallError", "call_operation"]

MAX_ANSWER_BYTES = 1024 * 1024
"""Largest API answer a tool returns."""
_EXCERPT = 500


@dataclass(frozen=True, slots=True)
class ApiAuth:
    """What the server's authentication adds to each request (values never in a repr)."""

    headers: dict[str, str] = field(default_factory=dict, repr=False)
    params: dict[str, str] = field(default_factory=dict, repr=False)
    missing: tuple[str, ...] = ()
    """Fields the declaration needs that have no secret yet."""

    def secrets(self) -> list[str]:
        """Every secret value this adds (to keep them out of error texts)."""
        values = [*self.headers.values(), *self.params.values()]
        return [v for v in values if v]


@dataclass(frozen=True, slots=True)
class ApiAnswer:
    """The tool outcome of one API call."""

    result: Any
    error: str | None = None


class ApiCallError(Exception):
    """The call could not be made (no usable base URL, the API unreachable)."""


def _redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if len(secret) >= 4:
            text = text.replace(secret, "****")
    return text


def build_request(
    operation: ApiOperation, base_url: str, arguments: Mapping[str, Any], auth: ApiAuth
) -> tuple[str, dict[str, str], dict[str, str], Any]:
    """URL, headers, query and JSON body (or None) of the call; ApiCallError when unusable."""
    if not base_url.startswith(("http://", "https://")):
        raise ApiCallError(
            "the server has no absolute base URL: set `config.base_url` (e.g. "
            "https://api.example.com) with servers.update"
        )
    path = operation.path
    headers: dict[str, str] = {}
    params: dict[str, str] = {}
    for name, where in operation.parameters:
        if name not in arguments or arguments[name] is None:
            if where == "path":
                raise ApiCallError(f"missing path parameter '{name}'")
            continue
        value = arguments[name]
        text = value if isinstance(value, str) else json.dumps(value)
        if isinstance(value, bool):
            text = "true" if value else "false"
        if where == "path":
            path = path.replace("{" + name + "}", quote(text, safe=""))
        elif where == "query":
            params[name] = text
        elif where == "header":
            headers[name] = text
    headers.update(auth.headers)
    params.update(auth.params)
    body = arguments.get("body") if operation.has_body else None
    return base_url.rstrip("/") + path, headers, params, body


async def call_operation(
    operation: ApiOperation,
    base_url: str,
    arguments: Mapping[str, Any],
    auth: ApiAuth,
    timeout: float,
) -> ApiAnswer:
    """Call the API; an HTTP error status is a tool error. ApiCallError when no call was made."""
    url, headers, params, body = build_request(operation, base_url, arguments, auth)
    secrets = auth.secrets()
    kwargs: dict[str, Any] = {"headers": headers, "params": params}
    if body is not None:
        kwargs["json"] = body
    try:
        async with (
            httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client,
            client.stream(operation.method, url, **kwargs) as response,
        ):
            raw = b""
            async for chunk in response.aiter_bytes():
                raw += chunk
                if len(raw) > MAX_ANSWER_BYTES:
                    return ApiAnswer(None, f"the API answered more than {MAX_ANSWER_BYTES} bytes")
    except httpx.TimeoutException:
        raise
    except httpx.HTTPError as exc:
        raise ApiCallError(
            _redact(f"cannot reach the API at {base_url}: {type(exc).__name__}", secrets)
        ) from None
    except (ValueError, TypeError) as exc:  # e.g. a header value httpx cannot encode
        raise ApiCallError(f"cannot build the request: {type(exc).__name__}") from None
    text = raw.decode("utf-8", "replace")
    try:
        value: Any = json.loads(text) if text.strip() else None
    except ValueError:
        value = text
    if 200 <= response.status_code < 300:
        return ApiAnswer(value)
    excerpt = _redact(text[:_EXCERPT], secrets)
    reason = response.reason_phrase or ""
    return ApiAnswer(
        None,
        f"The API answered HTTP {response.status_code} {reason}".rstrip()
        + (f": {excerpt}" if excerpt else ""),
    )
