"""Generation jobs (`/servers/generate...`) and OpenAPI imports (`/servers/import-schema`).

Thin: the work is in `generation_jobs.py` and `generated_servers.py`. The jobs' coded 409s
(`GENERATION_JOB_EXISTS`, `GENERATION_JOB_BUSY`) are answered with the `error` envelope.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from ..generated_servers import import_schema
from ..generation_errors import CodedConflict, coded_body
from ..generation_jobs import GenerationJobs
from ..server_records import render_server
from ..toolbox import Toolbox
from . import ApiRequest, ApiResult, operation

__all__: list[str] = []


def _jobs(req: ApiRequest) -> GenerationJobs:
    return GenerationJobs.of(req.gw)


def _coded(
    handler: Callable[[ApiRequest], Awaitable[ApiResult]],
) -> Callable[[ApiRequest], Awaitable[ApiResult]]:
    """Answer the jobs' coded conflicts as `{"detail", "error": {code, message, details}}`."""

    async def run(req: ApiRequest) -> ApiResult:
        try:
            return await handler(req)
        except CodedConflict as exc:
            return ApiResult.json(coded_body(exc), status=409)

    run.__doc__ = handler.__doc__
    return run


@operation("import_server_schema")
async def import_server_schema(req: ApiRequest) -> ApiResult:
    """A running server with one tool per operation of the document (201)."""
    body = req.body
    doc = import_schema(
        Toolbox.of(req.gw),
        name=str(body["name"]),
        spec=str(body["spec"]),
        display_name=body.get("display_name"),
        auth_mode=str(body.get("auth_mode") or "auto"),
        access_mode=str(body.get("access_mode") or "public"),
    )
    return ApiResult.json(render_server(doc), status=201)


@operation("start_generation_job")
@_coded
async def start_generation_job(req: ApiRequest) -> ApiResult:
    """A `pending` job whose analysis starts in the background (201)."""
    body = req.body
    doc = _jobs(req).start(
        input_type=str(body["input_type"]),
        input_content=str(body["input_content"]),
        server_name=str(body["server_name"]),
        auth_type=body.get("auth_type"),
        access_mode=str(body.get("access_mode") or "public"),
    )
    message = "Generation job created; poll it until it is reviewing, then approve it"
    return ApiResult.json(
        {
            "job_id": doc["job_id"],
            "status": doc["status"],
            "server_name": doc["server_name"],
            "access_mode": doc["access_mode"],
            "message": message,
        },
        status=201,
    )


@operation("list_generation_jobs")
async def list_generation_jobs(req: ApiRequest) -> ApiResult:
    """One page of jobs, newest first."""
    q = req.query
    page = _jobs(req).page(int(q.get("page") or 1), int(q.get("page_size") or 20), q.get("status"))
    return ApiResult.json(page)


@operation("get_generation_job")
async def get_generation_job(req: ApiRequest) -> ApiResult:
    """One job with its progress."""
    jobs = _jobs(req)
    return ApiResult.json(jobs.render(jobs.job(req.path["job_id"])))


@operation("get_generation_analysis")
async def get_generation_analysis(req: ApiRequest) -> ApiResult:
    """The planned tools and inferred authentication (409 before the analysis is done)."""
    return ApiResult.json(_jobs(req).analysis(req.path["job_id"]))


@operation("approve_generation_job")
@_coded
async def approve_generation_job(req: ApiRequest) -> ApiResult:
    """Approve a job in review; its deploy runs in the background."""
    body = req.body or {}
    doc = _jobs(req).approve(
        req.path["job_id"],
        selected_tools=body.get("selected_tools"),
        tool_descriptions=body.get("tool_descriptions"),
        api_title=body.get("api_title"),
        credential_mode=body.get("credential_mode"),
    )
    return ApiResult.json(
        {
            "job_id": doc["job_id"],
            "status": doc["status"],
            "message": "Approved; the server is being deployed (poll the job until deployed)",
        }
    )


@operation("cancel_generation_job")
@_coded
async def cancel_generation_job(req: ApiRequest) -> ApiResult:
    """Cancel a job not yet approved."""
    doc = _jobs(req).cancel(req.path["job_id"])
    return ApiResult.json(
        {"job_id": doc["job_id"], "status": doc["status"], "message": "Generation job cancelled"}
    )


@operation("delete_generation_job")
@_coded
async def delete_generation_job(req: ApiRequest) -> ApiResult:
    """Delete a job (its deployed server stays)."""
    _jobs(req).delete(req.path["job_id"])
    return ApiResult.no_content()
