"""The published 0.61 client rules, on both clients: the `MCPGATEWAY_METADATA` merge (every row of
the contract's table), `connection_data`, the execute selector rule, the empty-key rule and the
`error_from_response` helper both published SDKs export.

What goes on the wire is captured by an `httpx.MockTransport`: a gateway that follows 0.61 would
refuse the 0.28 shapes, so only the request itself shows which rule the client applied.
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mcpgateway_sdk import GenerationJobBusyError, MCPGateway, MCPGatewaySync, NotFoundError
from mcpgateway_sdk._metadata import merge_metadata
from tests.support.twins import MODES, Twin

SERVER = "908cf468-8378-4da7-85ea-158799705ebe"
RESULT = {"result": 1, "server_id": SERVER, "tool_name": "t", "duration_ms": 1, "error": None}


def keys(n: int, prefix: str = "k") -> dict[str, str]:
    return {f"{prefix}{i:02d}": f"v{i}" for i in range(n)}


# --- the merge: the contract's table, row by row ----------------------------------------------


def test_18_inherited_one_colliding_three_new_and_the_reserved_key() -> None:
    inherited = keys(18)
    explicit = {"k00": "mine", "x1": "a", "x2": "b", "x3": "c", "_metadata_truncated": "no"}
    merged = merge_metadata(inherited, explicit)
    assert len(merged) == 20
    assert merged["k00"] == "mine"  # the caller wins the collision, in the same slot
    assert all(merged[k] == v for k, v in inherited.items() if k != "k00")
    assert "x1" in merged and "x2" not in merged and "x3" not in merged  # first in sort order
    assert merged["_metadata_truncated"] == "true"


def test_25_inherited_keep_the_first_19_and_the_flag(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "mcpgateway_sdk"):
        merged = merge_metadata(keys(25), None)
    assert list(merged) == [*sorted(keys(25))[:19], "_metadata_truncated"]
    assert merged["_metadata_truncated"] == "true"
    assert caplog.records


def test_20_inherited_fill_every_slot_no_flag(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "mcpgateway_sdk"):
        merged = merge_metadata(keys(20), {"new": "x"})
    assert merged == keys(20)
    assert "dropped" in caplog.text


def test_21_caller_keys_keep_19_and_the_flag() -> None:
    merged = merge_metadata({}, keys(21, "c"))
    assert list(merged) == [*sorted(keys(21, "c"))[:19], "_metadata_truncated"]


def test_20_caller_keys_all_fit() -> None:
    assert merge_metadata({}, keys(20, "c")) == keys(20, "c")


def test_values_are_not_judged_by_the_client() -> None:
    assert merge_metadata({}, {"count": 5}) == {"count": 5}  # the gateway answers 422


# --- on the wire, both clients ------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.bodies: list[Any] = []
        self.headers: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.headers.append(request.headers)
        self.bodies.append(json.loads(request.content) if request.content else None)
        return httpx.Response(200, json=RESULT)


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def make(mode: str, recorder: Recorder) -> Iterator[Any]:
    twins: list[Twin] = []

    def build(**kwargs: Any) -> Twin:
        transport = httpx.MockTransport(recorder)
        http = httpx.AsyncClient(transport=transport) if mode == "async" else None
        if mode == "sync":
            http = httpx.Client(transport=transport)
        twin = Twin(mode, url="http://gw.test", http_client=http, check_version=False, **kwargs)
        twins.append(twin)
        return twin

    yield build
    for twin in twins:
        twin.close()


def test_metadata_env_is_read_once_and_merged(
    make: Any, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "MCPGATEWAY_METADATA", json.dumps({"conversation_id": "c", "n": 1, "agent_id": "a"})
    )
    twin = make(api_key="k")
    monkeypatch.setenv("MCPGATEWAY_METADATA", json.dumps({"late": "x"}))
    twin.call("tools.execute", "s__t", metadata={"agent_id": "me", "run": "1"})
    twin.call("tools.execute", "s__t")
    assert recorder.bodies[0]["metadata"] == {"conversation_id": "c", "agent_id": "me", "run": "1"}
    assert recorder.bodies[1]["metadata"] == {"conversation_id": "c", "agent_id": "a"}


@pytest.mark.parametrize("raw", [None, "", "not json", "[1, 2]", '"text"'])
def test_unusable_metadata_env_sends_nothing_unless_passed(
    raw: str | None, make: Any, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    if raw is None:
        monkeypatch.delenv("MCPGATEWAY_METADATA", raising=False)
    else:
        monkeypatch.setenv("MCPGATEWAY_METADATA", raw)
    twin = make(api_key="k")
    twin.call("tools.execute", "s__t")
    twin.call("tools.execute", "s__t", metadata={})
    assert "metadata" not in recorder.bodies[0]
    assert recorder.bodies[1]["metadata"] == {}


@pytest.mark.parametrize(
    ("name", "selectors", "sent"),
    [
        ("srv__tool", {"server_id": SERVER, "server_name": "srv"}, {}),
        ("srv__tool", {"server_name": "other"}, {}),
        ("tool", {"server_id": SERVER, "server_name": "srv"}, {"server_id": SERVER}),
        ("tool", {"server_name": "srv"}, {"server_name": "srv"}),
        ("tool", {}, {}),
    ],
)
def test_the_selector_rule(
    name: str, selectors: dict[str, str], sent: dict[str, str], make: Any, recorder: Recorder
) -> None:
    make(api_key="k").call("tools.execute", name, None, bundle_id="b", agent_id="a", **selectors)
    body = recorder.bodies[0]
    assert {k: body[k] for k in ("server_id", "server_name") if k in body} == sent
    assert (body["bundle_id"], body["agent_id"]) == ("b", "a")  # always sent when passed


def test_connection_data_is_read_once(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPGATEWAY_CONNECTION_DATA", '{"property_id": 7, "nested": {"a": [1]}}')
    cls = MCPGateway if mode == "async" else MCPGatewaySync
    gw = cls(api_key="k", check_version=False)
    monkeypatch.setenv("MCPGATEWAY_CONNECTION_DATA", "{}")
    assert gw.connection_data == {"property_id": 7, "nested": {"a": [1]}}
    gw.connection_data["property_id"] = 8  # a copy: the client's value does not change
    assert gw.connection_data["property_id"] == 7
    for raw in ("", "nope", "[1]", "3"):
        monkeypatch.setenv("MCPGATEWAY_CONNECTION_DATA", raw)
        assert cls(api_key="k").connection_data == {}
    assert "property_id" not in repr(gw.config)


def test_an_explicit_empty_key_sends_no_header_and_ignores_the_env(
    make: Any, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCPGATEWAY_TOKEN", "sk-env")
    empty = make(api_key="")
    assert empty.client.auth_headers == {}
    empty.call("tools.execute", "s__t")
    assert "authorization" not in recorder.headers[0]
    make().call("tools.execute", "s__t")  # None falls back to the variable
    assert recorder.headers[1]["authorization"] == "Bearer sk-env"


# --- error_from_response, as both published SDKs export it ------------------------------------


def test_error_from_response_from_both_modules() -> None:
    from mcpgateway_sdk._exceptions import error_from_response as legacy
    from mcpgateway_sdk.exceptions import error_from_response

    assert legacy is error_from_response
    gone = error_from_response(404, {"detail": "gone"})  # 0.28's two arguments
    assert isinstance(gone, NotFoundError) and gone.message == "gone" and gone.retry_after is None
    busy = error_from_response(
        409,
        {"error": {"code": "GENERATION_JOB_BUSY", "message": "busy", "details": {"job_id": "j"}}},
        {"retry-after": " 2.5 "},
    )
    assert isinstance(busy, GenerationJobBusyError)
    assert (busy.job_id, busy.retry_after, busy.code, str(busy)) == (
        "j",
        2.5,
        "GENERATION_JOB_BUSY",
        "[409] busy",
    )
    assert pickle.loads(pickle.dumps(busy)).job_id == "j"
    teapot = error_from_response(
        418, {"error": {"code": "X", "message": "tea"}}, {"Retry-After": "-5"}
    )
    assert (teapot.status_code, teapot.code, teapot.retry_after) == (418, "X", 0.0)


# --- 0.28 positional server_id where 0.61 put another parameter --------------------------------


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("skills.list", (None, None, SERVER)),
        ("skills.create", ("n", "---\nname: n\n---\n", None, SERVER)),
        ("skills.upload", (None, b"x", "SKILL.md", SERVER)),
        ("skills.import_from_catalog", ("builtin", "pdf", SERVER)),
    ],
)
def test_a_positional_028_server_id_is_refused_before_sending(
    method: str, args: tuple[Any, ...], make: Any, recorder: Recorder
) -> None:
    with pytest.raises(TypeError, match="server_id="):
        make(api_key="k").call(method, *args)
    assert recorder.bodies == []
