"""Sandbox path confinement: a sandbox path resolved to a host path under `/workspace` or `/tmp`.

No Starlette; refusals are :class:`~mcpgateway_local.domain_errors.Invalid` (422 on REST).
"""

from __future__ import annotations

from pathlib import Path

from .domain_errors import Invalid
from .sandbox_runtime import SandboxPathError, SandboxRuntime

__all__ = ["SANDBOX_DIRS", "host_path"]

SANDBOX_DIRS = ("workspace", "tmp")
"""The sandbox's top-level directories (`/workspace`, `/tmp`)."""


def host_path(
    runtime: SandboxRuntime,
    sandbox_id: str,
    path: str,
    loc: list[str | int],
    *,
    allow_root: bool = False,
) -> tuple[Path, str]:
    """Resolve a sandbox path (symlinks followed) to (host path, canonical sandbox path).

    422 for `..`, NUL, escapes, and paths outside `/workspace` and `/tmp` (`/` itself only
    when `allow_root`).
    """
    try:
        host = runtime.resolve(sandbox_id, path)
        sandbox_path = runtime.sandbox_path(sandbox_id, host)
    except SandboxPathError as exc:
        raise Invalid(loc, f"Path refused: {exc}") from None
    except ValueError as exc:  # relative_to: cannot happen after resolve, but never a 500
        raise Invalid(loc, f"Path {path!r} escapes the sandbox: {exc}") from None
    top = sandbox_path.strip("/").split("/", 1)[0]
    if top in SANDBOX_DIRS or (allow_root and sandbox_path == "/"):
        return host, sandbox_path
    raise Invalid(
        loc,
        f"Path {path!r} is outside the sandbox: it resolves to {sandbox_path!r}, and sandbox "
        "files live under /workspace and /tmp (relative paths are under /workspace)",
    )
