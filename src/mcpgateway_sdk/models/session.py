"""Sessions with scoped tools (`gw.sessions`).

The module path of the published SDKs (`mcpgateway_sdk.models.session`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    Session,
    SessionCleanupResult,
    SessionCreate,
    SessionList,
    SessionStats,
    SessionUpdate,
)

__all__ = [
    "Session",
    "SessionCleanupResult",
    "SessionCreate",
    "SessionList",
    "SessionStats",
    "SessionUpdate",
]
