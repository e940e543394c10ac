"""A server's discovery OAuth grant (`gw.servers.discovery_oauth_status` and friends).

The module path of the published SDK 0.61 (`mcpgateway_sdk.models.remote_oauth_discovery`); the
same classes as `mcpgateway_sdk.models`. `DiscoveryOAuthState` is the published name of the
state enum.
"""

from .._generated.models import (
    DiscoveryOAuthAuthorizeRequest,
    OAuthAuthorizationStart,
    ProviderAccountSummary,
    RemoteOAuthDiscoveryStatus,
    RemoteOAuthDiscoveryStatusState,
)

DiscoveryOAuthState = RemoteOAuthDiscoveryStatusState

__all__ = [
    "DiscoveryOAuthAuthorizeRequest",
    "DiscoveryOAuthState",
    "OAuthAuthorizationStart",
    "ProviderAccountSummary",
    "RemoteOAuthDiscoveryStatus",
    "RemoteOAuthDiscoveryStatusState",
]
