"""The client-side checks of `gw.generation` and `servers.import_schema` that no real local
gateway can trigger: a gateway that ignores `access_mode` (echo mismatch, with the clean-up the
SDK runs), an unreadable 2xx, and `/health` answers that cannot confirm the capability. The
gateway here is `RecordingServer` (canned replies, every request recorded). The capability
check against real servers is in tests/e2e/test_generation.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mcpgateway_sdk import (
    AccessModeNotEnforcedError,
    ConflictError,
    GatewayCapabilityError,
    GenerationJobBusyError,
    GenerationOutcomeUnknownError,
)
from mcpgateway_sdk.models import AuthInference
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin

JOB = "0b8a36c4-2f7e-4a55-9f33-61c2d8e0a7b4"
SERVER = "908cf468-8378-4da7-85ea-158799705ebe"
GEN = "/api/v1/servers/generate"
HEALTH = {"status": "healthy", "version": "0.28.0", "capabilities": ["bundle_only_generation"]}


@pytest.fixture
def srv() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, srv: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key="k", url=srv.url, check_version=False, max_retries=0)
    yield t
    t.close()


def calls(srv: RecordingServer) -> list[tuple[str, str]]:
    return [(r.method, r.raw_path) for r in srv.requests]


def created(access_mode: str | None) -> dict[str, object]:
    body: dict[str, object] = {"job_id": JOB, "status": "pending", "server_name": "pets"}
    if access_mode is not None:
        body["access_mode"] = access_mode
    return body


@pytest.mark.parametrize("echoed", [None, "public"])
def test_start_echo_mismatch_cancels_and_deletes(
    twin: Twin, srv: RecordingServer, echoed: str | None
) -> None:
    srv.reply(200, HEALTH)
    srv.reply(201, created(echoed))
    srv.reply(200, {"job_id": JOB, "status": "cancelled", "message": "ok"})
    srv.reply(204)
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
    error = caught.value
    assert error.job_id == JOB and error.echoed_access_mode == "public"
    assert error.cleanup == {"cancel": "ok", "delete": "ok"} and error.cleaned_up
    assert calls(srv) == [
        ("GET", "/health"),
        ("POST", GEN),
        ("POST", f"{GEN}/{JOB}/cancel"),
        ("DELETE", f"{GEN}/{JOB}"),
    ]
    assert srv.requests[1].json()["access_mode"] == "bundle_only"


def test_cleanup_outcomes_when_the_job_is_already_stopped(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, HEALTH)
    srv.reply(201, created("public"))
    srv.reply(409, {"detail": "Job is failed: not cancellable"})
    srv.reply(200, {**success_example("get_generation_job")[1], "status": "failed"})
    srv.reply(404, {"detail": "Generation job not found"})
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
    assert caught.value.cleanup == {"cancel": "ok (already failed)", "delete": "ok (not found)"}
    assert caught.value.cleaned_up


def test_a_busy_cleanup_is_retried_once(twin: Twin, srv: RecordingServer) -> None:
    busy = {"error": {"code": "GENERATION_JOB_BUSY", "message": "deploying", "details": {}}}
    srv.reply(200, HEALTH)
    srv.reply(201, created("public"))
    srv.reply(409, busy)
    srv.reply(409, {"detail": "deploy running, retry shortly"})  # legacy busy: retried once
    srv.reply(500, {"detail": "boom"})
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
    assert caught.value.cleanup["cancel"].startswith("HTTP 409")
    assert caught.value.cleanup["delete"].startswith("HTTP 500")
    assert not caught.value.cleaned_up


def test_an_unreadable_start_answer(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(201, b"<html>ok</html>")
    with pytest.raises(GenerationOutcomeUnknownError) as caught:
        twin.call("generation.start", "openapi_json", "{}", "pets")
    assert caught.value.job_id is None and caught.value.retryable is False
    srv.reply(201, {"job_id": JOB, "status": 7})  # no server_name: job id salvaged
    with pytest.raises(GenerationOutcomeUnknownError) as public:
        twin.call("generation.start", "openapi_json", "{}", "pets")
    assert public.value.job_id == JOB and public.value.cleanup == {}
    srv.reply(200, HEALTH)
    srv.reply(201, {"job_id": JOB})
    srv.reply(200, {"job_id": JOB, "status": "cancelled", "message": ""})
    srv.reply(204)
    with pytest.raises(GenerationOutcomeUnknownError) as private:
        twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
    assert private.value.cleanup == {"cancel": "ok", "delete": "ok"} and private.value.cleaned_up


def test_import_schema_echo_mismatch_deletes_the_server(twin: Twin, srv: RecordingServer) -> None:
    server = {**success_example("import_server_schema")[1], "id": SERVER}
    server.pop("access_mode", None)
    srv.reply(201, server)
    srv.reply(204)
    with pytest.raises(AccessModeNotEnforcedError) as caught:
        twin.call("servers.import_schema", "pets", "{}", access_mode="bundle_only")
    assert caught.value.server_id == SERVER and caught.value.cleanup == {"delete": "ok"}
    assert caught.value.cleaned_up
    assert calls(srv) == [
        ("POST", "/api/v1/servers/import-schema"),
        ("DELETE", f"/api/v1/servers/{SERVER}"),
    ]
    assert srv.requests[0].json() == {"name": "pets", "spec": "{}", "access_mode": "bundle_only"}


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (503, {"detail": "down"}, "unreachable"),
        (200, b"not json", "unparseable"),
        (200, ["healthy"], "unparseable"),
        (200, {"status": "ok", "capabilities": "bundle_only_generation"}, "unparseable"),
        (200, {"status": "ok", "capabilities": [1]}, "unparseable"),
        (200, {"status": "ok", "capabilities": None}, "missing"),
        (200, {"status": "ok", "capabilities": ["other"]}, "missing"),
    ],
)
def test_capability_not_confirmed_sends_nothing(
    twin: Twin, srv: RecordingServer, status: int, body: object, reason: str
) -> None:
    srv.reply(status, body)
    with pytest.raises(GatewayCapabilityError) as caught:
        twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
    assert caught.value.reason == reason and caught.value.status_code == 0
    assert calls(srv) == [("GET", "/health")]


def test_capabilities_are_remembered_per_client(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(200, HEALTH)
    srv.reply(201, created("bundle_only"))
    srv.reply(201, created("bundle_only"))
    for _ in range(2):
        job = twin.call("generation.start", "openapi_json", "{}", "pets", access_mode="bundle_only")
        assert job.access_mode == "bundle_only"
    assert calls(srv) == [("GET", "/health"), ("POST", GEN), ("POST", GEN)]


@pytest.mark.parametrize("method", ["generation.cancel", "generation.delete"])
@pytest.mark.parametrize("code", [None, "CONFLICT"])
def test_legacy_busy_on_cancel_and_delete(
    twin: Twin, srv: RecordingServer, method: str, code: str | None
) -> None:
    body: dict[str, object] = {"detail": "A deploy is running; retry shortly"}
    if code is not None:
        body["error"] = {"code": code, "message": "busy", "details": {}}
    srv.reply(409, body)
    with pytest.raises(GenerationJobBusyError) as caught:
        twin.call(method, JOB)
    assert caught.value.code == (code or "GENERATION_JOB_BUSY") and caught.value.retryable
    assert caught.value.job_id is None and caught.value.retry_after is None


def test_legacy_busy_is_not_mapped_elsewhere(twin: Twin, srv: RecordingServer) -> None:
    srv.reply(409, {"detail": "A deploy is running; retry shortly"})
    with pytest.raises(ConflictError) as caught:
        twin.call("generation.approve", JOB)
    assert type(caught.value) is ConflictError


def test_auth_inference_from_an_analysis() -> None:
    auth = AuthInference.from_analysis(
        {"auth": {"type": "hmac", "config": {}, "source": "har", "extra": 1}}
    )
    assert auth is not None and (auth.type, auth.source, auth.evidence) == ("hmac", "har", "")
    for analysis in ({}, {"auth": None}, {"auth": "x"}, {"auth": {"type": 1, "source": "s"}}):
        assert AuthInference.from_analysis(analysis) is None
