from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_job_id(data: Any) -> UUID:
    job_id = UUID(data)

    return job_id


class GenerationJobTransition(ResponseModel):
    """A job after an approve or a cancel."""

    if TYPE_CHECKING:
        job_id: UUID
        """ Job id. """
        status: str
        """ Job status now. Known values: `pending`, `analyzing`, `generating`, `reviewing`, `approved`, `deployed`,
        `failed`, `cancelled`. """
        message: str
        """ What happened. """

        def __init__(
            self,
            *,
            job_id: UUID,
            status: str,
            message: str = "",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> GenerationJobTransition: ...

    else:
        job_id = _Field("job_id", _convert_job_id)
        status = _Field("status", None)
        message = _Field("message", None, "")
