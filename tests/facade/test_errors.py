"""Exceptions as both published SDKs define them, plus ours: construct, raise, catch, pickle, map.

Mapping tests send real error replies from a loopback server and read what the SDK raises.
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

import mcpgateway_sdk
import mcpgateway_sdk.exceptions as public
from mcpgateway_sdk import (
    AccessModeNotEnforcedError,
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayCapabilityError,
    GatewayConnectionError,
    GatewayError,
    GatewayTimeoutError,
    GenerationJobBusyError,
    GenerationJobExistsError,
    GenerationOutcomeUnknownError,
    NotFoundError,
    RateLimitError,
    ServerError,
    SkillFileAmbiguous,
    SkillFileMissing,
    SkillFrontmatterMissingField,
    SkillMalformedFrontmatter,
    ValidationError,
)
from tests.support.recording_server import RecordingServer
from tests.support.twins import MODES, Twin

SID = "908cf468-8378-4da7-85ea-158799705ebe"

# class, its status, its code constant (None: no code of its own), parent
STATUS_CLASSES: list[tuple[type[GatewayError], int, str | None, type[GatewayError]]] = [
    (AuthError, 401, None, GatewayError),
    (ForbiddenError, 403, None, GatewayError),
    (NotFoundError, 404, None, GatewayError),
    (ConflictError, 409, None, GatewayError),
    (ValidationError, 422, None, GatewayError),
    (RateLimitError, 429, None, GatewayError),
    (ServerError, 500, None, GatewayError),
    (GatewayConnectionError, 0, None, GatewayError),
    (GatewayTimeoutError, 0, None, GatewayConnectionError),
    (SkillFileMissing, 422, "skill-file-missing", ValidationError),
    (SkillFileAmbiguous, 422, "skill-file-ambiguous", ValidationError),
    (SkillMalformedFrontmatter, 422, "skill-malformed-frontmatter", ValidationError),
    (SkillFrontmatterMissingField, 422, "skill-frontmatter-missing-field", ValidationError),
    (GenerationJobExistsError, 409, "GENERATION_JOB_EXISTS", ConflictError),
    (GenerationJobBusyError, 409, "GENERATION_JOB_BUSY", ConflictError),
]


def every_error() -> list[GatewayError]:
    """One instance of every public exception class, with its typed attributes set."""
    return [
        GatewayError(418, "teapot", code="TEA", retryable=False),
        *(cls("boom", code="C", method="GET", path="/p") for cls, *_ in STATUS_CLASSES),
        SkillFileAmbiguous(details={"found_paths": ["a/SKILL.md", "b/SKILL.md"]}),
        SkillMalformedFrontmatter(details={"parse_error": "line 2"}),
        SkillFrontmatterMissingField(details={"missing_fields": ["name"]}),
        GenerationJobExistsError(existing_job_id="job-1"),
        GenerationJobBusyError(job_id="job-2", server_id="srv-2"),
        GatewayCapabilityError("too old", capability="bundle_only_generation", reason="missing"),
        AccessModeNotEnforcedError(
            requested_access_mode="bundle_only",
            echoed_access_mode="public",
            server_id="srv",
            cleanup={"delete": "ok"},
        ),
        GenerationOutcomeUnknownError("unreadable", job_id="job-3", cleanup={"cancel": "ok"}),
    ]


@pytest.mark.parametrize(("cls", "status", "code", "parent"), STATUS_CLASSES)
def test_status_classes_construct_message_first(
    cls: type[Any], status: int, code: str | None, parent: type[GatewayError]
) -> None:
    bare = cls()
    assert issubclass(cls, parent)
    assert bare.status_code == status and bare.message and bare.code == code
    assert cls("gone").message == "gone"
    assert cls(code="X").code == "X"
    assert cls("m", retry_after=2.5).retry_after == 2.5


def test_gateway_error_takes_status_and_message_like_both_published_sdks() -> None:
    err = GatewayError(503, "busy", code="OAUTH_REFRESH_UNAVAILABLE", retryable=True)
    assert (err.status_code, err.message, err.code, err.retryable) == (
        503, "busy", "OAUTH_REFRESH_UNAVAILABLE", True,
    )  # fmt: skip
    assert err.retry_after is None and str(err) == "[503] busy"
    assert err.args == ("[503] busy",) and NotFoundError().args == ("[404] Not found",)
    assert GatewayError.retry_after is None  # a class-level default, as in 0.61


def test_typed_attributes_and_retryable_defaults() -> None:
    assert SkillFileAmbiguous(details={"found_paths": ["x", 1]}).found_paths == ["x", "1"]
    assert SkillFileAmbiguous(details={"found_paths": "x"}).found_paths == []
    assert SkillMalformedFrontmatter(details={"parse_error": 3}).parse_error == ""
    assert SkillFrontmatterMissingField().missing_fields == []
    exists = GenerationJobExistsError(details={"existing_job_id": 7})
    assert exists.existing_job_id == "7" and exists.retryable is False
    busy = GenerationJobBusyError()
    assert busy.retryable is True and busy.job_id is None and busy.server_id is None
    assert GenerationOutcomeUnknownError("x").retryable is False
    assert NotFoundError().retryable is None


@pytest.mark.parametrize("err", every_error(), ids=lambda e: type(e).__name__)
def test_every_exception_pickles_with_its_attributes(err: GatewayError) -> None:
    err.add_note("context added by the caller")
    try:
        raise err
    except GatewayError as caught:
        copy = pickle.loads(pickle.dumps(caught))
    assert type(copy) is type(err)
    assert copy.__dict__ == err.__dict__
    assert str(copy) == str(err) and copy.args == err.args


@pytest.mark.parametrize("err", every_error(), ids=lambda e: type(e).__name__)
def test_tracebacks_show_the_public_module(err: GatewayError) -> None:
    name = type(err).__name__
    assert type(err).__module__ == "mcpgateway_sdk"
    assert getattr(mcpgateway_sdk, name) is type(err) is getattr(public, name)
    assert name in mcpgateway_sdk.__all__ and name in public.__all__
    text = "".join(traceback.format_exception_only(err))
    assert text.startswith(f"mcpgateway_sdk.{name}: ")


def test_old_private_module_still_imports() -> None:
    from mcpgateway_sdk._exceptions import GatewayError as Old

    assert Old is GatewayError


# --------------------------------------------------------------------------- from responses


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, server: RecordingServer) -> Iterator[Twin]:
    t = Twin(request.param, api_key="k", url=server.url, max_retries=0)
    yield t
    t.close()


def raised(twin: Twin, server: RecordingServer, status: int, body: Any, **headers: str) -> Any:
    server.reply(status, body, headers)
    with pytest.raises(GatewayError) as info:
        twin.call("skills.upload", content=b"zip", filename="s.zip")
    return info.value


@pytest.mark.parametrize(
    ("code", "details", "cls", "attribute", "value"),
    [
        ("skill-file-missing", {}, SkillFileMissing, "code", "skill-file-missing"),
        ("skill-file-ambiguous", {"found_paths": ["a/SKILL.md", "b/skill.md"]},
         SkillFileAmbiguous, "found_paths", ["a/SKILL.md", "b/skill.md"]),
        ("skill-malformed-frontmatter", {"parse_error": "bad yaml"},
         SkillMalformedFrontmatter, "parse_error", "bad yaml"),
        ("skill-frontmatter-missing-field", {"missing_fields": ["name", "description"]},
         SkillFrontmatterMissingField, "missing_fields", ["name", "description"]),
    ],
)  # fmt: skip
def test_skill_upload_422_codes_become_typed_errors(
    twin: Twin,
    server: RecordingServer,
    code: str,
    details: Any,
    cls: type,
    attribute: str,
    value: Any,
) -> None:
    body = {"error": {"code": code, "message": "refused", "details": details}}
    err = raised(twin, server, 422, body)
    assert type(err) is cls and isinstance(err, ValidationError)
    assert err.message == "refused" and err.code == code and err.details == details
    assert getattr(err, attribute) == value


def test_validation_item_carrying_a_known_code_is_typed(
    twin: Twin, server: RecordingServer
) -> None:
    """The local gateway reports package problems as one FastAPI item with the code as `type`."""
    item = {
        "loc": ["body", "file"],
        "msg": "skill-file-ambiguous: two SKILL.md",
        "type": "skill-file-ambiguous",
        "ctx": {"found_paths": ["a/SKILL.md", "b/SKILL.md"]},
    }
    err = raised(twin, server, 422, {"detail": [item]})
    assert type(err) is SkillFileAmbiguous
    assert err.found_paths == ["a/SKILL.md", "b/SKILL.md"]
    plain = raised(
        twin, server, 422, {"detail": [{"loc": ["body"], "msg": "x", "type": "missing"}]}
    )
    assert type(plain) is ValidationError and plain.code is None


def test_generation_409_codes_become_typed_errors(twin: Twin, server: RecordingServer) -> None:
    exists = raised(
        twin, server, 409,
        {"error": {"code": "GENERATION_JOB_EXISTS", "message": "live",
                   "details": {"existing_job_id": "j-1"}}},
    )  # fmt: skip
    assert type(exists) is GenerationJobExistsError and isinstance(exists, ConflictError)
    assert exists.existing_job_id == "j-1" and exists.retryable is False
    busy = raised(
        twin, server, 409,
        {"error": {"code": "GENERATION_JOB_BUSY", "message": "deploying",
                   "details": {"job_id": "j-2", "server_id": "s-2"}}},
    )  # fmt: skip
    assert type(busy) is GenerationJobBusyError
    assert (busy.job_id, busy.server_id, busy.retryable) == ("j-2", "s-2", True)


def test_a_code_under_another_status_keeps_the_status_class(
    twin: Twin, server: RecordingServer
) -> None:
    err = raised(twin, server, 400, {"error": {"code": "skill-file-missing", "message": "m"}})
    assert type(err) is GatewayError and err.code == "skill-file-missing"
    err = raised(
        twin, server, 503, {"error": {"code": "OAUTH_REFRESH_UNAVAILABLE", "message": "m"}}
    )
    assert type(err) is ServerError and err.code == "OAUTH_REFRESH_UNAVAILABLE"
    err = raised(twin, server, 403, {"detail": {"code": "FORBIDDEN", "message": "no"}})
    assert type(err) is ForbiddenError and err.code == "FORBIDDEN" and err.message == "no"
    err = raised(twin, server, 404, {"detail": "gone", "error": {"code": "NOT_FOUND"}})
    assert err.message == "gone" and err.code == "NOT_FOUND"
    err = raised(twin, server, 404, {"detail": "gone"})
    assert err.code is None and err.details == {}


@pytest.mark.parametrize(
    ("status", "headers", "retryable", "retry_after"),
    [
        (429, {"Retry-After": "7"}, True, 7.0),
        (503, {"Retry-After": " 2.5 "}, True, 2.5),
        (429, {}, None, None),
        (503, {}, None, None),
        (500, {"Retry-After": "3"}, None, 3.0),
        (503, {"Retry-After": "-5"}, True, 0.0),
        (503, {"Retry-After": "nan"}, None, None),
        (503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, True, 0.0),
        (503, {"Retry-After": "soon"}, None, None),
    ],
)
def test_retryable_and_retry_after(
    twin: Twin,
    server: RecordingServer,
    status: int,
    headers: dict[str, str],
    retryable: bool | None,
    retry_after: float | None,
) -> None:
    err = raised(twin, server, status, {"detail": "later"}, **headers)
    assert err.retryable is retryable and err.retry_after == retry_after


def test_errors_from_responses_pickle(twin: Twin, server: RecordingServer) -> None:
    err = raised(
        twin, server, 422,
        {"error": {"code": "skill-file-ambiguous", "message": "m",
                   "details": {"found_paths": ["a"]}}},
    )  # fmt: skip
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is SkillFileAmbiguous and copy.found_paths == ["a"]
    assert copy.method == "POST" and copy.path == "/api/v1/skills/upload" and str(copy) == str(err)


@pytest.mark.parametrize(
    ("body", "busy"),
    [
        ({"detail": "A deploy is running; retry shortly."}, True),
        ({"error": {"code": "CONFLICT", "message": "deploying, retry shortly"}}, True),
        ({"error": {"code": "NAME_TAKEN", "message": "retry shortly"}}, False),
        ({"detail": "Server has bundles"}, False),
    ],
)
def test_servers_delete_maps_a_legacy_busy_409(
    twin: Twin, server: RecordingServer, body: Any, busy: bool
) -> None:
    server.reply(409, body, {"Retry-After": "3"})
    with pytest.raises(ConflictError) as info:
        twin.call("servers.delete", SID)
    err = info.value
    assert (type(err) is GenerationJobBusyError) is busy
    if busy:
        assert err.retryable is True and err.retry_after is None and err.job_id is None
        assert err.code == (body.get("error") or {}).get("code", "GENERATION_JOB_BUSY")
        assert type(err.__cause__) is ConflictError


def test_only_servers_delete_maps_a_legacy_busy_409(twin: Twin, server: RecordingServer) -> None:
    err = raised(twin, server, 409, {"detail": "retry shortly"})
    assert type(err) is ConflictError
