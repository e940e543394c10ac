"""API keys (`gw.auth`).

The module path of the published SDKs (`mcpgateway_sdk.models.api_key`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    ApiKey,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyCreateEnvironment,
    ApiKeyList,
    ApiKeyRotateRequest,
    ApiKeyRotation,
)

__all__ = [
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreateEnvironment",
    "ApiKeyCreated",
    "ApiKeyList",
    "ApiKeyRotateRequest",
    "ApiKeyRotation",
]
