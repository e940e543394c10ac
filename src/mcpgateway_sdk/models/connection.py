"""Per-user connections and OAuth initiation (`gw.connections`).

The module path of the published SDKs (`mcpgateway_sdk.models.connection`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    BasicConnection,
    BasicConnectionCreate,
    BundleConnection,
    BundleConnectionList,
    Connection,
    ConnectionCreate,
    ConnectionCreated,
    ConnectionList,
    ConnectionServerSummary,
    ConnectionUserSummary,
    InitiateOAuthRequest,
    OAuthAuthorization,
)

__all__ = [
    "BasicConnection",
    "BasicConnectionCreate",
    "BundleConnection",
    "BundleConnectionList",
    "Connection",
    "ConnectionCreate",
    "ConnectionCreated",
    "ConnectionList",
    "ConnectionServerSummary",
    "ConnectionUserSummary",
    "InitiateOAuthRequest",
    "OAuthAuthorization",
]
