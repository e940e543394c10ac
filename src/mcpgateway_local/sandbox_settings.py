"""Sandbox settings: validate and apply `memory_mb`, `cpu_cores`, `disk_mb`, idle timeout,
network and egress policy, `env_vars`, `metadata`, `session_key` (no Starlette).

Errors are :class:`~mcpgateway_local.domain_errors.Invalid` (every wrong field at once).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .domain_errors import Invalid
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
_EGRESS_MODES = ("inherit", "blocked", "allowlist", "unrestricted")
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
CREATE_ONLY = frozenset({"image"})
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


def apply_settings(doc: Document, body: Mapping[str, Any], keys: Iterable[str]) -> list[str]:
    """Validate and apply the settings named in `keys`; returns the changed names (422 on error)."""
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
            put(name, dict(value or {}))
        elif name == "env_vars":
            env = dict(value or {})
            found = _env_errors(env)
            errors.extend(found)
            if not found:
                if doc.get("_env_vars") != env:
                    changed.append(name)
                doc["_env_vars"] = env
    policy = body.get("requested_egress_policy") if "requested_egress_policy" in keys else None
    if policy is not None:
        mode = policy.get("mode")
        if body.get("network_enabled") is not None:
            errors.append(
                Invalid(
                    ["body", "requested_egress_policy"],
                    "Send either network_enabled or requested_egress_policy, not both",
                    "value_error",
                )
            )
        elif mode not in _EGRESS_MODES:
            errors.append(
                Invalid(
                    ["body", "requested_egress_policy", "mode"],
                    f"Input should be one of {', '.join(_EGRESS_MODES)}",
                    "enum",
                )
            )
        else:
            doc["_egress_policy"] = dict(policy)
            changed.append("requested_egress_policy")
            put("network_enabled", mode in ("allowlist", "unrestricted"))
    elif "requested_egress_policy" in keys and doc.get("_egress_policy") is not None:
        doc["_egress_policy"] = None
        changed.append("requested_egress_policy")
    if errors:
        raise Invalid.combined(errors)
    return sorted(set(changed))
