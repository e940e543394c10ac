"""Typed exceptions: one root (`GatewayError`), one subclass per meaningful failure."""

from __future__ import annotations

__all__ = [
    "AuthError",
    "ConflictError",
    "ForbiddenError",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayTimeoutError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
]


class GatewayError(Exception):
    """Base class of every error the SDK raises for a failed gateway call.

    `status_code` is the HTTP status, or 0 when no response arrived (connection failure, timeout).
    `message` is the gateway's reason, `method`/`path` say which call failed, `body` is the decoded
    error body (JSON value or text) when there was one, `retry_after` the server's hint in seconds.
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.method = method
        self.path = path
        self.body = body
        self.retry_after = retry_after
        super().__init__(status_code, message)

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        code = f"[{self.status_code}] " if self.status_code else ""
        return f"{code}{self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r})"


class AuthError(GatewayError):
    """401: the API key is missing, unknown, expired or revoked."""


class ForbiddenError(GatewayError):
    """403: the key is valid but not allowed to do this."""


class NotFoundError(GatewayError):
    """404: no such resource (also the cache-miss signal)."""


class ConflictError(GatewayError):
    """409: the request clashes with the current state (duplicate name, busy resource)."""


class ValidationError(GatewayError):
    """422: the gateway rejected the request's parameters or body."""


class RateLimitError(GatewayError):
    """429: too many requests; `retry_after` holds the server's hint when it sent one."""


class ServerError(GatewayError):
    """5xx: the gateway (or a proxy in front of it) failed."""


class GatewayConnectionError(GatewayError):
    """No usable response: the connection failed or broke. `status_code` is 0."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(0, message, method=method, path=path)


class GatewayTimeoutError(GatewayConnectionError):
    """The call exceeded its timeout. `status_code` is 0."""


STATUS_ERRORS: dict[int, type[GatewayError]] = {
    401: AuthError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[GatewayError]:
    """The exception class for an HTTP error status."""
    if status_code in STATUS_ERRORS:
        return STATUS_ERRORS[status_code]
    if status_code >= 500:
        return ServerError
    return GatewayError
