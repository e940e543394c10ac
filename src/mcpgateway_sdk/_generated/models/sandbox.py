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


def _convert_user_id(data: Any) -> None | UUID:
    _user_id = data
    user_id: None | UUID
    if _user_id is None:
        user_id = None
    else:
        try:
            if not isinstance(_user_id, str):
                raise TypeError()
            user_id_type_0 = UUID(_user_id)

            user_id = user_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            user_id = _user_id

    return user_id


def _convert_created_at(data: Any) -> datetime.datetime | None:
    _created_at = data
    created_at: datetime.datetime | None
    if _created_at is None:
        created_at = None
    else:
        try:
            if not isinstance(_created_at, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            created_at = _created_at

    return created_at


def _convert_last_activity_at(data: Any) -> datetime.datetime | None:
    _last_activity_at = data
    last_activity_at: datetime.datetime | None
    if _last_activity_at is None:
        last_activity_at = None
    else:
        try:
            if not isinstance(_last_activity_at, str):
                raise TypeError()
            last_activity_at_type_0 = datetime.datetime.fromisoformat(_last_activity_at)

            last_activity_at = last_activity_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_activity_at = _last_activity_at

    return last_activity_at


def _convert_stopped_at(data: Any) -> datetime.datetime | None:
    _stopped_at = data
    stopped_at: datetime.datetime | None
    if _stopped_at is None:
        stopped_at = None
    else:
        try:
            if not isinstance(_stopped_at, str):
                raise TypeError()
            stopped_at_type_0 = datetime.datetime.fromisoformat(_stopped_at)

            stopped_at = stopped_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            stopped_at = _stopped_at

    return stopped_at


class Sandbox(ResponseModel):
    """An isolated working environment with its own workspace."""

    if TYPE_CHECKING:
        id: UUID
        """ Sandbox id. """
        user_id: None | UUID
        """ Owner's user id. """
        user_name: None | str
        """ Owner's display name. """
        status: str
        """ Lifecycle state, e.g. `pending`, `creating`, `running`, `stopped` (open set: new values may appear). """
        image: str
        """ Container image the sandbox runs. """
        container_id: None | str
        """ Backing container id, when one exists. """
        workspace_path: str
        """ Working directory inside the sandbox. """
        created_at: datetime.datetime | None
        last_activity_at: datetime.datetime | None
        """ Time of the last exec or file operation. """
        stopped_at: datetime.datetime | None
        """ When the sandbox was last stopped. """
        memory_mb: int
        """ Memory limit in MiB. """
        cpu_cores: float
        """ CPU limit in cores. """
        disk_mb: int
        """ Disk limit in MiB. """
        idle_timeout_seconds: int
        """ Idle time after which the sandbox is stopped. """
        network_enabled: bool
        """ Whether outbound network access is allowed. """
        exec_count: int
        """ Number of commands run so far. """
        session_key: None | str
        """ Caller-chosen key used to find or reuse a sandbox. """
        metadata: Any
        """ Caller-supplied string labels (later gateways). """

        def __init__(
            self,
            *,
            id: UUID,
            user_id: None | UUID = None,
            user_name: None | str = None,
            status: str = "unknown",
            image: str = "",
            container_id: None | str = None,
            workspace_path: str = "/workspace",
            created_at: datetime.datetime | None = None,
            last_activity_at: datetime.datetime | None = None,
            stopped_at: datetime.datetime | None = None,
            memory_mb: int = 512,
            cpu_cores: float = 1.0,
            disk_mb: int = 1024,
            idle_timeout_seconds: int = 1800,
            network_enabled: bool = False,
            exec_count: int = 0,
            session_key: None | str = None,
            metadata: Any = {},
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Sandbox: ...

    else:
        id = _Field("id", _convert_id)
        user_id = _Field("user_id", _convert_user_id, None)
        user_name = _Field("user_name", None, None)
        status = _Field("status", None, "unknown")
        image = _Field("image", None, "")
        container_id = _Field("container_id", None, None)
        workspace_path = _Field("workspace_path", None, "/workspace")
        created_at = _Field("created_at", _convert_created_at, None)
        last_activity_at = _Field("last_activity_at", _convert_last_activity_at, None)
        stopped_at = _Field("stopped_at", _convert_stopped_at, None)
        memory_mb = _Field("memory_mb", None, 512)
        cpu_cores = _Field("cpu_cores", None, 1.0)
        disk_mb = _Field("disk_mb", None, 1024)
        idle_timeout_seconds = _Field("idle_timeout_seconds", None, 1800)
        network_enabled = _Field("network_enabled", None, False)
        exec_count = _Field("exec_count", None, 0)
        session_key = _Field("session_key", None, None)
        metadata = _Field("metadata", None, {})
