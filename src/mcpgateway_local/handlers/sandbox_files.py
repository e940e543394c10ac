"""Sandbox files (list, download, upload under `/workspace`, `/attachments`, `/tmp`; both SDK
path forms) and skills copied into a sandbox. Thin: the service is `sandbox_files`."""

from __future__ import annotations

from ..sandbox_files import TooLarge, install_skills, list_files, read_file, write_file
from . import ApiRequest, ApiResult, HTTPProblem, operation

WORKSPACE = "/workspace"


@operation("list_sandbox_files")
async def list_sandbox_files(req: ApiRequest) -> ApiResult:
    path = req.query.get("path")
    listing = list_files(req.gw, req.path["sandbox_id"], WORKSPACE if path is None else str(path))
    return ApiResult.json(listing)


@operation("download_sandbox_file")
async def download_sandbox_file(req: ApiRequest) -> ApiResult:
    data, path = await read_file(req.gw, req.path["sandbox_id"], str(req.path["file_path"]))
    return ApiResult.binary(data, filename=path.rsplit("/", 1)[-1])


@operation("upload_sandbox_file")
async def upload_sandbox_file(req: ApiRequest) -> ApiResult:
    data = req.body if isinstance(req.body, bytes) else b""
    try:
        await write_file(req.gw, req.path["sandbox_id"], str(req.path["file_path"]), data)
    except TooLarge as exc:
        raise HTTPProblem(413, exc.message) from None
    return ApiResult.no_content()


@operation("install_sandbox_skills")
async def install_sandbox_skills(req: ApiRequest) -> ApiResult:
    result = await install_skills(req.gw, req.path["sandbox_id"], list(req.body["skill_ids"]))
    return ApiResult.json(result)
