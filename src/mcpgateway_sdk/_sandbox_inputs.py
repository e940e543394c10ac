"""Typed sandbox inputs checked before any request: `EgressPolicy`, `SandboxMountCreate`, the
0.61 file-path rule and the log filters. Pure (no I/O), shared by both clients."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, Literal
from urllib.parse import quote, urlsplit
from uuid import UUID

__all__ = [
    "MAX_ALLOWED_CIDRS",
    "MAX_ALLOWED_DOMAINS",
    "MAX_COMBINED_DESTINATIONS",
    "EgressMode",
    "EgressPolicy",
    "SandboxMountCreate",
    "egress_fields",
    "log_filters",
    "mount_list",
    "sandbox_file_path",
]

MAX_ALLOWED_DOMAINS: Final = 128
MAX_ALLOWED_CIDRS: Final = 128
MAX_COMBINED_DESTINATIONS: Final = 256
EgressMode = Literal["inherit", "blocked", "allowlist", "unrestricted"]
_MODES: Final = ("inherit", "blocked", "allowlist", "unrestricted")
_POLICY_KEYS: Final = frozenset({"mode", "allowed_domains", "allowed_cidrs"})


def _strings(values: Iterable[str], what: str) -> tuple[str, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"{what} must be a list of strings, got {type(values).__name__}")
    items = tuple(values)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{what} must hold strings, got {type(item).__name__}")
    return items


class EgressPolicy:
    """A sandbox's outbound network policy; immutable, checked when built.

    Build it with `EgressPolicy.inherit()` (the gateway default), `blocked()`,
    `allowlist(domains=[...], cidrs=[...])` (at least one destination; at most 128 domains, 128
    CIDRs, 256 in all) or `unrestricted()`. Equal to another policy, or to a sandbox's
    `effective_egress_policy`, with the same mode and destinations.
    """

    __slots__ = ("_cidrs", "_domains", "_mode")

    _mode: str
    _domains: tuple[str, ...]
    _cidrs: tuple[str, ...]

    def __init__(
        self,
        mode: EgressMode,
        allowed_domains: Sequence[str] = (),
        allowed_cidrs: Sequence[str] = (),
    ) -> None:
        if mode not in _MODES:
            raise ValueError(f"mode must be one of {', '.join(_MODES)}, got {mode!r}")
        domains = _strings(allowed_domains, "allowed_domains")
        cidrs = _strings(allowed_cidrs, "allowed_cidrs")
        if len(domains) > MAX_ALLOWED_DOMAINS:
            raise ValueError(f"allowed_domains holds at most {MAX_ALLOWED_DOMAINS} entries")
        if len(cidrs) > MAX_ALLOWED_CIDRS:
            raise ValueError(f"allowed_cidrs holds at most {MAX_ALLOWED_CIDRS} entries")
        count = len(domains) + len(cidrs)
        if count > MAX_COMBINED_DESTINATIONS:
            raise ValueError(f"at most {MAX_COMBINED_DESTINATIONS} destinations in all")
        if mode == "allowlist" and not count:
            raise ValueError("allowlist mode needs at least one domain or CIDR")
        if mode != "allowlist" and count:
            raise ValueError(f"{mode} mode takes no domains or CIDRs")
        object.__setattr__(self, "_mode", mode)
        object.__setattr__(self, "_domains", domains)
        object.__setattr__(self, "_cidrs", cidrs)

    @classmethod
    def inherit(cls) -> EgressPolicy:
        """Follow the gateway's default policy."""
        return cls("inherit")

    @classmethod
    def blocked(cls) -> EgressPolicy:
        """No outbound network at all."""
        return cls("blocked")

    @classmethod
    def allowlist(cls, *, domains: Sequence[str] = (), cidrs: Sequence[str] = ()) -> EgressPolicy:
        """Only these domains (HTTP/HTTPS, exact match) and public CIDRs (TCP)."""
        return cls("allowlist", domains, cidrs)

    @classmethod
    def unrestricted(cls) -> EgressPolicy:
        """Public TCP in general (the gateway's deny boundary still applies)."""
        return cls("unrestricted")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EgressPolicy:
        """A policy from its JSON form; unknown keys are refused (`ValueError`)."""
        if not isinstance(data, Mapping):
            raise TypeError(f"an egress policy is a mapping, got {type(data).__name__}")
        unknown = sorted(set(data) - _POLICY_KEYS)
        if unknown:
            raise ValueError(f"unknown egress policy field(s): {', '.join(unknown)}")
        return cls(
            data.get("mode"),  # type: ignore[arg-type]  # checked by __init__
            data.get("allowed_domains") or (),
            data.get("allowed_cidrs") or (),
        )

    @property
    def mode(self) -> EgressMode:
        """`inherit`, `blocked`, `allowlist` or `unrestricted`."""
        return self._mode  # type: ignore[return-value]

    @property
    def allowed_domains(self) -> tuple[str, ...]:
        """Domains reachable in `allowlist` mode."""
        return self._domains

    @property
    def allowed_cidrs(self) -> tuple[str, ...]:
        """Address ranges reachable in `allowlist` mode."""
        return self._cidrs

    def to_dict(self) -> dict[str, Any]:
        """The wire form: all three keys, lists."""
        return {
            "mode": self._mode,
            "allowed_domains": list(self._domains),
            "allowed_cidrs": list(self._cidrs),
        }

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("EgressPolicy is immutable; build a new one")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EgressPolicy):
            return self.to_dict() == other.to_dict()
        if isinstance(other, Mapping):
            theirs = {
                "mode": str(other.get("mode")),
                "allowed_domains": list(other.get("allowed_domains") or []),
                "allowed_cidrs": list(other.get("allowed_cidrs") or []),
            }
            return self.to_dict() == theirs
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._mode, self._domains, self._cidrs))

    def __repr__(self) -> str:
        extra = ""
        if self._domains or self._cidrs:
            extra = (
                f", allowed_domains={list(self._domains)!r}, allowed_cidrs={list(self._cidrs)!r}"
            )
        return f"EgressPolicy(mode={self._mode!r}{extra})"


def egress_fields(
    fields: Mapping[str, Any], egress_policy: EgressPolicy | None, network_enabled: bool | None
) -> dict[str, Any]:
    """The body's egress keys: `requested_egress_policy` from a typed policy, or
    `network_enabled`; never both (`ValueError`); a raw `requested_egress_policy` field or a
    policy that is not an `EgressPolicy` is a `TypeError`."""
    if "requested_egress_policy" in fields:
        raise TypeError("pass egress_policy=EgressPolicy...(), not requested_egress_policy")
    if egress_policy is not None and network_enabled is not None:
        raise ValueError("egress_policy and network_enabled cannot be combined")
    if egress_policy is not None:
        if not isinstance(egress_policy, EgressPolicy):
            raise TypeError(
                f"egress_policy must be an EgressPolicy, got {type(egress_policy).__name__}"
            )
        return {"requested_egress_policy": egress_policy.to_dict()}
    if network_enabled is not None:
        return {"network_enabled": network_enabled}
    return {}


# -- mounts ------------------------------------------------------------------------------------

_CONTAINER_RE = re.compile(r"^[a-z0-9](?:[a-z0-9]|-[a-z0-9])*$")
_MOUNT_KEYS: Final = frozenset(
    {
        "provider",
        "canonical_endpoint",
        "container_name",
        "source_prefix",
        "target_path",
        "read_only",
        "credential",
        "credential_expires_at",
    }
)
_RESERVED_TARGETS: Final = ("/proc", "/sys", "/dev", "/tmp")


def _text(value: object, name: str, low: int, high: int) -> str:
    if not isinstance(value, str):
        raise TypeError(f"mount {name} must be a str, got {type(value).__name__}")
    if not low <= len(value) <= high:
        raise ValueError(f"mount {name} must be {low} to {high} characters long")
    return value


def _endpoint(value: str) -> str:
    parts = urlsplit(value.strip())
    if (
        parts.scheme.lower() != "https"
        or not parts.hostname
        or parts.username is not None
        or parts.password is not None
        or parts.query
        or parts.fragment
        or parts.path not in ("", "/")
    ):
        raise ValueError("mount canonical_endpoint must be an https origin (no user, path, query)")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("mount canonical_endpoint has an invalid port") from None
    if port not in (None, 443):
        raise ValueError("mount canonical_endpoint must use port 443")
    host = parts.hostname.encode("idna").decode("ascii").lower().rstrip(".")
    return f"https://{host}"


def _target(value: str) -> str:
    if not value.startswith("/") or "\x00" in value or "\\" in value:
        raise ValueError("mount target_path must be an absolute path without NUL or backslash")
    normal = posixpath.normpath(value)
    if any(normal == r or normal.startswith(f"{r}/") for r in _RESERVED_TARGETS):
        raise ValueError(f"mount target_path {normal!r} is reserved")
    if not normal.startswith("/mnt/"):
        raise ValueError("mount target_path must lie below /mnt/")
    return normal


class SandboxMountCreate:
    """A read-only object-storage mount for `sandboxes.create(mounts=[...])`, normalised and
    checked when built (`ValueError` / `TypeError`). The credential is sent in clear with the
    request and never shown in the repr."""

    __slots__ = (
        "canonical_endpoint",
        "container_name",
        "credential",
        "credential_expires_at",
        "provider",
        "read_only",
        "source_prefix",
        "target_path",
    )

    def __init__(
        self,
        *,
        provider: str,
        canonical_endpoint: str,
        container_name: str,
        target_path: str,
        credential: str,
        credential_expires_at: datetime,
        source_prefix: str = "",
        read_only: Literal[True] = True,
    ) -> None:
        name = _text(provider, "provider", 1, 64).strip().lower()
        if not name.replace("_", "").isalnum() or not name.isascii():
            raise ValueError("mount provider may hold letters, digits and '_' only")
        container = _text(container_name, "container_name", 3, 63).strip().lower()
        if not _CONTAINER_RE.match(container) or not 3 <= len(container) <= 63:
            raise ValueError("mount container_name: letters, digits, single inner hyphens")
        prefix = _text(source_prefix, "source_prefix", 0, 1024)
        if "\x00" in prefix or "\\" in prefix or any(p in (".", "..") for p in prefix.split("/")):
            raise ValueError("mount source_prefix holds an unsafe segment")
        if read_only is not True:
            raise ValueError("mounts are read-only: read_only must be True")
        if not isinstance(credential, str) or not credential:
            raise ValueError("mount credential must be a non-empty string")
        if not isinstance(credential_expires_at, datetime):
            raise TypeError("mount credential_expires_at must be a datetime")
        if credential_expires_at.tzinfo is None:
            raise ValueError("mount credential_expires_at needs a time zone")
        self.provider = name
        self.canonical_endpoint = _endpoint(_text(canonical_endpoint, "canonical_endpoint", 1, 255))
        self.container_name = container
        self.source_prefix = prefix.strip("/")
        self.target_path = _target(_text(target_path, "target_path", 6, 255))
        self.read_only: Literal[True] = True
        self.credential = credential
        self.credential_expires_at = credential_expires_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SandboxMountCreate:
        """A mount from a dict of the same fields; unknown keys are refused (`ValueError`)."""
        unknown = sorted(set(data) - _MOUNT_KEYS)
        if unknown:
            raise ValueError(f"unknown mount field(s): {', '.join(map(str, unknown))}")
        fields = dict(data)
        expires = fields.get("credential_expires_at")
        if isinstance(expires, str):
            try:
                fields["credential_expires_at"] = datetime.fromisoformat(expires)
            except ValueError:
                raise ValueError("mount credential_expires_at is not an ISO-8601 time") from None
        try:
            return cls(**fields)
        except TypeError as exc:
            if "missing" in str(exc):
                raise ValueError(f"mount: {exc}") from None
            raise

    def to_wire(self) -> dict[str, Any]:
        """The request form (credential in clear)."""
        return {
            "provider": self.provider,
            "canonical_endpoint": self.canonical_endpoint,
            "container_name": self.container_name,
            "source_prefix": self.source_prefix,
            "target_path": self.target_path,
            "read_only": True,
            "credential": self.credential,
            "credential_expires_at": self.credential_expires_at.isoformat(),
        }

    def __repr__(self) -> str:
        return (
            f"SandboxMountCreate(provider={self.provider!r}, "
            f"canonical_endpoint={self.canonical_endpoint!r}, "
            f"container_name={self.container_name!r}, target_path={self.target_path!r}, "
            "credential='********')"
        )


def mount_list(mounts: Iterable[SandboxMountCreate | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every mount checked and in wire form (`ValueError` / `TypeError` before any request)."""
    if isinstance(mounts, (str, bytes, Mapping)) or not isinstance(mounts, Iterable):
        raise TypeError(f"mounts must be a list, got {type(mounts).__name__}")
    wire: list[dict[str, Any]] = []
    for mount in mounts:
        if isinstance(mount, SandboxMountCreate):
            wire.append(mount.to_wire())
        elif isinstance(mount, Mapping):
            wire.append(SandboxMountCreate.from_dict(mount).to_wire())
        else:
            raise TypeError(
                f"a mount is a SandboxMountCreate or a dict, not {type(mount).__name__}"
            )
    return wire


# -- paths and filters -------------------------------------------------------------------------


def sandbox_file_path(file_path: str) -> str:
    """The 0.61 path rule: trimmed, no `..` segment, leading `/` stripped, UTF-8 percent-encoded
    except unreserved characters and `/` (`ValueError` when nothing is left)."""
    if not isinstance(file_path, str):
        raise TypeError(f"file_path must be a str, got {type(file_path).__name__}")
    cleaned = file_path.strip()
    if not cleaned:
        raise ValueError("file_path must not be empty")
    if ".." in cleaned.split("/"):
        raise ValueError("file_path may not contain '..' segments")
    cleaned = cleaned.lstrip("/")
    if not cleaned:
        raise ValueError("file_path names no file")
    return quote(cleaned, safe="/~")


def _when(value: str | datetime | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else value


def log_filters(
    *,
    status: str | None,
    search: str | None,
    tool_name: str | None,
    meta: Sequence[str] | None,
    meta_contains: Sequence[str] | None,
    parent_call_id: str | UUID | None,
    from_time: str | datetime | None,
    to_time: str | datetime | None,
    sort_by: str | None,
    sort_order: str | None,
) -> dict[str, Any]:
    """The query of `logs` / `export_logs`: unset filters are left out."""
    raw: dict[str, Any] = {
        "status": status,
        "search": search,
        "tool_name": tool_name,
        "meta": None if meta is None else list(_strings(meta, "meta")),
        "meta_contains": None
        if meta_contains is None
        else list(_strings(meta_contains, "meta_contains")),
        "parent_call_id": None if parent_call_id is None else str(parent_call_id),
        "from_time": _when(from_time),
        "to_time": _when(to_time),
        "sort_by": sort_by,
        "sort_order": sort_order,
    }
    return {key: value for key, value in raw.items() if value is not None}
