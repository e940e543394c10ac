"""What every public SDK method puts on the wire, and what it makes of the gateway's reply.

One row of `CASES` (the package `tests/facade/wire`, one module per namespace) per call: the method and its arguments, the spec operation it must hit, the raw
path (percent-encoding included), the query, the body, and what the method returns for that
operation's canned success reply (`success_example`). Every row runs on the async and the sync
client against one loopback `RecordingServer`, which records the raw request.

Columns of a row (`W`):
    call      dotted method on the client (`"servers.get"`)
    args      positional arguments
    kwargs    keyword arguments
    op        operationId in openapi.json: gives the HTTP method, the path template and the reply
    path      the raw path sent, exactly (no query)
    query     the query pairs, as a dict or a list of pairs (compared as a multiset)
    body      JSON value | `None` (no body at all) | raw `bytes` | `Multipart(...)`
    result    `Model(cls, field)`, `ListOf(cls, field, key)` or `Returns(value)`
    headers   extra request headers expected (lower-case names)
    xfail     reason, for a known SDK bug (strict: the row fails when the bug is fixed)

The table is the documentation; `test_table_covers_every_public_method` fails when a new public
method has no row. `VALIDATION` lists calls the SDK must refuse before sending anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

import mcpgateway_sdk.models as models
from mcpgateway_sdk import MCPGateway, MCPGatewaySync
from tests.facade.wire import CASES, VALIDATION
from tests.facade.wire.rows import (
    API_KEY,
    BINARY,
    LocalFile,
    Model,
    Multipart,
    Returns,
    W,
)
from tests.support.deprecations import expect_deprecation
from tests.support.recording_server import Recorded, RecordingServer
from tests.support.spec_examples import operation, success_example
from tests.support.twins import MODES, Twin

# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


class _Twins(dict[str, Twin]):
    """One client per mode, created on first use and kept for the whole module."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def __missing__(self, mode: str) -> Twin:
        twin = self[mode] = Twin(mode, api_key=API_KEY, url=self.url, check_version=False)
        return twin


@pytest.fixture(scope="module")
def twins(server: RecordingServer) -> Iterator[_Twins]:
    clients = _Twins(server.url)
    yield clients
    for twin in clients.values():
        twin.close()


@pytest.fixture
def srv(server: RecordingServer) -> RecordingServer:
    # A row that failed before sending leaves its reply queued: never let it leak to the next.
    server._replies.clear()
    return server


# --- helpers --------------------------------------------------------------------------------


def _param(case: W) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


def _materialise(value: Any, request: pytest.FixtureRequest) -> Any:
    if isinstance(value, LocalFile):
        tmp_path: Path = request.getfixturevalue("tmp_path")
        target = tmp_path / value.name
        target.write_bytes(value.content)
        return target
    return value


def _template_regex(template: str) -> re.Pattern[str]:
    """`{x}` matches one segment, `{x_path}` the rest of the path (as `_paths.py` encodes)."""
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{\w+_path\\\}", ".+", pattern)
    pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", pattern)
    return re.compile(pattern)


def _pairs(query: dict[str, str] | list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(query.items() if isinstance(query, dict) else query)


def _form_parts(rec: Recorded) -> list[Message]:
    ctype = rec.headers.get("content-type", "")
    assert ctype.startswith("multipart/form-data; boundary="), ctype
    raw = f"Content-Type: {ctype}\r\n\r\n".encode() + rec.body
    message = BytesParser(policy=HTTP).parsebytes(raw)
    assert message.is_multipart()
    return list(message.iter_parts())


def _assert_body(case: W, rec: Recorded) -> None:
    spec_types = list(operation(case.op)[2].get("requestBody", {}).get("content", {}))
    ctype = rec.headers.get("content-type", "")
    if case.body is None:
        assert rec.body == b"", f"expected no body, got {rec.body!r}"
        assert "content-type" not in rec.headers, f"Content-Type {ctype!r} without a body"
        assert not spec_types or not operation(case.op)[2]["requestBody"].get("required")
        return
    if isinstance(case.body, Multipart):
        assert spec_types == ["multipart/form-data"]
        parts = {}
        for part in _form_parts(rec):
            parts[part.get_param("name", header="content-disposition")] = part
        file_part = parts.pop("file")
        assert file_part.get_filename() == case.body.filename
        assert file_part.get_content_type() == case.body.content_type
        assert file_part.get_payload(decode=True) == case.body.content
        fields = {name: part.get_payload(decode=True).decode() for name, part in parts.items()}
        assert fields == case.body.fields
        return
    if isinstance(case.body, bytes):
        assert spec_types == ["application/octet-stream"]
        assert ctype == "application/octet-stream"
        assert rec.body == case.body
        return
    assert spec_types == ["application/json"]
    assert ctype == "application/json"
    assert rec.json() == case.body


def _model_class(result: Any) -> str:
    """The generated model `result` is (or, like `tools.execute`'s result, extends)."""
    generated = [c for c in type(result).__mro__ if c.__module__.startswith(_GENERATED)]
    assert generated, type(result)
    name = generated[0].__name__
    assert getattr(models, name) is generated[0], f"{name} is not exported by models"
    return name


_GENERATED = "mcpgateway_sdk._generated.models"


def _assert_result(case: W, result: Any, canned: Any) -> None:
    check = case.result
    if isinstance(check, Returns):
        assert result == check.value
        assert type(result) is type(check.value)
    elif isinstance(check, Model):
        assert _model_class(result) == check.cls
        assert result[check.field] == canned[check.field]
    else:
        items = canned if check.key is None else canned[check.key]
        assert isinstance(result, list)
        assert len(result) == len(items) >= 1
        assert {_model_class(item) for item in result} == {check.cls}
        assert result[0][check.field] == items[0][check.field]


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_wire(
    case: W, mode: str, srv: RecordingServer, twins: dict[str, Twin], request: pytest.FixtureRequest
) -> None:
    method, template, _ = operation(case.op)
    status, canned = success_example(case.op)
    srv.reply(status, canned)
    before = len(srv.requests)

    args = [_materialise(value, request) for value in case.args]
    kwargs = {name: _materialise(value, request) for name, value in case.kwargs.items()}
    with expect_deprecation(case.call):
        result = twins[mode].call(case.call, *args, **kwargs)

    assert len(srv.requests) == before + 1, "exactly one request per call"
    rec = srv.requests[-1]
    assert rec.method == method
    assert rec.raw_path == case.path
    assert _template_regex(template).fullmatch(rec.raw_path), (template, rec.raw_path)
    assert _pairs(rec.query) == _pairs(case.query)
    assert rec.headers.get("authorization") == f"Bearer {API_KEY}"
    assert rec.headers.get("accept") == ("*/*" if case.result == BINARY else "application/json")
    for name, value in case.headers.items():
        assert rec.headers.get(name) == value, name
    _assert_body(case, rec)
    _assert_result(case, result, canned)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("call", "args", "kwargs"),
    VALIDATION,
    ids=[f"{call}-{i}" for i, (call, _, _) in enumerate(VALIDATION)],
)
def test_refused_before_sending(
    call: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    mode: str,
    srv: RecordingServer,
    twins: dict[str, Twin],
) -> None:
    before = len(srv.requests)
    with pytest.raises(ValueError):
        twins[mode].call(call, *args, **kwargs)
    assert len(srv.requests) == before, "nothing may reach the server"


NAMESPACES = (
    "servers", "tools", "skills", "sessions", "sandboxes",
    "auth", "cache", "bundles", "connections", "oauth_apps", "oauth_templates", "generation",
)  # fmt: skip
# CONTRACT §2 counts, plus the sandboxes' later names `upload_file` / `download_file`, plus
# 0.61's discovery OAuth (3 servers methods) and the OAuth apps / templates namespaces.
# Several requests per call, or a bound sub-resource: their wire is tested in
# tests/facade/test_server_auth.py.
COVERED_ELSEWHERE = {"servers.authentication", "servers.register_remote"}
EXPECTED_COUNTS = {
    "servers": 38, "tools": 3, "skills": 14, "sessions": 8, "sandboxes": 21,
    "auth": 5, "cache": 2, "bundles": 16, "connections": 7,
    "oauth_apps": 7, "oauth_templates": 1, "generation": 7,
}  # fmt: skip


def _public_methods(client: Any) -> set[str]:
    found = set()
    for namespace in NAMESPACES:
        resource_cls = type(getattr(client, namespace))
        found |= {
            f"{namespace}.{name}"
            for name in dir(resource_cls)
            if not name.startswith("_") and callable(getattr(resource_cls, name))
        }
    return found


def test_table_covers_every_public_method(twins: dict[str, Twin]) -> None:
    async_methods = _public_methods(twins["async"].client)
    sync_methods = _public_methods(twins["sync"].client)
    assert async_methods == sync_methods
    tabled = {case.call for case in CASES}
    untabled = async_methods - tabled - COVERED_ELSEWHERE
    assert sorted(untabled) == [], "public methods without a wire case"
    assert sorted(tabled - async_methods) == [], "wire cases for methods that do not exist"
    counts = {ns: sum(m.startswith(f"{ns}.") for m in async_methods) for ns in NAMESPACES}
    assert counts == EXPECTED_COUNTS
    assert len({case.id for case in CASES}) == len(CASES), "duplicate case ids"


def test_client_namespaces_are_the_resource_namespaces() -> None:
    """Every resource namespace of the clients is in NAMESPACES (so the coverage check sees it)."""
    for client_cls in (MCPGateway, MCPGatewaySync):
        namespaces = {
            name
            for name, member in vars(client_cls).items()
            if isinstance(member, cached_property) and not name.startswith("with_")
        }  # with_raw_response / with_streaming_response are views of these namespaces
        assert namespaces == set(NAMESPACES), client_cls.__name__
