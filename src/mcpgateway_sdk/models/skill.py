"""Skills: `Skill`, catalog entries, templates (`gw.skills`).

The module path of the published SDKs (`mcpgateway_sdk.models.skill`); the same classes as
`mcpgateway_sdk.models`.
"""

from .._generated.models import (
    AttachResult,
    Skill,
    SkillCatalogEntry,
    SkillCatalogList,
    SkillCreate,
    SkillImportRequest,
    SkillList,
    SkillTemplate,
    SkillTemplateList,
    SkillUpdate,
    SkillUpload,
)

__all__ = [
    "AttachResult",
    "Skill",
    "SkillCatalogEntry",
    "SkillCatalogList",
    "SkillCreate",
    "SkillImportRequest",
    "SkillList",
    "SkillTemplate",
    "SkillTemplateList",
    "SkillUpdate",
    "SkillUpload",
]
