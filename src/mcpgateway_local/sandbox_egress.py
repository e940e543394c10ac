"""Sandbox egress policies: validation, the effective policy and what this host enforces, and
mounts (recorded, never mounted). No Starlette; refusals are `Invalid` / `Conflict`.

What the local gateway reports (`Sandbox` fields):

| requested | effective | `egress_policy_source` | `egress_enforcement_status` |
|---|---|---|---|
| none, or `inherit` | the gateway default, `unrestricted` | `gateway_default` | `unavailable` |
| `blocked` | `blocked` | `sandbox_request` | `enforced` where a network namespace is available, else `unavailable` |
| `allowlist` | as requested | `sandbox_request` | `unavailable` (no per-destination filter locally) |
| `unrestricted` | `unrestricted` | `sandbox_request` | `unavailable` (the hosted deny boundary is not applied) |

`enforced` is only claimed when each command really runs in a network namespace of its own.
`network_enabled` is the older flag: recorded, it does not change the egress policy.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from .domain_errors import Invalid
from .records import new_id
from .store import Document

__all__ = [
    "DEFAULT_POLICY",
    "check_policy",
    "egress_fields",
    "executes_offline",
    "record_mounts",
]

MODES = ("inherit", "blocked", "allowlist", "unrestricted")
MAX_DOMAINS = 128
MAX_CIDRS = 128
MAX_DESTINATIONS = 256
DEFAULT_POLICY: dict[str, Any] = {
    "mode": "unrestricted",
    "allowed_domains": [],
    "allowed_cidrs": [],
}
"""The local gateway's default policy: commands use the host's network."""
_POLICY_KEYS = frozenset({"mode", "allowed_domains", "allowed_cidrs"})


def _revision(policy: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(policy, sort_keys=True).encode()).hexdigest()[:16]


def check_policy(raw: Any, loc: Sequence[str | int]) -> dict[str, Any]:
    """The policy in wire form (all three keys), or `Invalid` naming what is wrong."""
    where = list(loc)
    if not isinstance(raw, Mapping):
        raise Invalid(where, "An egress policy is an object", "dict_type")
    unknown = sorted(set(raw) - _POLICY_KEYS)
    if unknown:
        raise Invalid([*where, unknown[0]], "Extra inputs are not permitted", "extra_forbidden")
    mode = raw.get("mode")
    if mode not in MODES:
        raise Invalid([*where, "mode"], f"Input should be one of {', '.join(MODES)}", "enum")
    domains = raw.get("allowed_domains") or []
    cidrs = raw.get("allowed_cidrs") or []
    for name, values, limit in (
        ("allowed_domains", domains, MAX_DOMAINS),
        ("allowed_cidrs", cidrs, MAX_CIDRS),
    ):
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise Invalid([*where, name], "Input should be a list of strings", "list_type")
        if len(values) > limit:
            raise Invalid([*where, name], f"At most {limit} entries", "too_long")
    count = len(domains) + len(cidrs)
    if count > MAX_DESTINATIONS:
        raise Invalid(where, f"At most {MAX_DESTINATIONS} destinations in all", "value_error")
    if mode == "allowlist" and not count:
        raise Invalid(where, "allowlist mode needs at least one domain or CIDR", "value_error")
    if mode != "allowlist" and count:
        raise Invalid(where, f"{mode} mode takes no destinations", "value_error")
    return {"mode": mode, "allowed_domains": list(domains), "allowed_cidrs": list(cidrs)}


def egress_fields(requested: Mapping[str, Any] | None, can_block: bool) -> dict[str, Any]:
    """The `Sandbox` egress fields for a requested policy (None: nothing asked for)."""
    mode = requested.get("mode") if requested is not None else None
    if mode in (None, "inherit"):
        effective, source = dict(DEFAULT_POLICY), "gateway_default"
    else:
        effective, source = dict(requested or {}), "sandbox_request"
    status = "enforced" if effective["mode"] == "blocked" and can_block else "unavailable"
    return {
        "requested_egress_policy": dict(requested) if requested is not None else None,
        "effective_egress_policy": effective,
        "egress_policy_source": source,
        "egress_policy_revision": _revision(effective),
        "gateway_egress_policy_revision": _revision(DEFAULT_POLICY),
        "egress_enforcement_status": status,
    }


def executes_offline(doc: Mapping[str, Any]) -> bool:
    """Whether the sandbox's commands must run without network (its effective mode is
    `blocked` and this host enforces it)."""
    return doc.get("egress_enforcement_status") == "enforced" and (
        (doc.get("effective_egress_policy") or {}).get("mode") == "blocked"
    )


# -- mounts ------------------------------------------------------------------------------------

_RESERVED = ("/proc", "/sys", "/dev", "/tmp")


def _mount(raw: Any, loc: list[str | int]) -> Document:
    if not isinstance(raw, Mapping):
        raise Invalid(loc, "A mount is an object", "dict_type")

    def text(name: str, low: int, high: int, default: str | None = None) -> str:
        value = raw.get(name, default)
        if not isinstance(value, str) or not low <= len(value) <= high:
            raise Invalid([*loc, name], f"A string of {low} to {high} characters", "string_type")
        return value

    provider = text("provider", 1, 64).strip().lower()
    if not provider.replace("_", "").isalnum() or not provider.isascii():
        raise Invalid([*loc, "provider"], "Letters, digits and '_' only")
    try:
        endpoint = urlsplit(text("canonical_endpoint", 1, 255).strip())
        port = endpoint.port
    except ValueError:
        raise Invalid([*loc, "canonical_endpoint"], "An https origin, https://<host>") from None
    if (
        endpoint.scheme != "https"
        or not endpoint.hostname
        or endpoint.path not in ("", "/")
        or endpoint.username is not None
        or endpoint.query
        or endpoint.fragment
        or port not in (None, 443)
    ):
        raise Invalid([*loc, "canonical_endpoint"], "An https origin, https://<host>")
    container = text("container_name", 3, 63).strip().lower()
    if "--" in container or not all(c.isascii() and (c.isalnum() or c == "-") for c in container):
        raise Invalid([*loc, "container_name"], "Letters, digits and single inner hyphens")
    prefix = text("source_prefix", 0, 1024, "")
    if "\\" in prefix or "\x00" in prefix or any(p in (".", "..") for p in prefix.split("/")):
        raise Invalid([*loc, "source_prefix"], "An unsafe path segment")
    target = posixpath.normpath(text("target_path", 6, 255))
    if not target.startswith("/mnt/") or any(target.startswith(r) for r in _RESERVED):
        raise Invalid([*loc, "target_path"], "An absolute path below /mnt/")
    if raw.get("read_only", True) is not True:
        raise Invalid([*loc, "read_only"], "Mounts are read-only", "literal_error")
    text("credential", 1, 64 * 1024)
    expires = raw.get("credential_expires_at")
    try:
        when = datetime.fromisoformat(str(expires))
    except ValueError:
        raise Invalid([*loc, "credential_expires_at"], "An ISO-8601 date-time") from None
    if when.tzinfo is None:
        raise Invalid([*loc, "credential_expires_at"], "The date-time needs a time zone")
    return {
        "mount_id": new_id(),
        "provider": provider,
        "canonical_endpoint": f"https://{endpoint.hostname.lower()}",
        "container_name": container,
        "source_prefix": prefix.strip("/"),
        "target_path": target,
        "read_only": True,
        "credential_expires_at": when.isoformat(),
    }


def record_mounts(raw: Any) -> list[Document]:
    """The mounts to record (credentials dropped: the local gateway mounts nothing)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise Invalid(["body", "mounts"], "Input should be a valid list", "list_type")
    return [_mount(item, ["body", "mounts", index]) for index, item in enumerate(raw)]
