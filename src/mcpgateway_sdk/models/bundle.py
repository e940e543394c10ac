"""Bundles: curated tool sets (`gw.bundles`).

The module path of the published SDKs (`mcpgateway_sdk.models.bundle`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    AddBundleToolsRequest,
    Bundle,
    BundleCreate,
    BundleDetail,
    BundleList,
    BundleTool,
    BundleToolCreate,
    BundleToolList,
    BundleToolState,
    BundleToolUpdate,
    BundleUpdate,
    BundleWithKey,
    ServerAssignment,
)

__all__ = [
    "AddBundleToolsRequest",
    "Bundle",
    "BundleCreate",
    "BundleDetail",
    "BundleList",
    "BundleTool",
    "BundleToolCreate",
    "BundleToolList",
    "BundleToolState",
    "BundleToolUpdate",
    "BundleUpdate",
    "BundleWithKey",
    "ServerAssignment",
]
