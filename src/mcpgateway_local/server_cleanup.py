"""Deleting a server together with what other services keep about it (its generation jobs and
API description). A server a generation job is deploying cannot be deleted (`JobBusy`)."""

from __future__ import annotations

from .generated_servers import delete_description
from .generation_jobs import GenerationJobs
from .records import canonical_uuid
from .toolbox import Toolbox

__all__ = ["delete_with_jobs"]


async def delete_with_jobs(box: Toolbox, server_id: str) -> None:
    """Delete the server (404 when unknown), its generation jobs and its API description."""
    jobs = GenerationJobs.of(box.gw)
    canonical = canonical_uuid(server_id) or server_id
    jobs.check_server_delete(canonical)
    await box.delete_server(server_id)
    jobs.forget_server(canonical)
    delete_description(box, canonical)
