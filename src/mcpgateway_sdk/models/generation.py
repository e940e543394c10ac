"""Generation jobs: what the `gw.generation` calls send and return, and `AuthInference`, the
authentication an analysis inferred.

The module path of the published SDK 0.61 (`mcpgateway_sdk.models.generation`); the same classes
as `mcpgateway_sdk.models`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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
    "AuthInference",
    "GenerationAnalysis",
    "GenerationApproval",
    "GenerationJob",
    "GenerationJobCreate",
    "GenerationJobCreated",
    "GenerationJobPage",
    "GenerationJobTransition",
]


@dataclass(frozen=True)
class AuthInference:
    """The upstream authentication a generation analysis inferred (`analysis["auth"]`).

    `type`: `none`, `api_key`, `bearer`, `basic`, `oauth2` (other values are kept). For every
    type but `oauth2`, `config` can be given as is to `servers.authentication(id).set` with
    the same type. For `oauth2` it holds `scopes` and, when known, `authorization_endpoint` and
    `token_endpoint`: use those for an OAuth app, then set `{"app_id": ..., "scopes": [...]}`.
    `source`: `openapi` or `docs`; `evidence`: why (never a credential).
    """

    type: str
    source: str
    config: dict[str, Any] = field(default_factory=dict)
    evidence: str = ""

    @classmethod
    def from_analysis(cls, analysis: Mapping[str, Any]) -> AuthInference | None:
        """The inference in a `generation.analysis()` result; None when absent or malformed."""
        raw = analysis.get("auth") if isinstance(analysis, Mapping) else None
        if not isinstance(raw, Mapping):
            return None
        kind, source = raw.get("type"), raw.get("source")
        config = raw.get("config", {})
        evidence = raw.get("evidence", "")
        if not isinstance(kind, str) or not isinstance(source, str):
            return None
        if not isinstance(config, Mapping) or not isinstance(evidence, str):
            return None
        return cls(type=kind, source=source, config=dict(config), evidence=evidence)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "type": self.type,
            "config": dict(self.config),
            "source": self.source,
            "evidence": self.evidence,
        }
