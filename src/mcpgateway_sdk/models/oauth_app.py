"""OAuth apps, provider templates and the authentication probe (`gw.oauth_apps`,
`gw.oauth_templates`).

The module path of the published SDK 0.61 for the app models (`mcpgateway_sdk.models.oauth_app`);
the probe's models are here too. The same classes as `mcpgateway_sdk.models`.
"""

from .._generated.models import (
    AuthRequirementProbe,
    AuthRequirementProbeAuthMethodType0,
    AuthRequirementProbeOutcome,
    ConnectionTest,
    OAuthApp,
    OAuthAppCreate,
    OAuthAppCustomCreate,
    OAuthAppListResponse,
    OAuthAppTemplate,
    OAuthAppTemplateList,
    OAuthAppUpdate,
    OAuthCallbackResult,
    OAuthDiscovery,
    ProbeAuthRequest,
)

__all__ = [
    "AuthRequirementProbe",
    "AuthRequirementProbeAuthMethodType0",
    "AuthRequirementProbeOutcome",
    "ConnectionTest",
    "OAuthApp",
    "OAuthAppCreate",
    "OAuthAppCustomCreate",
    "OAuthAppListResponse",
    "OAuthAppTemplate",
    "OAuthAppTemplateList",
    "OAuthAppUpdate",
    "OAuthCallbackResult",
    "OAuthDiscovery",
    "ProbeAuthRequest",
]
