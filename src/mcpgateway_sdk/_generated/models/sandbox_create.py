from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.sandbox_egress_policy import SandboxEgressPolicy
    from ..models.sandbox_mount_request import SandboxMountRequest

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, SandboxEgressPolicy, SandboxMountRequest
    from ..models.sandbox_egress_policy import SandboxEgressPolicy  # noqa: PLC0415
    from ..models.sandbox_mount_request import SandboxMountRequest  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "image": ("image", False),
    "idle_timeout_seconds": ("idle_timeout_seconds", False),
    "memory_mb": ("memory_mb", True),
    "cpu_cores": ("cpu_cores", True),
    "disk_mb": ("disk_mb", True),
    "env_vars": ("env_vars", False),
    "network_enabled": ("network_enabled", True),
    "session_key": ("session_key", True),
    "metadata": ("metadata", True),
    "requested_egress_policy": ("requested_egress_policy", True),
    "mounts": ("mounts", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SandboxCreate(ModelMapping):
    """Settings for a new sandbox. Fields not listed here are passed through to the server."""

    image: str | Unset = "mcpgateway/sandbox-runtime:latest"
    """ Container image to run. """
    idle_timeout_seconds: int | Unset = 1800
    """ Idle time after which the sandbox is stopped. """
    memory_mb: int | None | Unset = UNSET
    """ Memory limit in MiB; server default when null. """
    cpu_cores: float | None | Unset = UNSET
    """ CPU limit in cores; server default when null. """
    disk_mb: int | None | Unset = UNSET
    """ Disk limit in MiB; server default when null. """
    env_vars: Any | Unset = UNSET
    """ Environment variables set in the sandbox. """
    network_enabled: bool | None | Unset = UNSET
    """ Allow outbound network access; server default when null. """
    session_key: None | str | Unset = UNSET
    """ Caller-chosen key to find or reuse this sandbox later. """
    metadata: Any | None | Unset = UNSET
    """ String labels stored with the sandbox (later gateways). """
    requested_egress_policy: None | SandboxEgressPolicy | Unset = UNSET
    """ Outbound network policy (later gateways); do not combine with `network_enabled`. """
    mounts: list[SandboxMountRequest] | Unset = UNSET
    """ Read-only mounts to record (later gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        image = self.image

        idle_timeout_seconds = self.idle_timeout_seconds

        memory_mb: int | None | Unset
        if isinstance(self.memory_mb, Unset):
            memory_mb = UNSET
        else:
            memory_mb = self.memory_mb

        cpu_cores: float | None | Unset
        if isinstance(self.cpu_cores, Unset):
            cpu_cores = UNSET
        else:
            cpu_cores = self.cpu_cores

        disk_mb: int | None | Unset
        if isinstance(self.disk_mb, Unset):
            disk_mb = UNSET
        else:
            disk_mb = self.disk_mb

        env_vars = self.env_vars

        network_enabled: bool | None | Unset
        if isinstance(self.network_enabled, Unset):
            network_enabled = UNSET
        else:
            network_enabled = self.network_enabled

        session_key: None | str | Unset
        if isinstance(self.session_key, Unset):
            session_key = UNSET
        else:
            session_key = self.session_key

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        requested_egress_policy: dict[str, Any] | None | Unset
        if isinstance(self.requested_egress_policy, Unset):
            requested_egress_policy = UNSET
        elif isinstance(self.requested_egress_policy, SandboxEgressPolicy):
            requested_egress_policy = self.requested_egress_policy.to_dict()
        else:
            requested_egress_policy = self.requested_egress_policy

        mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = []
            for mounts_item_data in self.mounts:
                mounts_item = mounts_item_data.to_dict()
                mounts.append(mounts_item)

        field_dict: dict[str, Any] = {}
        if image is not UNSET:
            field_dict["image"] = image
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if disk_mb is not UNSET:
            field_dict["disk_mb"] = disk_mb
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if network_enabled is not UNSET:
            field_dict["network_enabled"] = network_enabled
        if session_key is not UNSET:
            field_dict["session_key"] = session_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if requested_egress_policy is not UNSET:
            field_dict["requested_egress_policy"] = requested_egress_policy
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        image = src_dict.get("image", UNSET)
        idle_timeout_seconds = src_dict.get("idle_timeout_seconds", UNSET)
        memory_mb = src_dict.get("memory_mb", UNSET)

        cpu_cores = src_dict.get("cpu_cores", UNSET)

        disk_mb = src_dict.get("disk_mb", UNSET)

        env_vars = src_dict.get("env_vars", UNSET)
        network_enabled = src_dict.get("network_enabled", UNSET)

        session_key = src_dict.get("session_key", UNSET)

        metadata = src_dict.get("metadata", UNSET)

        _requested_egress_policy = src_dict.get("requested_egress_policy", UNSET)
        requested_egress_policy: None | SandboxEgressPolicy | Unset
        if _requested_egress_policy is None:
            requested_egress_policy = None
        elif _requested_egress_policy is UNSET:
            requested_egress_policy = UNSET
        else:
            try:
                if not isinstance(_requested_egress_policy, dict):
                    raise TypeError()
                requested_egress_policy_type_0 = SandboxEgressPolicy.from_dict(
                    _requested_egress_policy
                )

                requested_egress_policy = requested_egress_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                requested_egress_policy = _requested_egress_policy

        _mounts = src_dict.get("mounts", UNSET)
        mounts: list[SandboxMountRequest] | Unset = UNSET
        if _mounts is not UNSET:
            mounts = []
            for mounts_item_data in _mounts:
                mounts_item = SandboxMountRequest.from_dict(mounts_item_data)

                mounts.append(mounts_item)

        sandbox_create = cls(
            image=image,
            idle_timeout_seconds=idle_timeout_seconds,
            memory_mb=memory_mb,
            cpu_cores=cpu_cores,
            disk_mb=disk_mb,
            env_vars=env_vars,
            network_enabled=network_enabled,
            session_key=session_key,
            metadata=metadata,
            requested_egress_policy=requested_egress_policy,
            mounts=mounts,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sandbox_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
