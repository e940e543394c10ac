"""Python SDK for MCP Gateway: `MCPGateway` (async) and `MCPGatewaySync` (sync).

    async with MCPGateway(api_key="sk-...", url="http://localhost:8000") as gw:
        tools = await gw.tools.search("get current weather")

Names are imported lazily, so `import mcpgateway_sdk` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._tool_error import ToolError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .exceptions import (
    AccessModeNotEnforcedError,
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayCapabilityError,
    GatewayConnectionError,
    GatewayError,
    GatewayTimeoutError,
    GenerationJobBusyError,
    GenerationJobExistsError,
    GenerationOutcomeUnknownError,
    NotFoundError,
    RateLimitError,
    ServerError,
    SkillFileAmbiguous,
    SkillFileMissing,
    SkillFrontmatterMissingField,
    SkillMalformedFrontmatter,
    ValidationError,
)

if TYPE_CHECKING:
    from ._async.client import MCPGateway
    from ._sandbox_inputs import EgressPolicy
    from ._sync.client import MCPGatewaySync
    from .models.common import PaginatedResponse

__all__ = [
    "NOT_GIVEN",
    "AccessModeNotEnforcedError",
    "AuthError",
    "ConflictError",
    "EgressPolicy",
    "ForbiddenError",
    "GatewayCapabilityError",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayTimeoutError",
    "GenerationJobBusyError",
    "GenerationJobExistsError",
    "GenerationOutcomeUnknownError",
    "MCPGateway",
    "MCPGatewaySync",
    "NotFoundError",
    "NotGiven",
    "PaginatedResponse",
    "RateLimitError",
    "ServerError",
    "SkillFileAmbiguous",
    "SkillFileMissing",
    "SkillFrontmatterMissingField",
    "SkillMalformedFrontmatter",
    "ToolError",
    "ValidationError",
    "__version__",
]

_LAZY = {
    "EgressPolicy": "._sandbox_inputs",
    "MCPGateway": "._async.client",
    "MCPGatewaySync": "._sync.client",
    "PaginatedResponse": ".models.common",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mcpgateway_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
