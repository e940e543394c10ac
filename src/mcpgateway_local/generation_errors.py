"""The generation jobs' coded conflicts and their wire body.

Both are 409s that carry a machine-readable code: the REST side answers them as
`{"detail": message, "error": {"code", "message", "details"}}` (`coded_body`), which SDK 0.61
maps to `GenerationJobExistsError` / `GenerationJobBusyError`.
"""

from __future__ import annotations

from typing import Any

from .domain_errors import Conflict

__all__ = ["CodedConflict", "JobBusy", "JobExists", "coded_body"]


class CodedConflict(Conflict):
    """A conflict with an error `code` and structured `details`."""

    code = "CONFLICT"

    def __init__(self, message: str, details: dict[str, Any]) -> None:
        super().__init__(message)
        self.details = details


class JobExists(CodedConflict):
    """A live generation job already targets this server name."""

    code = "GENERATION_JOB_EXISTS"

    def __init__(self, server_name: str, job_id: str) -> None:
        super().__init__(
            f"A generation job for server '{server_name}' is already in progress ({job_id}); "
            "poll, approve or cancel it instead",
            {"existing_job_id": job_id, "server_name": server_name},
        )


class JobBusy(CodedConflict):
    """A deploy holds the job (and its server) right now."""

    code = "GENERATION_JOB_BUSY"

    def __init__(self, job_id: str, server_id: str | None) -> None:
        super().__init__(
            f"Generation job {job_id} is deploying its server; retry shortly",
            {"job_id": job_id, "server_id": server_id},
        )


def coded_body(error: CodedConflict) -> dict[str, Any]:
    """The 409 body: the plain `detail` and the `error` envelope."""
    return {
        "detail": error.message,
        "error": {"code": error.code, "message": error.message, "details": error.details},
    }
