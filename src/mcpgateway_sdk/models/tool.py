"""Tools: search results, lookups and execution results (`gw.tools`).

The module path of the published SDKs (`mcpgateway_sdk.models.tool`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    ToolExecuteRequest,
    ToolExecuteResult,
    ToolLookup,
    ToolSearchRequest,
    ToolSearchResult,
    ToolSearchResults,
)

__all__ = [
    "ToolExecuteRequest",
    "ToolExecuteResult",
    "ToolLookup",
    "ToolSearchRequest",
    "ToolSearchResult",
    "ToolSearchResults",
]
