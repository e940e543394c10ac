"""The script-tool method of `gw.servers`: upload a package of script tools. `AsyncServers`
inherits it."""

from __future__ import annotations

import pathlib
from io import BytesIO
from os import PathLike
from typing import TYPE_CHECKING, Final, Unpack
from uuid import UUID

from ..._generated.types import File
from ..._helpers import parse_model
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import create_script_tool_package
    from ..._generated.models import ScriptToolPackageUpload, ScriptToolPackageVersion
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "create_script_tool_package",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "ScriptToolPackageUpload ScriptToolPackageVersion",
    )

__all__ = ["AsyncServerScripts"]

_ZIP: Final = "application/zip"


def _read_package(path: str | PathLike[str]) -> tuple[bytes, str]:
    """A local package's bytes and file name (one blocking read, before any request)."""
    file = pathlib.Path(path)
    return file.read_bytes(), file.name


class AsyncServerScripts(AsyncResource):
    """Script tools: tools whose code is a script the gateway runs in a sandbox."""

    async def create_script_tool_package(
        self,
        server_id: str | UUID,
        package: bytes | str | PathLike[str],
        *,
        filename: str = "package.zip",
        update_bundles: bool = True,
        **options: Unpack[RequestOptions],
    ) -> ScriptToolPackageVersion:
        """Upload a script-tool package (a ZIP: `workflow.json` or `manifest.json` listing the
        tools, and their scripts) as the server's new version; its tools replace the server's.

        `package` is the ZIP's bytes or a local path (the file's name is sent; `filename`
        names bytes). A byte-identical package creates no version: the result has
        `reused=True`. `update_bundles` also adds new tools to the bundles that curate the
        server. Never retried once sent.
        """
        if isinstance(package, (bytes, bytearray, memoryview)):
            raw, name = bytes(package), filename
        elif isinstance(package, (str, PathLike)):
            raw, name = _read_package(package)
        else:
            raise TypeError(f"package must be bytes or a path, got {type(package).__name__}")
        body = ScriptToolPackageUpload(
            file=File(payload=BytesIO(raw), file_name=name, mime_type=_ZIP)
        )
        request = create_script_tool_package._get_kwargs(
            str(server_id), body=body, update_bundles=update_bundles
        )
        data = await self._core.request_json(request, options)
        return parse_model(data, ScriptToolPackageVersion)
