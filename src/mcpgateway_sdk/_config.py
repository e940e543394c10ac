"""Client configuration: explicit arguments, then environment variables, then defaults."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final
from urllib.parse import urlsplit

import httpx

from ._metadata import env_connection_data, env_metadata
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_URL",
    "ClientConfig",
    "check_headers",
    "check_retries",
    "check_timeout",
    "resolve_config",
]

DEFAULT_URL: Final = "http://localhost:8000"
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2
ENV_TOKEN: Final = "MCPGATEWAY_TOKEN"
ENV_URL: Final = "MCPGATEWAY_URL"
USER_AGENT: Final = f"mcpgateway-sdk/{__version__} (python)"


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Resolved, validated settings shared by the async and sync clients."""

    base_url: str
    api_key: str = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    check_version: bool
    default_headers: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict, repr=False)
    """`MCPGATEWAY_METADATA` as read at construction (merged into `tools.execute`)."""
    connection_data: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """`MCPGATEWAY_CONNECTION_DATA` as read at construction."""

    @property
    def auth_headers(self) -> dict[str, str]:
        """The `Authorization` header for this key (empty when there is no key)."""
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    @property
    def base_path(self) -> str:
        """The path part of the base URL (`""` for a URL naming only the host)."""
        return urlsplit(self.base_url).path.rstrip("/")

    @property
    def mcp_url(self) -> str:
        """The gateway's aggregated MCP endpoint."""
        return f"{self.base_url}/mcp/gateway"

    def with_changes(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        api_key: str | None = None,
        url: str | None = None,
    ) -> ClientConfig:
        """A copy with the given settings changed (`None` keeps the current one)."""
        return replace(
            self,
            timeout=self.timeout if timeout is None else check_timeout(timeout),
            max_retries=self.max_retries if max_retries is None else check_retries(max_retries),
            default_headers=(
                self.default_headers
                if default_headers is None
                else {**self.default_headers, **check_headers(default_headers)}
            ),
            api_key=self.api_key if api_key is None else _api_key(api_key),
            base_url=self.base_url if url is None else _base_url(url),
        )

    def __repr__(self) -> str:
        key = "set" if self.api_key else "unset"
        return f"ClientConfig(base_url={self.base_url!r}, api_key=<{key}>, timeout={self.timeout.read!r}, max_retries={self.max_retries})"


def resolve_config(
    *,
    api_key: str | None,
    url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    check_version: bool,
) -> ClientConfig:
    """Validate arguments and fill the gaps from `MCPGATEWAY_TOKEN` / `MCPGATEWAY_URL`."""
    key = api_key if api_key is not None else os.environ.get(ENV_TOKEN, "")
    return ClientConfig(
        base_url=_base_url(url if url is not None else os.environ.get(ENV_URL) or DEFAULT_URL),
        api_key=_api_key(key),
        timeout=check_timeout(DEFAULT_TIMEOUT if timeout is None else timeout),
        max_retries=check_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
        check_version=bool(check_version),
        metadata=env_metadata(),
        connection_data=env_connection_data(),
    )


def _api_key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError("api_key must be a string")
    if any(ch in key for ch in "\r\n"):
        raise ValueError("api_key must not contain line breaks")
    return key.strip()


def check_headers(headers: object, name: str = "default_headers") -> Mapping[str, str]:
    """`headers` checked as a mapping of str to str without line breaks."""
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(headers).__name__}")
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map header names (str) to values (str)")
        if any(ch in key + value for ch in "\r\n"):
            raise ValueError(f"{name} must not contain line breaks")
    return headers


def _base_url(url: str) -> str:
    text = str(url).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"url must be an absolute http(s) URL such as {DEFAULT_URL!r}, got {text!r}"
        )
    if parts.query or parts.fragment:
        raise ValueError(f"url must not carry a query or fragment, got {text!r}")
    if parts.username or parts.password:
        raise ValueError("url must not embed credentials; pass api_key instead")
    return text.rstrip("/")


def check_timeout(value: object) -> httpx.Timeout:
    """A timeout as an `httpx.Timeout`; no part may be missing, zero or negative."""
    if isinstance(value, httpx.Timeout):
        for name in ("connect", "read", "write", "pool"):
            part = getattr(value, name)
            if part is None:
                raise ValueError(
                    f"timeout.{name} is None, which disables the timeout; give a number of seconds"
                )
            _check_seconds(part, f"timeout.{name}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    _check_seconds(value, "timeout")
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def _check_seconds(value: float, name: str) -> None:
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")


def check_retries(value: object) -> int:
    """A retry budget checked as an int >= 0."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("max_retries must be an int")
    if value < 0:
        raise ValueError(f"max_retries must be >= 0, got {value}")
    return value
