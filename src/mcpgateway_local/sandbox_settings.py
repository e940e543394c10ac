"""Sandbox settings: validate and apply `memory_mb`, `cpu_cores`, `disk_mb`, idle timeout,
network and egress policy, `env_vars`, `metadata`, `session_key` (no Starlette).

Errors are :class:`~mcpgateway_local.domain_errors.Invalid` (every wrong field at once).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .domain_errors import Invalid
from .sandbox_egress import check_policy, egress_fields
from .sandbox_runtime import MAX_MEMORY_MB
from .store import Document

__all__ = ["CREATE_ONLY", "SETTINGS", "apply_settings"]

# name -> (default, lowest allowed, highest allowed); None = no bound on that side.
_NUMBERS: dict[str, tuple[float, float, float]] = {
    "memory_mb": (512, 1, MAX_MEMORY_MB),
    "cpu_cores": (1.0, 0, 1024),
    "disk_mb": (1024, 1, 1024 * 1024),
    "idle_timeout_seconds": (1800, 0, 365 * 24 * 3600),
}
_EXCLUSIVE_MIN = frozenset({"cpu_cores"})
MAX_METADATA_KEYS = 64
MAX_METADATA_CHARS = 1024
SETTINGS = frozenset(
    {
        *_NUMBERS,
        "network_enabled",
        "session_key",
        "env_vars",
        "metadata",
        "requested_egress_policy",
    }
)
CREATE_ONLY = frozenset({"image", "mounts"})
"""Fields only `create` takes."""


def _number_error(name: str, value: float, low: float, high: float) -> Invalid | None:
    loc: list[str | int] = ["body", name]
    if name in _EXCLUSIVE_MIN and value <= low:
        return Invalid(loc, f"Input should be greater than {low:g}", "greater_than")
    if value < low:
        return Invalid(
            loc, f"Input should be greater than or equal to {low:g}", "greater_than_equal"
        )
    if value > high:
        return Invalid(loc, f"Input should be less than or equal to {high:g}", "less_than_equal")
    return None


def _env_errors(env: Mapping[str, Any]) -> list[Invalid]:
    errors: list[Invalid] = []
    for key, value in env.items():
        if not key or "=" in key or "\0" in key or "\0" in str(value):
            errors.append(
                Invalid(
                    ["body", "env_vars", key],
                    "Environment variable names must be non-empty, without '=' or NUL; "
                    "values without NUL",
                    "value_error",
                )
            )
    return errors


def _metadata_errors(value: Any) -> list[Invalid]:
    loc: list[str | int] = ["body", "metadata"]
    if not isinstance(value, Mapping):
        return [Invalid(loc, "Input should be an object of strings", "dict_type")]
    if len(value) > MAX_METADATA_KEYS:
        return [Invalid(loc, f"At most {MAX_METADATA_KEYS} keys", "too_long")]
    return [
        Invalid([*loc, str(key)], f"Keys and values: strings of at most {MAX_METADATA_CHARS}")
        for key, item in value.items()
        if not isinstance(item, str) or len(item) > MAX_METADATA_CHARS
        or not key or len(str(key)) > MAX_METADATA_CHARS
    ]  # fmt: skip


def apply_settings(
    doc: Document, body: Mapping[str, Any], keys: Iterable[str], *, can_block: bool = False
) -> list[str]:
    """Validate and apply the settings named in `keys`; returns the changed names (422 on error).

    `can_block`: whether this host enforces egress `blocked` (the reported status says so).
    """
    keys = [k for k in keys if k in SETTINGS]
    errors: list[Invalid] = []
    changed: list[str] = []

    def put(name: str, value: Any) -> None:
        if doc.get(name) != value:
            changed.append(name)
        doc[name] = value

    for name in keys:
        value = body.get(name)
        if name in _NUMBERS:
            default, low, high = _NUMBERS[name]
            if value is None:
                value = default
            problem = _number_error(name, value, low, high)
            if problem is not None:
                errors.append(problem)
                continue
            put(name, float(value) if name == "cpu_cores" else int(value))
        elif name == "network_enabled":
            put(name, bool(value))
        elif name == "session_key":
            put(name, value)
        elif name == "metadata":
            found = _metadata_errors(value or {})
            errors.extend(found)
            if not found:
                put(name, dict(value or {}))
        elif name == "env_vars":
            env = dict(value or {})
            found = _env_errors(env)
            errors.extend(found)
            if not found:
                if doc.get("_env_vars") != env:
                    changed.append(name)
                doc["_env_vars"] = env
    if "requested_egress_policy" in keys:
        raw = body.get("requested_egress_policy")
        policy: dict[str, Any] | None = None
        if raw is not None and body.get("network_enabled") is not None:
            errors.append(
                Invalid(
                    ["body", "requested_egress_policy"],
                    "Send either network_enabled or requested_egress_policy, not both",
                )
            )
        elif raw is not None:
            try:
                policy = check_policy(raw, ["body", "requested_egress_policy"])
            except Invalid as problem:
                errors.append(problem)
        if not errors and doc.get("requested_egress_policy") != policy:
            changed.append("requested_egress_policy")
            doc.update(egress_fields(policy, can_block))
    if errors:
        raise Invalid.combined(errors)
    return sorted(set(changed))
