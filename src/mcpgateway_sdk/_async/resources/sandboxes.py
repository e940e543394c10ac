"""`gw.sandboxes`: isolated containers to run commands in, with file upload and download; the
call-log methods are in `sandbox_logs.py`."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final, Unpack
from uuid import UUID

import httpx

from ..._generated.types import UNSET, File
from ..._helpers import parse_list, parse_model, request_body, str_list
from ..._inputs import given
from ..._lazy import lazy_import
from ..._options import NoTimeoutOptions, RequestOptions
from ..._paths import encode_segment
from ..._sandbox_inputs import (
    EgressPolicy,
    SandboxMountCreate,
    egress_fields,
    mount_list,
    sandbox_file_path,
)
from ..._types import NOT_GIVEN, NotGiven
from .sandbox_logs import AsyncSandboxLogs

if TYPE_CHECKING:
    from ..._generated.api.sandboxes import (
        create_sandbox,
        destroy_sandbox,
        download_sandbox_file,
        exec_sandbox_command,
        get_sandbox,
        get_sandbox_package_catalog,
        install_sandbox_skills,
        list_sandbox_activity,
        list_sandbox_files,
        list_sandbox_image_templates,
        list_sandbox_images,
        list_sandboxes,
        resume_sandbox,
        stop_sandbox,
        update_sandbox,
        upload_sandbox_file,
    )
    from ..._generated.models import (
        ExecRequest,
        ExecResult,
        Sandbox,
        SandboxActivity,
        SandboxCreate,
        SandboxFile,
        SandboxImage,
        SandboxImageTemplate,
        SandboxPackageCategory,
        SandboxUpdate,
        SkillInstallRequest,
        SkillInstallResult,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.sandboxes",
        "create_sandbox destroy_sandbox download_sandbox_file exec_sandbox_command get_sandbox get_sandbox_package_catalog install_sandbox_skills list_sandbox_activity list_sandbox_files list_sandbox_image_templates list_sandbox_images list_sandboxes resume_sandbox stop_sandbox update_sandbox upload_sandbox_file",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "ExecRequest ExecResult Sandbox SandboxActivity SandboxCreate SandboxFile SandboxImage SandboxImageTemplate SandboxPackageCategory SandboxUpdate SkillInstallRequest SkillInstallResult",
    )

__all__ = ["AsyncSandboxes"]

DEFAULT_IMAGE: Final = "mcpgateway/sandbox-runtime:latest"
# Extra HTTP read time granted to `exec` beyond the command's own limit (start-up, output transfer).
EXEC_TIMEOUT_MARGIN: Final = 10.0


def _check_mappings(fields: Mapping[str, Any], *names: str) -> None:
    for name in names:
        value = fields.get(name)
        if value is not None and not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a dict, got {type(value).__name__}")


def _metadata(value: Mapping[str, str] | None) -> dict[str, str] | None:
    """String labels as sent; `None` leaves them out."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"metadata must be a dict of str to str, got {type(value).__name__}")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError("metadata keys and values must be strings")
    return dict(value)


def _file_path(file_path: str) -> str:
    if not isinstance(file_path, str):
        raise TypeError(f"file_path must be a str, got {type(file_path).__name__}")
    return file_path


def _content_bytes(content: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    raise TypeError(f"content must be bytes or str, got {type(content).__name__}")


def _file_url(template: str, sandbox_id: str | UUID, file_path: str) -> str:
    """The 0.61 file URL: the id as one segment, the path by `sandbox_file_path`."""
    return template.format(
        sandbox_id=encode_segment(str(sandbox_id)), file_path=sandbox_file_path(file_path)
    )


class AsyncSandboxes(AsyncSandboxLogs):
    """Create, run commands in, move files to and from, stop, resume and destroy sandboxes.

    `upload_file` / `download_file` follow the later SDK's path rule: the path is trimmed, its
    leading `/` dropped (`/workspace/a.txt` and `workspace/a.txt` are the same file), a `..`
    segment is a `ValueError`. `upload` / `download` send the path as given (absolute
    `/workspace/data.csv` or relative `data.csv`, each segment percent-encoded; `.`, `..` and
    empty segments are a `ValueError`).
    """

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[Sandbox]:
        """The caller's sandboxes."""
        data = await self._core.request_json(list_sandboxes._get_kwargs(), options)
        return parse_list(data, Sandbox, "items")

    async def create(
        self,
        image: str = DEFAULT_IMAGE,
        metadata: Mapping[str, str] | None = None,
        *,
        idle_timeout_seconds: int | NotGiven = NOT_GIVEN,
        memory_mb: int | NotGiven | None = NOT_GIVEN,
        cpu_cores: float | NotGiven | None = NOT_GIVEN,
        disk_mb: int | NotGiven | None = NOT_GIVEN,
        env_vars: Mapping[str, str] | NotGiven = NOT_GIVEN,
        session_key: str | NotGiven | None = NOT_GIVEN,
        egress_policy: EgressPolicy | None = None,
        network_enabled: bool | None = None,
        mounts: Sequence[SandboxMountCreate | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Sandbox:
        """Start a sandbox from `image` and return it (its `status` may still be `creating`).

        Optional settings, sent only when passed: `metadata` (string labels, kept only when a
        sandbox is created), `idle_timeout_seconds` (gateway default 1800), `memory_mb`,
        `cpu_cores`, `disk_mb`, `env_vars`, `session_key` (the gateway hands back the sandbox
        that already has this key), `egress_policy` (an `EgressPolicy`) or the older
        `network_enabled` flag (not both: `ValueError`), and `mounts` (`SandboxMountCreate` or
        dicts of its fields, checked before sending). Never retried once sent.
        """
        if not isinstance(image, str) or not image:
            raise ValueError(f"image must be a non-empty string, got {image!r}")
        fields = given(
            image=image,
            idle_timeout_seconds=idle_timeout_seconds,
            memory_mb=memory_mb,
            cpu_cores=cpu_cores,
            disk_mb=disk_mb,
            env_vars=env_vars,
            session_key=session_key,
        )
        labels = _metadata(metadata)
        if labels is not None:
            fields["metadata"] = labels
        if mounts is not None:
            fields["mounts"] = mount_list(mounts)
        fields.update(egress_fields(fields, egress_policy, network_enabled))
        _check_mappings(fields, "env_vars")
        body = request_body(SandboxCreate, fields, "create")
        data = await self._core.request_json(create_sandbox._get_kwargs(body=body), options)
        return parse_model(data, Sandbox)

    async def acquire_or_create(
        self,
        session_key: str,
        skill_ids: Iterable[str | UUID] | None = None,
        *,
        egress_policy: EgressPolicy | None = None,
        network_enabled: bool | None = None,
        mounts: Sequence[SandboxMountCreate | Mapping[str, Any]] | None = None,
        image: str = DEFAULT_IMAGE,
        metadata: Mapping[str, str] | None = None,
        idle_timeout_seconds: int | NotGiven = NOT_GIVEN,
        memory_mb: int | NotGiven | None = NOT_GIVEN,
        cpu_cores: float | NotGiven | None = NOT_GIVEN,
        disk_mb: int | NotGiven | None = NOT_GIVEN,
        env_vars: Mapping[str, str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Sandbox:
        """The sandbox of `session_key`, created with the `create` settings if there is none
        (parallel calls with one key get one sandbox; an existing one keeps its metadata), then
        `skill_ids` installed in it when not empty. A failed install is raised; the sandbox is
        kept.
        """
        if not isinstance(session_key, str) or not session_key:
            raise ValueError("session_key must be a non-empty string")
        sandbox = await self.create(
            image,
            metadata,
            idle_timeout_seconds=idle_timeout_seconds,
            memory_mb=memory_mb,
            cpu_cores=cpu_cores,
            disk_mb=disk_mb,
            env_vars=env_vars,
            session_key=session_key,
            egress_policy=egress_policy,
            network_enabled=network_enabled,
            mounts=mounts,
            **options,
        )
        if skill_ids:
            await self.install_skills(sandbox.id, skill_ids, **options)
        return sandbox

    async def get(self, sandbox_id: str | UUID, **options: Unpack[RequestOptions]) -> Sandbox:
        """One sandbox."""
        request = get_sandbox._get_kwargs(sandbox_id=str(sandbox_id))
        return parse_model(await self._core.request_json(request, options), Sandbox)

    async def update(
        self,
        sandbox_id: str | UUID,
        *,
        idle_timeout_seconds: int | NotGiven | None = NOT_GIVEN,
        memory_mb: int | NotGiven | None = NOT_GIVEN,
        cpu_cores: float | NotGiven | None = NOT_GIVEN,
        disk_mb: int | NotGiven | None = NOT_GIVEN,
        session_key: str | NotGiven | None = NOT_GIVEN,
        env_vars: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        egress_policy: EgressPolicy | None = None,
        network_enabled: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Sandbox:
        """Change a sandbox's settings and return it; only the parameters passed are sent.

        The settings are those of `create`; an egress change (`egress_policy` or
        `network_enabled`, not both) needs a stopped sandbox.
        """
        fields = given(
            idle_timeout_seconds=idle_timeout_seconds,
            memory_mb=memory_mb,
            cpu_cores=cpu_cores,
            disk_mb=disk_mb,
            session_key=session_key,
            env_vars=env_vars,
            metadata=metadata,
        )
        fields.update(egress_fields(fields, egress_policy, network_enabled))
        _check_mappings(fields, "env_vars", "metadata")
        body = request_body(SandboxUpdate, fields, "update")
        request = update_sandbox._get_kwargs(sandbox_id=str(sandbox_id), body=body)
        return parse_model(await self._core.request_json(request, options), Sandbox)

    async def destroy(self, sandbox_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Remove a sandbox and its files for good."""
        await self._core.request_json(
            destroy_sandbox._get_kwargs(sandbox_id=str(sandbox_id)), options
        )

    async def exec(
        self,
        sandbox_id: str | UUID,
        command: str,
        timeout: int = 30,
        metadata: Mapping[str, str] | None = None,
        *,
        http_timeout: float | httpx.Timeout | None = None,
        **options: Unpack[NoTimeoutOptions],
    ) -> ExecResult:
        """Run a shell command in the sandbox; returns its `exit_code`, `stdout`, `stderr`.

        `metadata` (string labels) is stored with the call in the sandbox's log (`logs`).
        `timeout` (seconds) limits the command; by default the HTTP call waits at least 10 s
        longer. `http_timeout` sets this call's HTTP timeout instead (the `timeout=` request
        option of every other method). A non-zero exit code is not an exception. Never retried
        once sent.
        """
        if not isinstance(command, str):
            raise TypeError(
                f"command must be a str (a shell command line), got {type(command).__name__}"
            )
        if not command.strip():
            raise ValueError("command must not be empty")
        if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1:
            raise ValueError(f"timeout must be a positive whole number of seconds, got {timeout!r}")
        labels = _metadata(metadata)
        body = ExecRequest(
            command=command, timeout_seconds=timeout, metadata=UNSET if labels is None else labels
        )
        request = exec_sandbox_command._get_kwargs(sandbox_id=str(sandbox_id), body=body)
        wait = self._exec_timeout(timeout) if http_timeout is None else http_timeout
        data = await self._core.request_json(request, {**options, "timeout": wait})
        return parse_model(data, ExecResult)

    async def stop(self, sandbox_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Stop a sandbox, keeping its files (`resume` starts it again)."""
        request = stop_sandbox._get_kwargs(sandbox_id=str(sandbox_id))
        await self._core.request_json(request, options, idempotent=True)

    async def resume(self, sandbox_id: str | UUID, **options: Unpack[RequestOptions]) -> Sandbox:
        """Start a stopped sandbox again and return it."""
        request = resume_sandbox._get_kwargs(sandbox_id=str(sandbox_id))
        return parse_model(
            await self._core.request_json(request, options, idempotent=True), Sandbox
        )

    async def activity(
        self, sandbox_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> builtins.list[SandboxActivity]:
        """The sandbox's events (`action`, `timestamp`), oldest first."""
        request = list_sandbox_activity._get_kwargs(sandbox_id=str(sandbox_id))
        return parse_list(
            await self._core.request_json(request, options), SandboxActivity, "items", "activity"
        )

    async def list_files(
        self, sandbox_id: str | UUID, path: str = "/workspace", **options: Unpack[RequestOptions]
    ) -> builtins.list[SandboxFile]:
        """The entries of directory `path` in the sandbox (default `/workspace`, as in 0.28; the
        later SDK's default is `/attachments`, the uploads directory)."""
        request = list_sandbox_files._get_kwargs(sandbox_id=str(sandbox_id), path=path)
        return parse_list(await self._core.request_json(request, options), SandboxFile, "items")

    async def download(
        self, sandbox_id: str | UUID, file_path: str, **options: Unpack[RequestOptions]
    ) -> bytes:
        """The raw content of a file in the sandbox."""
        request = download_sandbox_file._get_kwargs(
            sandbox_id=str(sandbox_id), file_path=_file_path(file_path)
        )
        return await self._core.request_bytes(request, options)

    async def upload(
        self,
        sandbox_id: str | UUID,
        file_path: str,
        content: bytes | bytearray | memoryview | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create or replace a file in the sandbox; a `str` is written as UTF-8."""
        data = _content_bytes(content)
        request = upload_sandbox_file._get_kwargs(
            sandbox_id=str(sandbox_id),
            file_path=_file_path(file_path),
            body=File(payload=BytesIO(data)),
        )
        # Send the bytes themselves, not the generated stream: a retry can resend them, and an
        # async client cannot send a plain file object.
        request["content"] = data
        await self._core.request_json(request, options)

    async def download_file(
        self, sandbox_id: str | UUID, file_path: str, **options: Unpack[RequestOptions]
    ) -> bytes:
        """The raw content of a file in the sandbox; the path follows the class's 0.61 rule."""
        request = download_sandbox_file._get_kwargs(sandbox_id=str(sandbox_id), file_path="x")
        request["url"] = _file_url(download_sandbox_file.PATH, sandbox_id, file_path)
        return await self._core.request_bytes(request, options)

    async def upload_file(
        self,
        sandbox_id: str | UUID,
        file_path: str,
        content: bytes | bytearray | memoryview | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create or replace a file in the sandbox; the path follows the class's 0.61 rule."""
        url = _file_url(upload_sandbox_file.PATH, sandbox_id, file_path)
        data = _content_bytes(content)
        request = upload_sandbox_file._get_kwargs(
            sandbox_id=str(sandbox_id), file_path="x", body=File(payload=BytesIO(data))
        )
        request["url"] = url
        request["content"] = data
        await self._core.request_json(request, options)

    async def install_skills(
        self,
        sandbox_id: str | UUID,
        skill_ids: Iterable[str | UUID],
        **options: Unpack[RequestOptions],
    ) -> SkillInstallResult:
        """Copy skills into the sandbox; the result counts them (`installed`) and lists `errors`.

        Never retried once sent.
        """
        body = SkillInstallRequest(skill_ids=str_list(skill_ids, "skill_ids"))
        request = install_sandbox_skills._get_kwargs(sandbox_id=str(sandbox_id), body=body)
        return parse_model(await self._core.request_json(request, options), SkillInstallResult)

    async def list_images(self, **options: Unpack[RequestOptions]) -> builtins.list[SandboxImage]:
        """Images sandboxes can be created from (`name`, `tag`)."""
        data = await self._core.request_json(list_sandbox_images._get_kwargs(), options)
        return parse_list(data, SandboxImage, "items")

    async def image_templates(
        self, **options: Unpack[RequestOptions]
    ) -> builtins.list[SandboxImageTemplate]:
        """Templates for building sandbox images (`name`, `base_image`)."""
        data = await self._core.request_json(list_sandbox_image_templates._get_kwargs(), options)
        return parse_list(data, SandboxImageTemplate, "templates", "items")

    async def package_catalog(
        self, **options: Unpack[RequestOptions]
    ) -> builtins.list[SandboxPackageCategory]:
        """Packages that can be added to sandbox images, by category."""
        data = await self._core.request_json(get_sandbox_package_catalog._get_kwargs(), options)
        return parse_list(data, SandboxPackageCategory, "categories", "items")

    def _exec_timeout(self, timeout: int) -> float:
        """The HTTP timeout for an `exec` call: the client's, but at least `timeout` + margin."""
        read = self._core.config.timeout.read
        return max(float(read or 0.0), timeout + EXEC_TIMEOUT_MARGIN)
