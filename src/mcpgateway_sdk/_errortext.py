"""Error text a user can act on: which host and port failed, which timeout ran out, how often
the call was tried, and a hint when every path 404s because the base URL carries a path."""

from __future__ import annotations

from typing import Any

import httpx

from ._exceptions import GatewayConnectionError, GatewayError, GatewayTimeoutError
from ._logging import redact

__all__ = ["add_base_path_hint", "transport_error"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TIMEOUT_PART: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}
_WAITING = {
    "connect": "connecting to {where}",
    "read": "waiting for the response",
    "write": "sending the request",
    "pool": "waiting for a free connection",
}


def transport_error(
    exc: httpx.TransportError,
    method: str,
    url: str,
    path: str,
    *,
    timeout: httpx.Timeout,
    attempts: int,
    secret: str,
) -> GatewayConnectionError:
    """The typed error for a request that got no response, e.g.
    `GET http://127.0.0.1:8000/api/v1/servers timed out after 1.0 s waiting for the response
    (3 attempts)`."""
    where = _host_port(url)
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    if isinstance(exc, httpx.TimeoutException):
        part = _TIMEOUT_PART.get(type(exc), "read")
        seconds = getattr(timeout, part)
        waiting = _WAITING[part].format(where=where)
        message = f"{method} {url} timed out after {float(seconds)!r} s {waiting} ({tries})"
        return GatewayTimeoutError(message, method=method, path=path)
    detail = redact(str(exc) or type(exc).__name__, secret)
    message = f"{method} {url} failed: no response from {where} ({detail}; {tries})"
    return GatewayConnectionError(message, method=method, path=path)


def add_base_path_hint(error: GatewayError, base_url: str, base_path: str) -> None:
    """Explain a route-level 404 when the client's URL carries a path (`.../api/v1`)."""
    if error.status_code != 404 or not base_path or not _route_miss(error.body):
        return
    root = base_url[: len(base_url) - len(base_path)]
    error.message = (
        f"{error.message}: the client's url {base_url!r} carries the path {base_path!r}; "
        f"every call gets 404 that way. Give the gateway's root URL ({root!r}): the SDK adds "
        "/api/v1/... itself"
    )


def _route_miss(body: Any) -> bool:
    """A 404 from routing (no such path), not from a missing resource."""
    if isinstance(body, dict):
        return body.get("detail") == "Not Found"
    return True


def _host_port(url: str) -> str:
    parsed = httpx.URL(url)
    port = parsed.port or _DEFAULT_PORTS.get(parsed.scheme, 80)
    return f"{parsed.host}:{port}"
