from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_job_id(data: Any) -> UUID:
    job_id = UUID(data)

    return job_id


class GenerationAnalysis(ResponseModel):
    """What a job's analysis found."""

    if TYPE_CHECKING:
        job_id: UUID
        """ Job id. """
        analysis: Any
        """ The analysis: `api_title`, `base_url`, the planned `tools` (name, method, path, description) and the
        inferred `auth` (type, config, source, evidence). """

        def __init__(
            self,
            *,
            job_id: UUID,
            analysis: Any,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> GenerationAnalysis: ...

    else:
        job_id = _Field("job_id", _convert_job_id)
        analysis = _Field("analysis", None)
