"""Public home of the SDK's exceptions (every class is also importable from `mcpgateway_sdk`)."""

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
]
