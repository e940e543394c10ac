"""What a generation job reads: the API description text of its input, and the analysis.

The local gateway has no language model: it reads OpenAPI/Swagger input deterministically
(`openapi_json`, `openapi_yaml`, or a `swagger_url` / `url` it fetches, from loopback only) and
refuses free text (`raw_text`, `text`, `docs_url`) with `InputRefused`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from .api_spec_text import MAX_SPEC_BYTES, SpecRefused, load_api_document
from .openapi_tools import ApiDescription, DescriptionRefused, describe_api

__all__ = [
    "FETCH_TIMEOUT",
    "FREE_TEXT",
    "InputRefused",
    "analysis_of",
    "describe_input",
    "inferred_auth",
]

FREE_TEXT = frozenset({"raw_text", "text", "docs_url"})
URL_TYPES = frozenset({"swagger_url", "url"})
FETCH_TIMEOUT = 10.0
NO_MODEL = (
    "The local gateway has no language model: it can only read an OpenAPI or Swagger document "
    "(input_type openapi_json, openapi_yaml, or a swagger_url/url to one). Free text and "
    "documentation pages ({kind}) need a gateway with an LLM."
)
_DEFAULT_CONFIG: dict[str, dict[str, Any]] = {
    "api_key": {"location": "header", "name": "X-API-Key"},
    "bearer": {"header_name": "Authorization", "prefix": "Bearer"},
    "basic": {},
    "oauth2": {"scopes": []},
}


class InputRefused(ValueError):
    """The job's input cannot be analysed; `reason` is the job's `error_message`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _loopback(host: str) -> bool:
    if host.casefold() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def _fetch(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputRefused("input_content must be an http(s) URL for this input_type")
    if not _loopback(parts.hostname):
        raise InputRefused(
            "The local gateway fetches API descriptions only from loopback addresses "
            "(127.0.0.1, ::1, localhost); paste the document with input_type openapi_json "
            "or openapi_yaml instead"
        )
    try:
        async with (
            httpx.AsyncClient(timeout=FETCH_TIMEOUT, follow_redirects=False) as client,
            client.stream("GET", url) as response,
        ):
            data = b""
            async for chunk in response.aiter_bytes():
                data += chunk
                if len(data) > MAX_SPEC_BYTES:
                    raise InputRefused("the fetched document is larger than 2 MiB")
    except httpx.HTTPError as exc:
        raise InputRefused(f"cannot fetch {url}: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise InputRefused(f"fetching {url} answered HTTP {response.status_code}")
    return data.decode("utf-8", "replace")


async def describe_input(input_type: str, content: str) -> ApiDescription:
    """The API the input describes (fetching a URL input); `InputRefused` when it cannot."""
    if input_type in FREE_TEXT:
        raise InputRefused(NO_MODEL.format(kind=input_type))
    text = await _fetch(content.strip()) if input_type in URL_TYPES else content
    try:
        return describe_api(load_api_document(text))
    except (SpecRefused, DescriptionRefused) as exc:
        raise InputRefused(f"Not a usable OpenAPI/Swagger document: {exc.reason}") from None


def inferred_auth(description: ApiDescription, auth_type: str | None) -> dict[str, Any] | None:
    """The job's `AuthInference`: the document's, or the caller's `auth_type` override."""
    found = description.auth
    if auth_type is None or (found is not None and found.get("type") == auth_type):
        return found
    if auth_type == "none":
        return {"type": "none", "config": {}, "source": "openapi", "evidence": "auth_type"}
    return {
        "type": auth_type,
        "config": dict(_DEFAULT_CONFIG.get(auth_type, {})),
        "source": "openapi",
        "evidence": "auth_type given when the job was started",
    }


def analysis_of(description: ApiDescription, auth: Mapping[str, Any] | None) -> dict[str, Any]:
    """The analysis a reviewer reads (`GET .../analysis`)."""
    analysis: dict[str, Any] = {
        "api_title": description.title,
        "api_version": description.version,
        "base_url": description.base_url,
        "tools": [
            {
                "name": op.name,
                "method": op.method,
                "path": op.path,
                "description": op.description,
                "input_schema": op.input_schema,
            }
            for op in description.operations
        ],
        "warnings": list(description.warnings),
        "auth_type": str(auth.get("type") or "none") if auth is not None else "none",
    }
    if auth is not None:
        analysis["auth"] = dict(auth)
    return analysis
