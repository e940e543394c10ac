"""The SDK's typed models (`Server`, `Session`, `ToolSearchResult`, ...), loaded on first use.

They are generated from `openapi.json`. Every model has `to_dict()` / `from_dict()`, keeps fields a
newer gateway adds, and is also a read-only mapping over its JSON field names
(`server["name"]`, `server.get("status")`, `"id" in server`), as the dicts of older SDKs were.

The module paths of the published SDKs keep working: `mcpgateway_sdk.models.server`, `.tool`,
`.skill`, `.session`, `.sandbox`, `.api_key`, `.bundle`, `.connection`, `.oauth_app`,
`.remote_oauth_discovery`, `.generation` and `.common`
(`PaginatedResponse`), each re-exporting the models of its area.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._generated.models import *  # noqa: F403
    from .common import PaginatedResponse as PaginatedResponse
    from .generation import AuthInference as AuthInference
    from .remote_registration import RemoteAuthentication as RemoteAuthentication
    from .remote_registration import RemoteServerRegistration as RemoteServerRegistration
    from .sandbox import EgressPolicy as EgressPolicy
    from .sandbox import SandboxMountCreate as SandboxMountCreate

SUBMODULES = frozenset(
    {"api_key", "bundle", "common", "connection", "generation", "sandbox", "server", "session"}
    | {"skill", "tool", "script_tool"}
    | {"authentication", "remote_registration", "oauth_app", "remote_oauth_discovery"}
)
# Hand-written models: name -> submodule.
HANDWRITTEN = {
    "AuthInference": "generation",
    "EgressPolicy": "sandbox",
    "SandboxMountCreate": "sandbox",
    "RemoteAuthentication": "remote_registration",
    "RemoteServerRegistration": "remote_registration",
}


def __getattr__(name: str) -> Any:
    if name == "__all__":  # `from mcpgateway_sdk.models import *`: every model
        return __dir__()
    if name in SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name == "PaginatedResponse":
        from .common import PaginatedResponse

        value: Any = PaginatedResponse
    elif name in HANDWRITTEN:
        value = getattr(importlib.import_module(f"{__name__}.{HANDWRITTEN[name]}"), name)
    else:
        from .._generated import models

        try:
            value = getattr(models, name)
        except AttributeError:
            raise AttributeError(
                f"module 'mcpgateway_sdk.models' has no attribute {name!r}"
            ) from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from .._generated import models

    return sorted({*getattr(models, "__all__", ()), "PaginatedResponse", *HANDWRITTEN})
