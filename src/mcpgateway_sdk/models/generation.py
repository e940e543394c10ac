"""Generation jobs: what the `gw.generation` calls send and return.

The module path of the published SDK 0.61 (`mcpgateway_sdk.models.generation`); the same classes
as `mcpgateway_sdk.models`.
"""

from .._generated.models import (
    GenerationAnalysis,
    GenerationApproval,
    GenerationJob,
    GenerationJobCreate,
    GenerationJobCreated,
    GenerationJobPage,
    GenerationJobTransition,
)

__all__ = [
    "GenerationAnalysis",
    "GenerationApproval",
    "GenerationJob",
    "GenerationJobCreate",
    "GenerationJobCreated",
    "GenerationJobPage",
    "GenerationJobTransition",
]
