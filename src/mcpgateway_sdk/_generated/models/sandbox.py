from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..models.sandbox_egress_enforcement_status import SandboxEgressEnforcementStatus
from ..models.sandbox_egress_policy_source import SandboxEgressPolicySource
from ..models.sandbox_workload_class import SandboxWorkloadClass
from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.sandbox_egress_policy_state import SandboxEgressPolicyState
    from ..models.sandbox_mount import SandboxMount

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxEgressPolicyState, SandboxMount
    from ..models.sandbox_egress_policy_state import SandboxEgressPolicyState  # noqa: PLC0415
    from ..models.sandbox_mount import SandboxMount  # noqa: PLC0415

    _lazy_imported = True


def _convert_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    id = UUID(data)

    return id


def _convert_user_id(data: Any) -> None | UUID:
    if not _lazy_imported:
        _import_lazy()
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
    if not _lazy_imported:
        _import_lazy()
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
    if not _lazy_imported:
        _import_lazy()
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
    if not _lazy_imported:
        _import_lazy()
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


def _convert_requested_egress_policy(data: Any) -> None | SandboxEgressPolicyState:
    if not _lazy_imported:
        _import_lazy()
    _requested_egress_policy = data
    requested_egress_policy: None | SandboxEgressPolicyState
    if _requested_egress_policy is None:
        requested_egress_policy = None
    else:
        try:
            if not isinstance(_requested_egress_policy, dict):
                raise TypeError()
            requested_egress_policy_type_0 = SandboxEgressPolicyState.from_dict(
                _requested_egress_policy
            )

            requested_egress_policy = requested_egress_policy_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            requested_egress_policy = _requested_egress_policy

    return requested_egress_policy


def _convert_effective_egress_policy(data: Any) -> None | SandboxEgressPolicyState:
    if not _lazy_imported:
        _import_lazy()
    _effective_egress_policy = data
    effective_egress_policy: None | SandboxEgressPolicyState
    if _effective_egress_policy is None:
        effective_egress_policy = None
    else:
        try:
            if not isinstance(_effective_egress_policy, dict):
                raise TypeError()
            effective_egress_policy_type_0 = SandboxEgressPolicyState.from_dict(
                _effective_egress_policy
            )

            effective_egress_policy = effective_egress_policy_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            effective_egress_policy = _effective_egress_policy

    return effective_egress_policy


def _convert_egress_policy_source(data: Any) -> None | SandboxEgressPolicySource:
    if not _lazy_imported:
        _import_lazy()
    _egress_policy_source = data
    egress_policy_source: None | SandboxEgressPolicySource
    if _egress_policy_source is None:
        egress_policy_source = None
    else:
        try:
            if not isinstance(_egress_policy_source, str):
                raise TypeError()
            egress_policy_source_type_0 = SandboxEgressPolicySource(_egress_policy_source)

            egress_policy_source = egress_policy_source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            egress_policy_source = _egress_policy_source

    return egress_policy_source


def _convert_egress_enforcement_status(data: Any) -> None | SandboxEgressEnforcementStatus:
    if not _lazy_imported:
        _import_lazy()
    _egress_enforcement_status = data
    egress_enforcement_status: None | SandboxEgressEnforcementStatus
    if _egress_enforcement_status is None:
        egress_enforcement_status = None
    else:
        try:
            if not isinstance(_egress_enforcement_status, str):
                raise TypeError()
            egress_enforcement_status_type_0 = SandboxEgressEnforcementStatus(
                _egress_enforcement_status
            )

            egress_enforcement_status = egress_enforcement_status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            egress_enforcement_status = _egress_enforcement_status

    return egress_enforcement_status


def _convert_workload_class(data: Any) -> None | SandboxWorkloadClass:
    if not _lazy_imported:
        _import_lazy()
    _workload_class = data
    workload_class: None | SandboxWorkloadClass
    if _workload_class is None:
        workload_class = None
    else:
        try:
            if not isinstance(_workload_class, str):
                raise TypeError()
            workload_class_type_0 = SandboxWorkloadClass(_workload_class)

            workload_class = workload_class_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            workload_class = _workload_class

    return workload_class


def _convert_mounts(data: Any) -> list[SandboxMount]:
    if not _lazy_imported:
        _import_lazy()
    mounts = []
    _mounts = data
    for mounts_item_data in _mounts:
        mounts_item = SandboxMount.from_dict(mounts_item_data)

        mounts.append(mounts_item)

    return mounts


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
        requested_egress_policy: None | SandboxEgressPolicyState
        """ The policy asked for on create or update. """
        effective_egress_policy: None | SandboxEgressPolicyState
        """ The policy in force. """
        egress_policy_source: None | SandboxEgressPolicySource
        """ Where the effective policy comes from. """
        egress_policy_revision: None | str
        """ Revision of the sandbox's policy. """
        gateway_egress_policy_revision: None | str
        """ Revision of the gateway default policy applied. """
        egress_enforcement_status: None | SandboxEgressEnforcementStatus
        """ Whether the effective policy is enforced. """
        workload_class: None | SandboxWorkloadClass
        """ What the sandbox runs. """
        exec_count: int
        """ Number of commands run so far. """
        session_key: None | str
        """ Caller-chosen key used to find or reuse a sandbox. """
        metadata: Any
        """ Caller-supplied string labels (later gateways). """
        mounts: list[SandboxMount]
        """ Mounts recorded on the sandbox. """

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
            requested_egress_policy: None | SandboxEgressPolicyState = None,
            effective_egress_policy: None | SandboxEgressPolicyState = None,
            egress_policy_source: None | SandboxEgressPolicySource = None,
            egress_policy_revision: None | str = None,
            gateway_egress_policy_revision: None | str = None,
            egress_enforcement_status: None | SandboxEgressEnforcementStatus = None,
            workload_class: None | SandboxWorkloadClass = None,
            exec_count: int = 0,
            session_key: None | str = None,
            metadata: Any = {},
            mounts: list[SandboxMount] = [],
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
        requested_egress_policy = _Field(
            "requested_egress_policy", _convert_requested_egress_policy, None, nested=True
        )
        effective_egress_policy = _Field(
            "effective_egress_policy", _convert_effective_egress_policy, None, nested=True
        )
        egress_policy_source = _Field("egress_policy_source", _convert_egress_policy_source, None)
        egress_policy_revision = _Field("egress_policy_revision", None, None)
        gateway_egress_policy_revision = _Field("gateway_egress_policy_revision", None, None)
        egress_enforcement_status = _Field(
            "egress_enforcement_status", _convert_egress_enforcement_status, None
        )
        workload_class = _Field("workload_class", _convert_workload_class, None)
        exec_count = _Field("exec_count", None, 0)
        session_key = _Field("session_key", None, None)
        metadata = _Field("metadata", None, {})
        mounts = _Field("mounts", _convert_mounts, [], nested=True)
