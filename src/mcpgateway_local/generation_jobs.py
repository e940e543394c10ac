"""Generation jobs: an API description becomes a reviewed, then deployed, `generated` server.

States: `pending` -> `analyzing` (phase `analysis`, then `generation` while each tool is
planned: `tools_completed` / `tools_total`) -> `reviewing` (phase `review`; `analysis` readable)
-> `approved` (deploying) -> `deployed` (`mcp_server_id`); or `failed` (`error_message`) or
`cancelled`. The analysis runs as a background task (`generation_input.py`); approving starts
the deploy in the background: the server is created first (status `pending`), the API's base
URL is probed once, then the server is `running` and the job `deployed`. While a deploy holds a
job, cancelling or deleting it, or deleting its server, is a `JobBusy` 409. A live job
(`pending` .. `approved`) blocks another one for the same server name (`JobExists`).

One `GenerationJobs` per gateway (`gw.generation`, set by this module's `runtime` hook); jobs
interrupted by a restart are marked `failed` when it starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx

from .domain_errors import Conflict, Invalid, missing
from .generated_auth import declaration_for
from .generated_servers import create_generated_server
from .generation_errors import JobBusy, JobExists
from .generation_input import InputRefused, analysis_of, describe_input, inferred_auth
from .kinds import GENERATION_JOB, SERVER
from .openapi_tools import ApiDescription, ApiOperation
from .records import canonical_uuid, new_id, now_iso, public
from .state import GatewayState
from .store import Document
from .toolbox import Toolbox

__all__ = ["LIVE", "TERMINAL", "GenerationJobs", "runtime"]

logger = logging.getLogger(__name__)

TERMINAL = frozenset({"deployed", "failed", "cancelled"})
LIVE = frozenset({"pending", "analyzing", "generating", "reviewing", "approved"})
CANCELLABLE = frozenset({"pending", "analyzing", "generating", "reviewing"})
PROBE_TIMEOUT = 30.0


class GenerationJobs:
    """The jobs of one gateway and their background tasks."""

    def __init__(self, gw: GatewayState) -> None:
        self.gw = gw
        self.store = gw.store
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._deploying: dict[str, str] = {}
        """job id -> id of the server its deploy is creating."""

    @classmethod
    def of(cls, gw: GatewayState) -> GenerationJobs:
        """The gateway's job service (created on first use)."""
        jobs = gw.generation
        if isinstance(jobs, GenerationJobs):
            return jobs
        jobs = cls(gw)
        gw.generation = jobs
        return jobs

    @property
    def box(self) -> Toolbox:
        return Toolbox.of(self.gw)

    # -- records -----------------------------------------------------------------------------

    def job(self, job_id: str) -> Document:
        """The job, or 404."""
        canonical = canonical_uuid(job_id)
        doc = self.store.get(GENERATION_JOB, canonical) if canonical else None
        if doc is None:
            raise missing("Generation job")
        return doc

    @staticmethod
    def render(doc: Mapping[str, Any]) -> dict[str, Any]:
        """The `GenerationJob` wire form (`job_id`, not the store's `id`)."""
        return {k: v for k, v in public(doc).items() if k != "id"}

    def _save(self, doc: Document, **changes: Any) -> Document:
        doc.update(changes)
        doc["updated_at"] = now_iso()
        if doc["status"] in TERMINAL and not doc.get("completed_at"):
            doc["completed_at"] = doc["updated_at"]
        self.store.update(GENERATION_JOB, doc["job_id"], doc)
        return doc

    def page(self, page: int, page_size: int, status: str | None) -> dict[str, Any]:
        """One page of jobs, newest first."""
        docs = self.store.list(
            GENERATION_JOB, lambda d: status is None or d.get("status") == status
        )
        docs.sort(key=lambda d: str(d.get("created_at")), reverse=True)
        start = (page - 1) * page_size
        return {
            "items": [self.render(d) for d in docs[start : start + page_size]],
            "total": len(docs),
            "page": page,
            "page_size": page_size,
        }

    # -- start and analysis ------------------------------------------------------------------

    def start(
        self,
        *,
        input_type: str,
        input_content: str,
        server_name: str,
        auth_type: str | None,
        access_mode: str,
    ) -> Document:
        """Create a `pending` job and start its analysis."""
        folded = server_name.casefold()
        with self.store.transaction():
            for other in self.store.list(GENERATION_JOB):
                if other.get("status") in LIVE and str(other["server_name"]).casefold() == folded:
                    raise JobExists(server_name, str(other["job_id"]))
            if self.box.name_taken(server_name):
                raise Conflict(f"A server named '{server_name}' already exists")
            now = now_iso()
            doc: Document = {
                "id": new_id(),
                "status": "pending",
                "server_name": server_name,
                "access_mode": access_mode,
                "current_phase": None,
                "progress_percent": 0,
                "progress_message": "Queued for analysis",
                "tools_completed": None,
                "tools_total": None,
                "error_message": None,
                "mcp_server_id": None,
                "deployed_server": None,
                "created_at": now,
                "updated_at": now,
                "completed_at": None,
                "_input_type": input_type,
                "_input": input_content,
                "_auth_type": auth_type,
            }
            doc["job_id"] = doc["id"]
            self.store.insert(GENERATION_JOB, doc)
        self._spawn(doc["job_id"], self._analyze(doc["job_id"]))
        return doc

    def _spawn(self, job_id: str, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work, name=f"generation-{job_id}")
        self._tasks[job_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(job_id, None))

    def _current(self, job_id: str) -> Document | None:
        return self.store.get(GENERATION_JOB, job_id)

    async def _analyze(self, job_id: str) -> None:
        doc = self._current(job_id)
        if doc is None or doc["status"] != "pending":
            return
        self._save(
            doc,
            status="analyzing",
            current_phase="analysis",
            progress_percent=10,
            progress_message=f"Reading the API description ({doc['_input_type']})",
        )
        try:
            description = await describe_input(str(doc["_input_type"]), str(doc["_input"]))
        except InputRefused as exc:
            self._fail(job_id, exc.reason)
            return
        except Exception as exc:  # a bug must not leave the job analyzing forever
            logger.exception("analysis of generation job %s failed", job_id)
            self._fail(job_id, f"analysis failed: {type(exc).__name__}")
            return
        doc = self._current(job_id)
        if doc is None or doc["status"] != "analyzing":
            return  # cancelled or deleted meanwhile
        total = len(description.operations)
        self._save(
            doc,
            status="generating",
            current_phase="generation",
            progress_percent=40,
            progress_message=f"Planning {total} tools",
            tools_total=total,
            tools_completed=0,
        )
        auth = inferred_auth(description, doc.get("_auth_type"))
        self._save(
            doc,
            status="reviewing",
            current_phase="review",
            progress_percent=90,
            progress_message=f"{total} tools planned; waiting for approval",
            tools_completed=total,
            _analysis=analysis_of(description, auth),
            _operations=[op.to_json() for op in description.operations],
            _description={
                "title": description.title,
                "version": description.version,
                "base_url": description.base_url,
            },
            _input=None,
        )

    def _fail(self, job_id: str, reason: str) -> None:
        doc = self._current(job_id)
        if doc is not None and doc["status"] not in TERMINAL:
            self._save(doc, status="failed", error_message=reason, progress_message=reason)

    def analysis(self, job_id: str) -> dict[str, Any]:
        """`{job_id, analysis}` of a job that has one; 409 before (or without) it."""
        doc = self.job(job_id)
        analysis = doc.get("_analysis")
        if not isinstance(analysis, dict):
            reason = doc.get("error_message") or f"the job is {doc['status']}"
            raise Conflict(f"Generation job {doc['job_id']} has no analysis yet ({reason})")
        return {"job_id": doc["job_id"], "analysis": analysis}

    # -- approve and deploy ------------------------------------------------------------------

    def approve(
        self,
        job_id: str,
        *,
        selected_tools: Sequence[str] | None,
        tool_descriptions: Mapping[str, str] | None,
        api_title: str | None,
        credential_mode: str | None,
    ) -> Document:
        """Check the selection, mark the job `approved` and start its deploy."""
        doc = self.job(job_id)
        if doc["status"] != "reviewing":
            raise Conflict(
                f"Generation job {doc['job_id']} is {doc['status']}; only a job in review "
                "can be approved"
            )
        planned = [ApiOperation.from_json(o) for o in doc.get("_operations") or []]
        chosen = planned
        if selected_tools is not None:
            wanted = set(selected_tools)
            chosen = [op for op in planned if op.name in wanted]
        if not chosen:
            raise Invalid(
                ["body", "selected_tools"],
                "Nothing to deploy: the selection names none of the planned tools "
                f"({', '.join(op.name for op in planned[:20]) or 'none planned'})",
            )
        descriptions = dict(tool_descriptions or {})
        chosen = [
            _with_description(op, descriptions[op.name]) if op.name in descriptions else op
            for op in chosen
        ]
        if self.box.name_taken(str(doc["server_name"])):
            raise Conflict(f"A server named '{doc['server_name']}' already exists")
        self._save(
            doc,
            status="approved",
            progress_percent=95,
            progress_message=f"Deploying {len(chosen)} tools",
            _approval={"api_title": api_title, "credential_mode": credential_mode},
        )
        self._deploying[doc["job_id"]] = ""
        self._spawn(doc["job_id"], self._deploy(doc["job_id"], chosen))
        return doc

    async def _deploy(self, job_id: str, operations: list[ApiOperation]) -> None:
        try:
            doc = self._current(job_id)
            if doc is None:
                return
            meta = doc.get("_description") or {}
            description = ApiDescription(
                title=str(meta.get("title") or ""),
                version=str(meta.get("version") or ""),
                base_url=str(meta.get("base_url") or ""),
                operations=operations,
            )
            approval = doc.get("_approval") or {}
            auth = (doc.get("_analysis") or {}).get("auth")
            name = str(doc["server_name"])
            server = create_generated_server(
                self.box,
                name=name,
                display_name=str(approval.get("api_title") or description.title or name),
                description=description,
                operations=operations,
                declaration=declaration_for(auth if auth and auth.get("type") != "none" else None),
                access_mode=str(doc.get("access_mode") or "public"),
                source="generated",
                credential_mode=approval.get("credential_mode"),
                status="pending",
            )
            server_id = str(server["id"])
            self._deploying[job_id] = server_id
            self._save(doc, mcp_server_id=server_id, progress_message="Checking the API answers")
            reachable = await _probe(description.base_url)
            stored = self.store.get(SERVER, server_id)
            if stored is not None:
                stored["status"] = "running"
                self.box.save_server(stored)
            doc = self._current(job_id) or doc
            note = "" if reachable else " (the API did not answer the check; its tools may fail)"
            self._save(
                doc,
                status="deployed",
                current_phase="review",
                progress_percent=100,
                progress_message=f"Deployed {len(operations)} tools{note}",
                deployed_server={
                    "id": server_id,
                    "name": name,
                    "tool_count": len(operations),
                    "status": "running",
                },
            )
        except Exception as exc:
            logger.exception("deploy of generation job %s failed", job_id)
            self._fail(job_id, f"deploy failed: {getattr(exc, 'message', type(exc).__name__)}")
        finally:
            self._deploying.pop(job_id, None)

    # -- cancel, delete, server deletes -----------------------------------------------------

    def _busy(self, job_id: str) -> None:
        if job_id in self._deploying:
            raise JobBusy(job_id, self._deploying[job_id] or None)

    def cancel(self, job_id: str) -> Document:
        """Cancel a job not yet approved; busy while deploying; 409 when already final."""
        doc = self.job(job_id)
        self._busy(doc["job_id"])
        if doc["status"] not in CANCELLABLE:
            raise Conflict(f"Generation job {doc['job_id']} is {doc['status']}: not cancellable")
        task = self._tasks.get(doc["job_id"])
        if task is not None:
            task.cancel()
        return self._save(doc, status="cancelled", progress_message="Cancelled", _input=None)

    def delete(self, job_id: str) -> None:
        """Delete a job (a deployed server stays); busy while deploying."""
        doc = self.job(job_id)
        self._busy(doc["job_id"])
        task = self._tasks.get(doc["job_id"])
        if task is not None:
            task.cancel()
        self.store.delete(GENERATION_JOB, doc["job_id"])

    def check_server_delete(self, server_id: str) -> None:
        """`JobBusy` when a deploy is creating this server."""
        for job_id, deploying in self._deploying.items():
            if deploying and deploying == server_id:
                raise JobBusy(job_id, server_id)

    def forget_server(self, server_id: str) -> None:
        """Delete the jobs that deployed a server that is being deleted."""
        for doc in self.store.list(GENERATION_JOB, lambda d: d.get("mcp_server_id") == server_id):
            self.store.delete(GENERATION_JOB, doc["job_id"])

    def interrupted(self) -> None:
        """Mark the jobs a previous run left unfinished as failed."""
        for doc in self.store.list(
            GENERATION_JOB, lambda d: d.get("status") in LIVE - {"reviewing"}
        ):
            self._save(doc, status="failed", error_message="interrupted by a gateway restart")

    async def close(self) -> None:
        """Cancel the background tasks (shutdown)."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def _with_description(op: ApiOperation, text: str) -> ApiOperation:
    return ApiOperation(
        op.name, str(text), op.method, op.path, op.parameters, op.has_body, op.input_schema
    )


async def _probe(base_url: str) -> bool:
    """Whether the API's base URL answers at all (any HTTP status)."""
    if not base_url.startswith(("http://", "https://")):
        return False
    try:
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT, follow_redirects=False) as client:
            await client.get(base_url)
    except httpx.HTTPError:
        return False
    return True


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[GenerationJobs]:
    """App hook: the job service, jobs left unfinished failed, tasks cancelled at shutdown."""
    jobs = GenerationJobs.of(gw)
    jobs.interrupted()
    try:
        yield jobs
    finally:
        await jobs.close()
