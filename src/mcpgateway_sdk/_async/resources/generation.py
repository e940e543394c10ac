"""`gw.generation`: jobs that turn an API description into a server (start, poll, review, approve).

Every call but `start` and `list` needs a job id: `None`, `""` or blanks are a `ValueError` before
anything is sent. The sync twin is generated from this file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._exceptions import ConflictError, GatewayError, GenerationJobBusyError
from ..._exceptions_client import (
    AccessModeNotEnforcedError,
    GatewayCapabilityError,
    GenerationOutcomeUnknownError,
)
from ..._helpers import opt, parse_model, request_body, str_list, whole_number
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import numbered_page
from .._cleanup import attempt, step_ok, with_legacy_busy
from .._http import AsyncHTTPCore
from .._pages import AsyncPage
from ._base import AsyncResource
from .server_imports import echoed_access_mode

if TYPE_CHECKING:
    from ..._generated.api.health import get_health
    from ..._generated.api.servers import (
        approve_generation_job,
        cancel_generation_job,
        delete_generation_job,
        get_generation_analysis,
        get_generation_job,
        list_generation_jobs,
        start_generation_job,
    )
    from ..._generated.models import (
        GenerationAnalysis,
        GenerationApproval,
        GenerationJob,
        GenerationJobCreate,
        GenerationJobCreated,
        GenerationJobTransition,
    )
else:
    lazy_import(globals(), "mcpgateway_sdk._generated.api.health", "get_health", submodules=True)
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "approve_generation_job cancel_generation_job delete_generation_job get_generation_analysis get_generation_job list_generation_jobs start_generation_job",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "GenerationAnalysis GenerationApproval GenerationJob GenerationJobCreate GenerationJobCreated GenerationJobTransition",
    )

__all__ = ["BUNDLE_ONLY_GENERATION", "AsyncGeneration"]

BUNDLE_ONLY_GENERATION = "bundle_only_generation"
"""The `/health` capability a gateway advertises when it honours `access_mode` on jobs."""

_STOPPED = frozenset({"cancelled", "failed"})


def _job_id(job_id: str | UUID | None) -> str:
    """The job id as sent; `None`, empty or blank is refused before any request."""
    if job_id is None or not str(job_id).strip():
        raise ValueError(f"job_id must be a non-empty job id, got {job_id!r}")
    return str(job_id)


def _salvage_job_id(raw: object) -> str | None:
    """The job id of an unreadable create answer, when it is a real UUID."""
    value = raw.get("job_id") if isinstance(raw, Mapping) else None
    if not value:
        return None
    try:
        return str(UUID(str(value)))
    except ValueError:
        return None


def _read_created(raw: object) -> GenerationJobCreated:
    """`GenerationJobCreated` with every field read (so a bad value fails here); ValueError else."""
    if not isinstance(raw, Mapping):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    try:
        created = GenerationJobCreated.from_dict(raw)
        _ = (created.job_id, created.status, created.server_name, created.access_mode)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"unreadable field: {exc}") from exc
    if not isinstance(raw.get("status"), str) or not isinstance(raw.get("server_name"), str):
        raise ValueError("`status` and `server_name` must be strings")
    return created


class AsyncGeneration(AsyncResource):
    """Generation jobs (admin): `start` -> poll `get` until `reviewing` -> `analysis` ->
    `approve` -> poll until `deployed` (`mcp_server_id` is the new server). A local gateway
    analyses OpenAPI/Swagger input only; free text needs a gateway with a language model."""

    __slots__ = ("_capabilities",)

    def __init__(self, core: AsyncHTTPCore) -> None:
        super().__init__(core)
        self._capabilities: frozenset[str] = frozenset()

    async def _require(self, capability: str) -> None:
        """Fail closed (`GatewayCapabilityError`) unless `/health` advertises `capability`.

        Advertised capabilities are remembered for this client; failures are not.
        """
        if capability in self._capabilities:
            return
        head = f"cannot confirm the gateway supports {capability!r}; nothing was created"
        try:
            response = await self._core.send(get_health._get_kwargs(), {"max_retries": 0})
        except GatewayError as exc:
            raise GatewayCapabilityError(
                f"{head}: GET /health failed: {exc}", capability=capability, reason="unreachable"
            ) from exc
        try:
            health = json.loads(response.content)
        except ValueError as exc:
            raise GatewayCapabilityError(
                f"{head}: GET /health did not answer JSON",
                capability=capability,
                reason="unparseable",
            ) from exc
        if not isinstance(health, dict):
            raise GatewayCapabilityError(
                f"{head}: GET /health answered a {type(health).__name__}, not an object",
                capability=capability,
                reason="unparseable",
            )
        version = health.get("app_version") or health.get("version") or "unknown"
        advertised = health.get("capabilities")
        if advertised is None:
            raise GatewayCapabilityError(
                f"{head}: gateway {version} predates capability negotiation; upgrade it",
                capability=capability,
                reason="missing",
            )
        if not isinstance(advertised, list) or not all(isinstance(c, str) for c in advertised):
            raise GatewayCapabilityError(
                f"{head}: GET /health `capabilities` is not a list of strings",
                capability=capability,
                reason="unparseable",
            )
        self._capabilities = self._capabilities | frozenset(advertised)
        if capability not in advertised:
            raise GatewayCapabilityError(
                f"{head}: gateway {version} does not advertise it; upgrade it",
                capability=capability,
                reason="missing",
            )

    async def start(
        self,
        input_type: str,
        input_content: str,
        server_name: str,
        *,
        auth_type: str | None = None,
        api_credentials: Mapping[str, str] | None = None,
        access_mode: str = "public",
        **options: Unpack[RequestOptions],
    ) -> GenerationJobCreated:
        """Start a job that reads `input_content` as `input_type` and will deploy `server_name`.

        `input_type`: `openapi_json`, `openapi_yaml` (the spec text), `swagger_url`, `docs_url`,
        `url` (a URL the gateway fetches), `raw_text`, `text` (free text). `auth_type` overrides
        the inferred authentication; `api_credentials` are HTTP headers the gateway may use to
        probe read-only endpoints. For `access_mode` other than `public` the gateway must first
        advertise `bundle_only_generation` on `/health` (`GatewayCapabilityError` otherwise,
        nothing created), and the created job must echo it: if not, the job is cancelled and
        deleted and `AccessModeNotEnforcedError` raised. A 2xx the SDK cannot read is a
        `GenerationOutcomeUnknownError` (`job_id` when readable). A live job for the same name
        is `GenerationJobExistsError` (`existing_job_id`). Never retried once sent.
        """
        fields: dict[str, Any] = {
            "input_type": input_type,
            "input_content": input_content,
            "server_name": server_name,
        }
        if auth_type is not None:
            fields["auth_type"] = auth_type
        if api_credentials is not None:
            fields["api_credentials"] = dict(api_credentials)
        if access_mode != "public":
            fields["access_mode"] = access_mode
            await self._require(BUNDLE_ONLY_GENERATION)
        body = request_body(GenerationJobCreate, fields, "start")
        response = await self._core.send(start_generation_job._get_kwargs(body=body), options)
        try:
            raw = json.loads(response.content)
        except ValueError:
            raise GenerationOutcomeUnknownError(
                "POST /api/v1/servers/generate succeeded but its answer is not JSON; a job may "
                f"exist: check generation.list() for {server_name!r} before starting again"
            ) from None
        try:
            created = _read_created(raw)
        except ValueError as exc:
            raise await self._outcome_unknown(raw, server_name, access_mode, str(exc)) from exc
        echoed = echoed_access_mode(raw)
        if access_mode != "public" and echoed != access_mode:
            job_id = str(created.job_id)
            raise AccessModeNotEnforcedError(
                job_id=job_id,
                requested_access_mode=access_mode,
                echoed_access_mode=echoed,
                cleanup=await self._cleanup(job_id),
            )
        return created

    async def _outcome_unknown(
        self, raw: object, server_name: str, access_mode: str, problem: str
    ) -> GenerationOutcomeUnknownError:
        head = f"POST /api/v1/servers/generate succeeded but its answer is unreadable ({problem})"
        job_id = _salvage_job_id(raw)
        if job_id is None:
            return GenerationOutcomeUnknownError(
                f"{head}; a job may exist: check generation.list() for {server_name!r}"
            )
        if access_mode == "public":
            return GenerationOutcomeUnknownError(
                f"{head}; job {job_id} was probably created: check generation.get()",
                job_id=job_id,
            )
        cleanup = await self._cleanup(job_id)
        steps = " ".join(f"{step}={outcome}" for step, outcome in cleanup.items())
        if step_ok(cleanup["cancel"]):
            tail = f"job {job_id} was cleaned up: {steps}"
        else:
            tail = (
                f"cleaning up job {job_id} failed: {steps}; it may still deploy a PUBLIC "
                "server: cancel and delete it yourself"
            )
        return GenerationOutcomeUnknownError(f"{head}; {tail}", job_id=job_id, cleanup=cleanup)

    async def _cleanup(self, job_id: str) -> dict[str, str]:
        """Cancel, then delete, a job this call created; never raises."""
        cancel, error = await attempt(lambda: self.cancel(job_id))
        if isinstance(error, ConflictError) and not isinstance(error, GenerationJobBusyError):
            try:
                status = (await self.get(job_id)).status
            except (GatewayError, ValueError):
                status = ""
            if status in _STOPPED:
                cancel = f"ok (already {status})"
        delete, _ = await attempt(lambda: self.delete(job_id))
        return {"cancel": cancel, "delete": delete}

    async def list(
        self,
        *,
        page: int = 1,
        page_size: int = 20,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[GenerationJob]:
        """One page of jobs (`page` from 1), newest first, optionally only those with `status`.

        The page is a list with `total`, `page`, `page_size`, `has_more`, `next_page()` and
        `auto_paging_iter()`.
        """
        whole_number(page, "page", 1)
        whole_number(page_size, "page_size", 1)
        request = list_generation_jobs._get_kwargs(
            page=page, page_size=page_size, status=opt(status)
        )
        data = await self._core.request_json(request, options)
        if not isinstance(data, Mapping):
            raise GatewayError(
                200, f"expected a GenerationJobPage object, got {type(data).__name__}"
            )
        return AsyncPage(
            numbered_page(data, GenerationJob, page, page_size),
            lambda: self.list(page=page + 1, page_size=page_size, status=status, **options),
        )

    async def get(self, job_id: str | UUID, **options: Unpack[RequestOptions]) -> GenerationJob:
        """A job's status and progress (`current_phase`, `progress_percent`, `tools_total` ...)."""
        request = get_generation_job._get_kwargs(job_id=_job_id(job_id))
        return parse_model(await self._core.request_json(request, options), GenerationJob)

    async def analysis(
        self, job_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> dict[str, Any]:
        """What the analysis of a job in `reviewing` found: `api_title`, `base_url`, the planned
        `tools` and the inferred `auth` (`type`, `config`, `source`, `evidence`)."""
        request = get_generation_analysis._get_kwargs(job_id=_job_id(job_id))
        result = parse_model(await self._core.request_json(request, options), GenerationAnalysis)
        analysis: dict[str, Any] = result.analysis
        return analysis

    async def approve(
        self,
        job_id: str | UUID,
        *,
        selected_tools: Sequence[str] | None = None,
        credential_mode: str | None = None,
        api_title: str | None = None,
        tool_descriptions: Mapping[str, str] | None = None,
        feedback: str | None = None,
        expected_access_mode: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerationJobTransition:
        """Approve a job in `reviewing`: it deploys `selected_tools` (all planned ones when
        `None`) with `tool_descriptions` replacing theirs; poll `get` until `deployed`.

        `credential_mode` (`managed`, `user_provided`, `none`), `api_title` and `feedback` are
        sent only when given. With `expected_access_mode`, the job is read first and a job of
        another access mode raises `AccessModeNotEnforcedError` with nothing approved (pass it
        for a job you did not just create, e.g. `GenerationJobExistsError.existing_job_id`). A
        selection that deploys nothing is a `ValidationError` (422); the job stays in review.
        """
        jid = _job_id(job_id)
        if expected_access_mode is not None:
            job = await self.get(jid, **options)
            echoed = job.access_mode or "public"
            if echoed != expected_access_mode:
                raise AccessModeNotEnforcedError(
                    job_id=jid,
                    requested_access_mode=expected_access_mode,
                    echoed_access_mode=echoed,
                )
        fields: dict[str, Any] = {
            "selected_tools": None
            if selected_tools is None
            else str_list(selected_tools, "selected_tools"),
            "credential_mode": credential_mode,
            "api_title": api_title,
            "tool_descriptions": None if tool_descriptions is None else dict(tool_descriptions),
            "feedback": feedback,
        }
        payload = {key: value for key, value in fields.items() if value is not None}
        body = request_body(GenerationApproval, payload, "approve")
        request = approve_generation_job._get_kwargs(job_id=jid, body=body)
        data = await self._core.request_json(request, options)
        return parse_model(data, GenerationJobTransition)

    async def cancel(
        self, job_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> GenerationJobTransition:
        """Cancel a job that is not deployed. A 409 while a deploy holds it is
        `GenerationJobBusyError` (retry shortly); a job past cancelling is a `ConflictError`."""
        request = cancel_generation_job._get_kwargs(job_id=_job_id(job_id))
        data = await with_legacy_busy(lambda: self._core.request_json(request, options))
        return parse_model(data, GenerationJobTransition)

    async def delete(self, job_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete a job and its stored input (a deployed server stays). A 409 while a deploy
        holds it is `GenerationJobBusyError` (retry shortly)."""
        request = delete_generation_job._get_kwargs(job_id=_job_id(job_id))
        await with_legacy_busy(lambda: self._core.request_json(request, options))
