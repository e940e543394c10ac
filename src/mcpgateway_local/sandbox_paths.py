"""Sandbox path confinement: a sandbox path resolved to a host path under `/workspace`,
`/attachments` or `/tmp`.

Both path forms of the SDKs name the same file: 0.28 sends `/workspace/x` (`files//workspace/x`
on the wire), 0.61 strips the slash (`files/workspace/x`). A relative path whose first segment
is one of the roots is therefore that root; any other relative path is under `/workspace`.

No Starlette; refusals are :class:`~mcpgateway_local.domain_errors.Invalid` (422 on REST).
"""

from __future__ import annotations

from pathlib import Path

from .domain_errors import Invalid
from .sandbox_runtime import SandboxPathError, SandboxRuntime

__all__ = ["SANDBOX_DIRS", "anchored", "host_path"]

SANDBOX_DIRS = ("workspace", "attachments", "tmp")
"""The sandbox's top-level directories (`/workspace`, `/attachments`, `/tmp`)."""


def anchored(path: str) -> str:
    """`attachments/x` -> `/attachments/x` (the 0.61 form of an absolute path); others as given."""
    first = path.lstrip("/").split("/", 1)[0] if not path.startswith("/") else ""
    return f"/{path}" if first in SANDBOX_DIRS else path


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
    path = anchored(path)
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
        "files live under /workspace, /attachments and /tmp (other relative paths are under "
        "/workspace)",
    )
