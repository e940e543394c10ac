"""Public home of the SDK's exceptions (also importable from `mcpgateway_sdk`)."""

from ._exceptions import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayConnectionError,
    GatewayError,
    GatewayTimeoutError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from ._tool_error import ToolError

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
    "ToolError",
    "ValidationError",
]
