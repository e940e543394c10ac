from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_job_id(data: Any) -> UUID:
    job_id = UUID(data)

    return job_id


class GenerationJobCreated(ResponseModel):
    """A generation job just started."""

    if TYPE_CHECKING:
        job_id: UUID
        """ Job id. """
        status: str
        """ Job status. Known values: `pending`, `analyzing`, `generating`, `reviewing`, `approved`, `deployed`,
        `failed`, `cancelled`. """
        server_name: str
        """ Name of the server the job deploys. """
        access_mode: str
        """ Access mode of the server the job deploys. Known values: `public`, `bundle_only`. """
        message: str
        """ What happens next. """

        def __init__(
            self,
            *,
            job_id: UUID,
            status: str,
            server_name: str,
            access_mode: str = "public",
            message: str = "",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> GenerationJobCreated: ...

    else:
        job_id = _Field("job_id", _convert_job_id)
        status = _Field("status", None)
        server_name = _Field("server_name", None)
        access_mode = _Field("access_mode", None, "public")
        message = _Field("message", None, "")
