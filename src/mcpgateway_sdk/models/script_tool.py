"""Script tools: `ScriptToolPackageVersion` (`gw.servers.create_script_tool_package`).

The module path of the published SDK (`mcpgateway_sdk.models.script_tool`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import ScriptToolPackageUpload, ScriptToolPackageVersion

__all__ = ["ScriptToolPackageUpload", "ScriptToolPackageVersion"]
