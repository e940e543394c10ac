from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_job_id(data: Any) -> UUID:
    job_id = UUID(data)

    return job_id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


def _convert_mcp_server_id(data: Any) -> None | UUID:
    _mcp_server_id = data
    mcp_server_id: None | UUID
    if _mcp_server_id is None:
        mcp_server_id = None
    else:
        try:
            if not isinstance(_mcp_server_id, str):
                raise TypeError()
            mcp_server_id_type_0 = UUID(_mcp_server_id)

            mcp_server_id = mcp_server_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            mcp_server_id = _mcp_server_id

    return mcp_server_id


def _convert_completed_at(data: Any) -> datetime.datetime | None:
    _completed_at = data
    completed_at: datetime.datetime | None
    if _completed_at is None:
        completed_at = None
    else:
        try:
            if not isinstance(_completed_at, str):
                raise TypeError()
            completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at)

            completed_at = completed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            completed_at = _completed_at

    return completed_at


class GenerationJob(ResponseModel):
    """A generation job with its progress."""

    if TYPE_CHECKING:
        job_id: UUID
        """ Job id. """
        status: str
        """ Job status. Known values: `pending`, `analyzing`, `generating`, `reviewing`, `approved`, `deployed`,
        `failed`, `cancelled`. """
        server_name: str
        """ Name of the server the job deploys. """
        created_at: datetime.datetime
        """ When the job was created. """
        updated_at: datetime.datetime
        """ When the job last changed. """
        access_mode: str
        """ Access mode of the server the job deploys. Known values: `public`, `bundle_only`. """
        current_phase: None | str
        """ Phase in progress. Known values: `analysis`, `generation`, `review`. """
        progress_percent: int | None
        """ Progress of the job, 0 to 100. """
        progress_message: None | str
        """ What the job is doing. """
        tools_completed: int | None
        """ Tools processed so far. """
        tools_total: int | None
        """ Tools to process. """
        error_message: None | str
        """ Why the job failed. """
        mcp_server_id: None | UUID
        """ The deployed server's id. """
        deployed_server: Any | None
        """ Summary of the deployed server. """
        completed_at: datetime.datetime | None
        """ When the job reached a final status. """

        def __init__(
            self,
            *,
            job_id: UUID,
            status: str,
            server_name: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            access_mode: str = "public",
            current_phase: None | str = None,
            progress_percent: int | None = None,
            progress_message: None | str = None,
            tools_completed: int | None = None,
            tools_total: int | None = None,
            error_message: None | str = None,
            mcp_server_id: None | UUID = None,
            deployed_server: Any | None = None,
            completed_at: datetime.datetime | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> GenerationJob: ...

    else:
        job_id = _Field("job_id", _convert_job_id)
        status = _Field("status", None)
        server_name = _Field("server_name", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        access_mode = _Field("access_mode", None, "public")
        current_phase = _Field("current_phase", None, None)
        progress_percent = _Field("progress_percent", None, None)
        progress_message = _Field("progress_message", None, None)
        tools_completed = _Field("tools_completed", None, None)
        tools_total = _Field("tools_total", None, None)
        error_message = _Field("error_message", None, None)
        mcp_server_id = _Field("mcp_server_id", _convert_mcp_server_id, None)
        deployed_server = _Field("deployed_server", None, None)
        completed_at = _Field("completed_at", _convert_completed_at, None)
