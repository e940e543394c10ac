"""Script-tool packages (`POST /servers/{id}/script-tools`). Thin: the format is in
`script_packages`, the upload and the execution in `script_runtime`."""

from __future__ import annotations

from ..script_packages import MAX_PACKAGE_BYTES
from ..script_runtime import upload_package
from . import ApiRequest, ApiResult, HTTPProblem, UploadedFile, operation, unprocessable


@operation("create_script_tool_package")
async def create_script_tool_package(req: ApiRequest) -> ApiResult:
    form = req.body if isinstance(req.body, dict) else {}
    file = form.get("file")
    if not isinstance(file, UploadedFile):
        raise unprocessable(["body", "file"], "Send the package as the multipart file part `file`")
    if len(file.data) > MAX_PACKAGE_BYTES:
        raise HTTPProblem(413, f"Package too large: at most {MAX_PACKAGE_BYTES} bytes")
    update = req.query.get("update_bundles")
    version = await upload_package(
        req.gw, req.path["server_id"], file.data, update_bundles=update is not False
    )
    return ApiResult.json(version, status=201)
