"""Server authentication: `Authentication`, `AuthField` and the config model of each type.

The module path of the published SDK (`mcpgateway_sdk.models.authentication`); the same classes
as `mcpgateway_sdk.models`. `Authentication.config` is the model its `type` names.
"""

from .._generated.models import (
    ApiKeyConfig,
    Authentication,
    AuthenticationUpdate,
    AuthField,
    AuthFieldDeclaration,
    AuthSecretUpdate,
    BasicConfig,
    BearerConfig,
    CompositeStaticConfig,
    CompositeStaticEntry,
    EnvConfig,
    HmacConfig,
    HmacRecipe,
    NoneConfig,
    OAuth2Config,
)

__all__ = [
    "ApiKeyConfig",
    "AuthField",
    "AuthFieldDeclaration",
    "AuthSecretUpdate",
    "Authentication",
    "AuthenticationUpdate",
    "BasicConfig",
    "BearerConfig",
    "CompositeStaticConfig",
    "CompositeStaticEntry",
    "EnvConfig",
    "HmacConfig",
    "HmacRecipe",
    "NoneConfig",
    "OAuth2Config",
]
