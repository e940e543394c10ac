from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_sandbox_id(data: Any) -> UUID:
    sandbox_id = UUID(data)

    return sandbox_id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_parent_call_id(data: Any) -> None | UUID:
    _parent_call_id = data
    parent_call_id: None | UUID
    if _parent_call_id is None:
        parent_call_id = None
    else:
        try:
            if not isinstance(_parent_call_id, str):
                raise TypeError()
            parent_call_id_type_0 = UUID(_parent_call_id)

            parent_call_id = parent_call_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            parent_call_id = _parent_call_id

    return parent_call_id


def _convert_finished_at(data: Any) -> datetime.datetime | None:
    _finished_at = data
    finished_at: datetime.datetime | None
    if _finished_at is None:
        finished_at = None
    else:
        try:
            if not isinstance(_finished_at, str):
                raise TypeError()
            finished_at_type_0 = datetime.datetime.fromisoformat(_finished_at)

            finished_at = finished_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            finished_at = _finished_at

    return finished_at


class SandboxLog(ResponseModel):
    """One recorded call in a sandbox: a command (`exec`) or a script-tool call."""

    if TYPE_CHECKING:
        id: UUID
        """ Log entry id. """
        sandbox_id: UUID
        created_at: datetime.datetime
        """ When the call started. """
        source_name: str
        """ What made the call: `exec`, or the script tool's server name. """
        tool_name: None | str
        """ Script tool name; null for a command. """
        status: str
        """ Known values: `success`, `error`. """
        command: str
        """ The command line (excerpt). """
        output: str
        """ Output excerpt. """
        error: None | str
        """ Error excerpt, when the call failed. """
        exit_code: int | None
        metadata: Any
        """ Labels sent with the call. """
        parent_call_id: None | UUID
        """ The script-tool call this call ran inside. """
        finished_at: datetime.datetime | None
        latency_ms: int
        """ Duration in milliseconds. """

        def __init__(
            self,
            *,
            id: UUID,
            sandbox_id: UUID,
            created_at: datetime.datetime,
            source_name: str = "",
            tool_name: None | str = None,
            status: str = "success",
            command: str = "",
            output: str = "",
            error: None | str = None,
            exit_code: int | None = None,
            metadata: Any = {},
            parent_call_id: None | UUID = None,
            finished_at: datetime.datetime | None = None,
            latency_ms: int = 0,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxLog: ...

    else:
        id = _Field("id", _convert_id)
        sandbox_id = _Field("sandbox_id", _convert_sandbox_id)
        created_at = _Field("created_at", _convert_created_at)
        source_name = _Field("source_name", None, "")
        tool_name = _Field("tool_name", None, None)
        status = _Field("status", None, "success")
        command = _Field("command", None, "")
        output = _Field("output", None, "")
        error = _Field("error", None, None)
        exit_code = _Field("exit_code", None, None)
        metadata = _Field("metadata", None, {})
        parent_call_id = _Field("parent_call_id", _convert_parent_call_id, None)
        finished_at = _Field("finished_at", _convert_finished_at, None)
        latency_ms = _Field("latency_ms", None, 0)
