"""`gw.generation` end to end on both clients against a real local gateway: a job from an API's
OpenAPI document to a deployed server whose tool is called, cancel, a duplicate (409 exists), a
busy deploy (409 busy), free text (failed: no language model), the access-mode checks.

The API is the loopback pet store of `tests/support/api_peer.py`; its `GET /` is what a deploy
checks, and `root_delay` keeps a deploy busy for as long as a test needs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import (
    AccessModeNotEnforcedError,
    ConflictError,
    GatewayCapabilityError,
    GenerationJobBusyError,
    GenerationJobExistsError,
    ValidationError,
)
from mcpgateway_sdk.models import AuthInference
from tests.support.api_peer import ApiPeer
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def peer() -> Iterator[ApiPeer]:
    with ApiPeer() as api:
        yield api


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def wait_for(twin: Twin, job_id: Any, done: Callable[[Any], bool], timeout: float = 20) -> Any:
    """Poll `generation.get` until `done(job)`."""
    deadline = time.monotonic() + timeout
    while True:
        job = twin.call("generation.get", job_id)
        if done(job) or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def reviewing(twin: Twin, peer: ApiPeer, name: str, **kwargs: Any) -> Any:
    created = twin.call("generation.start", "openapi_json", peer.spec_json(), name, **kwargs)
    job = wait_for(twin, created.job_id, lambda j: j.status in ("reviewing", "failed"))
    assert job.status == "reviewing", job.error_message
    return job


def test_start_review_approve_deploy_and_call(twin: Twin, peer: ApiPeer) -> None:
    name = f"gen-pets-{twin.mode}"
    created = twin.call("generation.start", "openapi_yaml", peer.spec_yaml(), name)
    assert created.status == "pending" and created.server_name == name
    assert created.access_mode == "public"
    job = wait_for(twin, created.job_id, lambda j: j.status == "reviewing")
    assert job.current_phase == "review" and job.tools_total == job.tools_completed == 3
    assert job.created_at <= job.updated_at and job.completed_at is None

    analysis = twin.call("generation.analysis", created.job_id)
    assert [t["name"] for t in analysis["tools"]] == ["listPets", "createPet", "getPet"]
    assert analysis["base_url"] == peer.url and analysis["api_title"] == "Pet Store"
    inferred = AuthInference.from_analysis(analysis)
    assert inferred is not None and inferred.to_dict() == {
        "type": "api_key",
        "config": {"location": "header", "name": "X-API-Key"},
        "source": "openapi",
        "evidence": "security scheme 'ApiKeyAuth' (apiKey)",
    }

    with pytest.raises(ValidationError):  # nothing would deploy; the job stays in review
        twin.call("generation.approve", created.job_id, selected_tools=["nope"])
    assert twin.call("generation.get", created.job_id).status == "reviewing"

    approved = twin.call(
        "generation.approve",
        created.job_id,
        selected_tools=["listPets", "getPet"],
        tool_descriptions={"listPets": "Every pet in the store"},
        api_title="Pets (generated)",
    )
    assert approved.status == "approved"
    job = wait_for(twin, created.job_id, lambda j: j.status in ("deployed", "failed"))
    assert job.status == "deployed" and job.progress_percent == 100 and job.completed_at
    assert job.deployed_server["name"] == name and job.deployed_server["tool_count"] == 2

    server = twin.call("servers.get", job.mcp_server_id)
    assert server.status == "running" and server.display_name == "Pets (generated)"
    tools = {t.name: t for t in twin.call("servers.list_tools", server.id)}
    assert set(tools) == {"listPets", "getPet"}
    assert tools["listPets"].description == "Every pet in the store"
    result = twin.call("tools.execute", f"{name}__listPets", {"limit": 1})
    assert result.error is None and result.result == [{"id": 1, "name": "Rex", "tag": "dog"}]

    page = twin.call("generation.list", status="deployed")
    assert created.job_id in [j.job_id for j in page] and page.total >= 1
    with pytest.raises(ConflictError):  # deployed: not cancellable
        twin.call("generation.cancel", created.job_id)
    twin.call("servers.delete", server.id)  # deletes its jobs too
    assert created.job_id not in [j.job_id for j in twin.call("generation.list", page_size=100)]


def test_cancel_and_delete(twin: Twin, peer: ApiPeer) -> None:
    job = reviewing(twin, peer, f"gen-cancel-{twin.mode}")
    cancelled = twin.call("generation.cancel", job.job_id)
    assert cancelled.status == "cancelled" and cancelled.job_id == job.job_id
    assert twin.call("generation.get", job.job_id).completed_at is not None
    with pytest.raises(ConflictError) as again:
        twin.call("generation.cancel", job.job_id)
    assert not isinstance(again.value, GenerationJobBusyError)
    twin.call("generation.delete", job.job_id)
    with pytest.raises(Exception) as gone:
        twin.call("generation.get", job.job_id)
    assert getattr(gone.value, "status_code", None) == 404


def test_a_live_job_blocks_a_second_one_for_the_same_name(twin: Twin, peer: ApiPeer) -> None:
    name = f"gen-dup-{twin.mode}"
    first = reviewing(twin, peer, name)
    with pytest.raises(GenerationJobExistsError) as caught:
        twin.call("generation.start", "openapi_json", peer.spec_json(), name)
    assert caught.value.existing_job_id == str(first.job_id)
    assert caught.value.code == "GENERATION_JOB_EXISTS" and caught.value.retryable is False
    twin.call("generation.cancel", first.job_id)
    second = twin.call("generation.start", "openapi_json", peer.spec_json(), name)
    twin.call("generation.cancel", second.job_id)


def test_a_deploying_job_is_busy(twin: Twin, peer: ApiPeer) -> None:
    name = f"gen-busy-{twin.mode}"
    job = reviewing(twin, peer, name)
    peer.root_delay = 3.0  # the deploy's check of the API takes this long
    try:
        twin.call("generation.approve", job.job_id)
        job = wait_for(twin, job.job_id, lambda j: j.mcp_server_id is not None)
        assert job.status == "approved"
        with pytest.raises(GenerationJobBusyError) as busy:
            twin.call("generation.cancel", job.job_id)
        assert busy.value.job_id == str(job.job_id) and busy.value.retryable is True
        assert busy.value.server_id == str(job.mcp_server_id)
        with pytest.raises(GenerationJobBusyError):
            twin.call("generation.delete", job.job_id)
        with pytest.raises(GenerationJobBusyError) as server_busy:
            twin.call("servers.delete", job.mcp_server_id)
        assert server_busy.value.code == "GENERATION_JOB_BUSY"
        bulk = twin.call("servers.bulk_action", "delete", [job.mcp_server_id])
        assert bulk.failed == 1 and "retry shortly" in bulk.results[0].error
    finally:
        peer.root_delay = 0.0
    job = wait_for(twin, job.job_id, lambda j: j.status in ("deployed", "failed"))
    assert job.status == "deployed"
    twin.call("generation.delete", job.job_id)  # the server stays
    assert twin.call("servers.get", job.mcp_server_id).status == "running"
    twin.call("servers.delete", job.mcp_server_id)


@pytest.mark.parametrize("input_type", ["raw_text", "text", "docs_url"])
def test_free_text_fails_without_a_language_model(twin: Twin, input_type: str) -> None:
    created = twin.call(
        "generation.start", input_type, "A pet store API with pets.", f"gen-txt-{twin.mode}"
    )
    job = wait_for(twin, created.job_id, lambda j: j.status == "failed")
    assert job.status == "failed" and "no language model" in job.error_message
    with pytest.raises(ConflictError):
        twin.call("generation.analysis", created.job_id)
    twin.call("generation.delete", created.job_id)


def test_a_url_input_is_fetched_from_loopback_only(twin: Twin, peer: ApiPeer) -> None:
    created = twin.call(
        "generation.start", "url", peer.url + "/openapi.json", f"gen-url-{twin.mode}"
    )
    job = wait_for(twin, created.job_id, lambda j: j.status in ("reviewing", "failed"))
    assert job.status == "reviewing" and job.tools_total == 3
    remote = twin.call(
        "generation.start", "swagger_url", "https://example.com/x.json", f"gen-far-{twin.mode}"
    )
    job = wait_for(twin, remote.job_id, lambda j: j.status == "failed")
    assert "loopback" in job.error_message
    for job_id in (created.job_id, remote.job_id):
        twin.call("generation.delete", job_id)


def test_bundle_only_jobs_and_the_approve_check(twin: Twin, peer: ApiPeer) -> None:
    private = twin.call(
        "generation.start",
        "openapi_json",
        peer.spec_json(),
        f"gen-private-{twin.mode}",
        access_mode="bundle_only",
    )
    assert private.access_mode == "bundle_only"  # capability advertised, echo matched
    public = reviewing(twin, peer, f"gen-public-{twin.mode}")
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("generation.approve", public.job_id, expected_access_mode="bundle_only")
    assert caught.value.job_id == str(public.job_id) and caught.value.cleanup == {}
    assert caught.value.cleaned_up is False and caught.value.echoed_access_mode == "public"
    assert twin.call("generation.get", public.job_id).status == "reviewing"  # not approved
    for job_id in (private.job_id, public.job_id):
        twin.call("generation.cancel", job_id)
        twin.call("generation.delete", job_id)


def test_capability_missing_on_a_server_without_negotiation(peer: ApiPeer) -> None:
    # The pet store's /health knows nothing of capabilities: nothing may be created.
    for mode in MODES:
        t = Twin(mode, api_key="k", url=peer.url, check_version=False)
        try:
            before = len(peer.requests)
            with pytest.raises(GatewayCapabilityError) as caught:
                t.call("generation.start", "openapi_json", "{}", "x", access_mode="bundle_only")
            assert caught.value.reason == "missing"
            assert caught.value.capability == "bundle_only_generation"
            assert [(r.method, r.path) for r in peer.requests[before:]] == [("GET", "/health")]
        finally:
            t.close()
