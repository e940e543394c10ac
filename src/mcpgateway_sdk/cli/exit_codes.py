"""Exit codes of `mcpgateway`, one per class of failure, so scripts can branch on them."""

from __future__ import annotations

from typing import Final

from .._exceptions import (
    AuthError,
    ForbiddenError,
    GatewayConnectionError,
    GatewayError,
    NotFoundError,
    ServerError,
)

__all__ = [
    "AUTH",
    "CONNECTION",
    "FAILED",
    "NOT_FOUND",
    "OK",
    "REJECTED",
    "SERVER",
    "USAGE",
    "for_error",
]

OK: Final = 0
FAILED: Final = 1
"""The call worked but reported a failure: a tool error, a sandbox command's non-zero exit."""
USAGE: Final = 2
"""Bad arguments or configuration (argparse's own code), caught before anything is sent."""
AUTH: Final = 3
"""401 or 403: missing, wrong or insufficient key."""
NOT_FOUND: Final = 4
"""404, or a cache key with no value."""
REJECTED: Final = 5
"""Any other 4xx: conflict, validation, rate limit."""
SERVER: Final = 6
"""5xx from the gateway."""
CONNECTION: Final = 7
"""No response: connection refused, broken, or timed out."""


def for_error(exc: GatewayError) -> int:
    """The exit code for a failed gateway call."""
    if isinstance(exc, GatewayConnectionError):
        return CONNECTION
    if isinstance(exc, AuthError | ForbiddenError):
        return AUTH
    if isinstance(exc, NotFoundError):
        return NOT_FOUND
    if isinstance(exc, ServerError) or exc.status_code >= 500:
        return SERVER
    return REJECTED
