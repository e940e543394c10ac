from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "user_id": ("user_id", True),
    "user_name": ("user_name", True),
    "status": ("status", False),
    "image": ("image", False),
    "container_id": ("container_id", True),
    "workspace_path": ("workspace_path", False),
    "created_at": ("created_at", True),
    "last_activity_at": ("last_activity_at", True),
    "stopped_at": ("stopped_at", True),
    "memory_mb": ("memory_mb", False),
    "cpu_cores": ("cpu_cores", False),
    "disk_mb": ("disk_mb", False),
    "idle_timeout_seconds": ("idle_timeout_seconds", False),
    "network_enabled": ("network_enabled", False),
    "exec_count": ("exec_count", False),
    "session_key": ("session_key", True),
    "metadata": ("metadata", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class Sandbox(ModelMapping):
    """An isolated working environment with its own workspace."""

    id: UUID
    """ Sandbox id. """
    user_id: None | Unset | UUID = UNSET
    """ Owner's user id. """
    user_name: None | str | Unset = UNSET
    """ Owner's display name. """
    status: str | Unset = "unknown"
    """ Lifecycle state, e.g. `pending`, `creating`, `running`, `stopped` (open set: new values may appear). """
    image: str | Unset = ""
    """ Container image the sandbox runs. """
    container_id: None | str | Unset = UNSET
    """ Backing container id, when one exists. """
    workspace_path: str | Unset = "/workspace"
    """ Working directory inside the sandbox. """
    created_at: datetime.datetime | None | Unset = UNSET
    last_activity_at: datetime.datetime | None | Unset = UNSET
    """ Time of the last exec or file operation. """
    stopped_at: datetime.datetime | None | Unset = UNSET
    """ When the sandbox was last stopped. """
    memory_mb: int | Unset = 512
    """ Memory limit in MiB. """
    cpu_cores: float | Unset = 1.0
    """ CPU limit in cores. """
    disk_mb: int | Unset = 1024
    """ Disk limit in MiB. """
    idle_timeout_seconds: int | Unset = 1800
    """ Idle time after which the sandbox is stopped. """
    network_enabled: bool | Unset = False
    """ Whether outbound network access is allowed. """
    exec_count: int | Unset = 0
    """ Number of commands run so far. """
    session_key: None | str | Unset = UNSET
    """ Caller-chosen key used to find or reuse a sandbox. """
    metadata: Any | Unset = UNSET
    """ Caller-supplied string labels (later gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        status = self.status

        image = self.image

        container_id: None | str | Unset
        if isinstance(self.container_id, Unset):
            container_id = UNSET
        else:
            container_id = self.container_id

        workspace_path = self.workspace_path

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        stopped_at: None | str | Unset
        if isinstance(self.stopped_at, Unset):
            stopped_at = UNSET
        elif isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        memory_mb = self.memory_mb

        cpu_cores = self.cpu_cores

        disk_mb = self.disk_mb

        idle_timeout_seconds = self.idle_timeout_seconds

        network_enabled = self.network_enabled

        exec_count = self.exec_count

        session_key: None | str | Unset
        if isinstance(self.session_key, Unset):
            session_key = UNSET
        else:
            session_key = self.session_key

        metadata = self.metadata

        field_dict: dict[str, Any] = {
            "id": id,
        }
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if status is not UNSET:
            field_dict["status"] = status
        if image is not UNSET:
            field_dict["image"] = image
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if workspace_path is not UNSET:
            field_dict["workspace_path"] = workspace_path
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if stopped_at is not UNSET:
            field_dict["stopped_at"] = stopped_at
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if disk_mb is not UNSET:
            field_dict["disk_mb"] = disk_mb
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds
        if network_enabled is not UNSET:
            field_dict["network_enabled"] = network_enabled
        if exec_count is not UNSET:
            field_dict["exec_count"] = exec_count
        if session_key is not UNSET:
            field_dict["session_key"] = session_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        _user_id = src_dict.get("user_id", UNSET)
        user_id: None | Unset | UUID
        if _user_id is None:
            user_id = None
        elif _user_id is UNSET:
            user_id = UNSET
        else:
            try:
                if not isinstance(_user_id, str):
                    raise TypeError()
                user_id_type_0 = UUID(_user_id)

                user_id = user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user_id = _user_id

        user_name = src_dict.get("user_name", UNSET)

        status = src_dict.get("status", UNSET)
        image = src_dict.get("image", UNSET)
        container_id = src_dict.get("container_id", UNSET)

        workspace_path = src_dict.get("workspace_path", UNSET)
        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        elif _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _last_activity_at = src_dict.get("last_activity_at", UNSET)
        last_activity_at: datetime.datetime | None | Unset
        if _last_activity_at is None:
            last_activity_at = None
        elif _last_activity_at is UNSET:
            last_activity_at = UNSET
        else:
            try:
                if not isinstance(_last_activity_at, str):
                    raise TypeError()
                last_activity_at_type_0 = datetime.datetime.fromisoformat(_last_activity_at)

                last_activity_at = last_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity_at = _last_activity_at

        _stopped_at = src_dict.get("stopped_at", UNSET)
        stopped_at: datetime.datetime | None | Unset
        if _stopped_at is None:
            stopped_at = None
        elif _stopped_at is UNSET:
            stopped_at = UNSET
        else:
            try:
                if not isinstance(_stopped_at, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(_stopped_at)

                stopped_at = stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                stopped_at = _stopped_at

        memory_mb = src_dict.get("memory_mb", UNSET)
        cpu_cores = src_dict.get("cpu_cores", UNSET)
        disk_mb = src_dict.get("disk_mb", UNSET)
        idle_timeout_seconds = src_dict.get("idle_timeout_seconds", UNSET)
        network_enabled = src_dict.get("network_enabled", UNSET)
        exec_count = src_dict.get("exec_count", UNSET)
        session_key = src_dict.get("session_key", UNSET)

        metadata = src_dict.get("metadata", UNSET)
        sandbox = cls(
            id=id,
            user_id=user_id,
            user_name=user_name,
            status=status,
            image=image,
            container_id=container_id,
            workspace_path=workspace_path,
            created_at=created_at,
            last_activity_at=last_activity_at,
            stopped_at=stopped_at,
            memory_mb=memory_mb,
            cpu_cores=cpu_cores,
            disk_mb=disk_mb,
            idle_timeout_seconds=idle_timeout_seconds,
            network_enabled=network_enabled,
            exec_count=exec_count,
            session_key=session_key,
            metadata=metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
