"""Public home of the SDK's exceptions (every class is also importable from `mcpgateway_sdk`)."""

from typing import TYPE_CHECKING, Any

from ._exceptions import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayConnectionError,
    GatewayError,
    GatewayTimeoutError,
    GenerationJobBusyError,
    GenerationJobExistsError,
    NotFoundError,
    RateLimitError,
    ServerError,
    SkillFileAmbiguous,
    SkillFileMissing,
    SkillFrontmatterMissingField,
    SkillMalformedFrontmatter,
    ValidationError,
)
from ._exceptions_client import (
    AccessModeNotEnforcedError,
    GatewayCapabilityError,
    GenerationOutcomeUnknownError,
)
from ._tool_error import ToolError

__all__ = [
    "AccessModeNotEnforcedError",
    "AuthError",
    "ConflictError",
    "ForbiddenError",
    "GatewayCapabilityError",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayTimeoutError",
    "GenerationJobBusyError",
    "GenerationJobExistsError",
    "GenerationOutcomeUnknownError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "SkillFileAmbiguous",
    "SkillFileMissing",
    "SkillFrontmatterMissingField",
    "SkillMalformedFrontmatter",
    "ToolError",
    "ValidationError",
    "error_from_response",
]

if TYPE_CHECKING:
    from ._responses import error_from_body as error_from_response


def __getattr__(name: str) -> Any:
    # Loaded on first use: it needs httpx, which `import mcpgateway_sdk` does not load.
    if name == "error_from_response":
        from ._responses import error_from_body

        return error_from_body
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
