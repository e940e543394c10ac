"""Sandboxes: `Sandbox`, exec results, files, images (`gw.sandboxes`).

The module path of the published SDKs (`mcpgateway_sdk.models.sandbox`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    ExecRequest,
    ExecResult,
    Sandbox,
    SandboxActivity,
    SandboxActivityList,
    SandboxCreate,
    SandboxEgressPolicy,
    SandboxFile,
    SandboxFileList,
    SandboxImage,
    SandboxImageList,
    SandboxImageTemplate,
    SandboxImageTemplateList,
    SandboxList,
    SandboxPackage,
    SandboxPackageCatalog,
    SandboxPackageCategory,
    SandboxUpdate,
    SkillInstallRequest,
    SkillInstallResult,
)

__all__ = [
    "ExecRequest",
    "ExecResult",
    "Sandbox",
    "SandboxActivity",
    "SandboxActivityList",
    "SandboxCreate",
    "SandboxEgressPolicy",
    "SandboxFile",
    "SandboxFileList",
    "SandboxImage",
    "SandboxImageList",
    "SandboxImageTemplate",
    "SandboxImageTemplateList",
    "SandboxList",
    "SandboxPackage",
    "SandboxPackageCatalog",
    "SandboxPackageCategory",
    "SandboxUpdate",
    "SkillInstallRequest",
    "SkillInstallResult",
]
