"""The 0.61 additions to bundles, servers, skills, tools and the cache on both clients, against a
real local gateway with real MCP servers (calculator and weather from the built-in catalog)."""

from __future__ import annotations

import io
import json
import socket
import sqlite3
import sys
import uuid
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_local.store import DB_FILENAME
from mcpgateway_sdk import (
    MCPGatewaySync,
    NotFoundError,
    SkillFrontmatterMissingField,
    ValidationError,
)
from mcpgateway_sdk.models import BundleToolState, ServerBundleUsage, Skill
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e


def skill_md(name: str, description: str = "Does a thing") -> str:
    return f"---\nname: {name}\ndescription: {description}\n---\n# {name}\n"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("b061-data")


@pytest.fixture(scope="module")
def gateway(data_dir: Path) -> Iterator[LocalGateway]:
    with run_local_gateway(data_dir=data_dir, extra_args=("--validate-responses",)) as local:
        with MCPGatewaySync(api_key=local.api_key, url=local.url) as gw:
            for registry_id, name in (("calculator", "calc"), ("weather", "weather")):
                server = gw.servers.import_from_catalog("builtin", registry_id, name)
                gw.servers.start(server.id)
        yield local


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def server_id(twin: Twin, name: str) -> str:
    return next(str(s.id) for s in twin.call("servers.list") if s.name == name)


def tool_ids(twin: Twin, name: str) -> dict[str, str]:
    return {t.name: str(t.id) for t in twin.call("servers.list_tools", server_id(twin, name))}


def make_bundle(twin: Twin) -> tuple[str, dict[str, str], dict[str, str]]:
    bundle = twin.call("bundles.create", f"b-{twin.mode}-{uuid.uuid4().hex[:6]}")
    twin.call("bundles.assign_server", bundle.id, server_id(twin, "calc"))
    twin.call("bundles.assign_server", bundle.id, server_id(twin, "weather"))
    return str(bundle.id), tool_ids(twin, "calc"), tool_ids(twin, "weather")


# --- bundles ------------------------------------------------------------------------------


def test_set_tool_state_is_a_declarative_replace(twin: Twin) -> None:
    bundle, calc, weather = make_bundle(twin)
    total = len(calc) + len(weather)
    stray = str(uuid.uuid4())
    state = twin.call("bundles.set_tool_state", bundle, [calc["divide"], stray])
    assert isinstance(state, BundleToolState)
    assert (state.total, state.enabled_count, state.disabled_count) == (total, total - 1, 1)
    assert [str(u) for u in state.unknown_tool_ids] == [stray]
    again = twin.call("bundles.set_tool_state", bundle, [calc["divide"], stray])
    assert again.to_dict() == state.to_dict()  # repeating it changes nothing

    enabled = twin.call("bundles.list_tools", bundle)
    assert calc["divide"] not in {str(t.tool_id) for t in enabled}
    every = twin.call("bundles.list_tools", bundle, enabled_only=False)
    assert len(every) == total
    assert [t.enabled for t in every if str(t.tool_id) == calc["divide"]] == [False]

    # scoped to weather: calc's disabled tool stays disabled; weather's ids are in scope
    scoped = twin.call(
        "bundles.set_tool_state",
        bundle,
        [weather["get_forecast"], calc["add"]],
        server_id=server_id(twin, "weather"),
    )
    assert (scoped.total, scoped.disabled_count) == (len(weather), 1)
    assert [str(u) for u in scoped.unknown_tool_ids] == [calc["add"]]
    names = {t.original_name for t in twin.call("bundles.list_tools", bundle)}
    assert "divide" not in names and "get_forecast" not in names and "add" in names

    cleared = twin.call("bundles.set_tool_state", bundle, [])
    assert (cleared.enabled_count, cleared.disabled_count) == (total, 0)


def test_a_disabled_tool_is_invisible_through_the_bundle(twin: Twin) -> None:
    bundle, calc, _ = make_bundle(twin)
    twin.call("bundles.set_tool_state", bundle, [calc["divide"]])
    hits = twin.call("tools.search", "divide two numbers", 10, bundle_id=bundle)
    assert "divide" not in {h.tool_name for h in hits}
    assert "divide" in {h.tool_name for h in twin.call("tools.search", "divide two numbers", 10)}
    with pytest.raises(Exception) as refused:
        twin.call("tools.execute", "calc__divide", {"a": 6, "b": 3}, bundle_id=bundle)
    assert getattr(refused.value, "status_code", None) in (403, 404)
    assert twin.call("tools.execute", "calc__add", {"a": 2, "b": 3}, bundle_id=bundle).error is None
    with pytest.raises(NotFoundError):
        twin.call("tools.get_by_name", "calc__divide", bundle_id=bundle)


def test_set_tool_state_refuses_bad_ids_and_unknown_scope(twin: Twin) -> None:
    bundle, _, _ = make_bundle(twin)
    with pytest.raises(ValidationError) as bad:
        twin.call("bundles.set_tool_state", bundle, ["not-a-uuid"])
    assert "disabled_tool_ids" in str(bad.value)
    with pytest.raises(NotFoundError):
        twin.call("bundles.set_tool_state", bundle, [], server_id=uuid.uuid4())
    with pytest.raises(NotFoundError):
        twin.call("bundles.set_tool_state", uuid.uuid4(), [])


def test_bundle_usage_counts_bundles_holding_a_server_tool(twin: Twin) -> None:
    weather = server_id(twin, "weather")
    before = twin.call("servers.bundle_usage", weather)
    assert isinstance(before, ServerBundleUsage)
    bundle = twin.call("bundles.create", f"usage-{twin.mode}-{uuid.uuid4().hex[:6]}")
    assert twin.call("servers.bundle_usage", weather).bundle_count == before.bundle_count
    twin.call("bundles.assign_server", bundle.id, weather)
    assert twin.call("servers.bundle_usage", weather).bundle_count == before.bundle_count + 1
    twin.call("bundles.delete", bundle.id)
    assert twin.call("servers.bundle_usage", weather)["bundle_count"] == before.bundle_count
    with pytest.raises(NotFoundError):
        twin.call("servers.bundle_usage", uuid.uuid4())


# --- skills -------------------------------------------------------------------------------


def test_published_is_stored_returned_and_filtered(twin: Twin) -> None:
    name = f"pub-{twin.mode}-{uuid.uuid4().hex[:6]}"
    skill = twin.call("skills.create", name, skill_md(name))
    assert skill.published is False
    assert twin.call("skills.update", skill.id, published=True).published is True
    published = {s.name for s in twin.call("skills.list", published=True)}
    unpublished = {s.name for s in twin.call("skills.list", None, None, False)}
    assert name in published and name not in unpublished
    with pytest.raises(TypeError, match="server_id="):
        twin.call("skills.list", None, None, str(uuid.uuid4()))  # 0.28's positional server_id


def test_upload_with_prefix_names_the_skill(twin: Twin) -> None:
    base = f"pfx-{twin.mode}-{uuid.uuid4().hex[:6]}"
    skill = twin.call("skills.upload", content=skill_md(base), filename="SKILL.md", prefix="acme")
    assert skill.name == f"acme-{base}"
    plain = twin.call("skills.upload", None, skill_md(base).encode(), "SKILL.md")
    assert plain.name == base
    for bad in ("Acme", "a--b", "-x", "x" * 33, "a b"):
        with pytest.raises(ValidationError, match="prefix"):
            twin.call("skills.upload", content=skill_md(base), filename="SKILL.md", prefix=bad)


def package(name: str, description: str, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{name}/SKILL.md", skill_md(name, description))
        for path, data in (extra or {}).items():
            archive.writestr(f"{name}/{path}", data)
    return buffer.getvalue()


def test_update_package_replaces_files_in_place(twin: Twin) -> None:
    name = f"pkg-{twin.mode}-{uuid.uuid4().hex[:6]}"
    skill = twin.call("skills.create", name, skill_md(name, "first"))
    updated = twin.call(
        "skills.update_package",
        skill.id,
        package(name, "second", {"scripts/run.py": b"print(1)\n"}),
        f"{name}.zip",
    )
    assert isinstance(updated, Skill) and updated.id == skill.id and updated.name == name
    assert updated.description == "second"
    assert updated.package_size_bytes != skill.package_size_bytes
    data = twin.call("skills.download_package", skill.id)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert f"{name}/scripts/run.py" in names
    as_md = twin.call("skills.update_package", skill.id, skill_md(name, "third"), "SKILL.md")
    assert as_md.description == "third"
    assert "third" in (twin.call("skills.get", skill.id).skill_md_content or "")


def test_update_package_refuses_a_rename_and_bad_packages(twin: Twin) -> None:
    name = f"pkg-{twin.mode}-{uuid.uuid4().hex[:6]}"
    skill = twin.call("skills.create", name, skill_md(name))
    with pytest.raises(ValidationError, match="skill-name-mismatch"):
        twin.call("skills.update_package", skill.id, skill_md("other-name"), "SKILL.md")
    with pytest.raises(SkillFrontmatterMissingField):
        twin.call("skills.update_package", skill.id, "---\ndescription: x\n---\n", "SKILL.md")
    with pytest.raises(ValidationError):
        twin.call("skills.update_package", skill.id, b"plain", "notes.txt")
    with pytest.raises(NotFoundError):
        twin.call("skills.update_package", uuid.uuid4(), skill_md(name), "SKILL.md")
    assert twin.call("skills.get", skill.id).description == "Does a thing"  # unchanged


def test_prefixed_skill_takes_a_package_named_without_its_prefix(twin: Twin) -> None:
    base = f"pp-{twin.mode}-{uuid.uuid4().hex[:6]}"
    skill = twin.call("skills.upload", content=skill_md(base), filename="SKILL.md", prefix="team")
    updated = twin.call("skills.update_package", skill.id, skill_md(base, "new"), "SKILL.md")
    assert (updated.name, updated.description) == (f"team-{base}", "new")


# --- tools: selectors and metadata ----------------------------------------------------------


def tool_calls(data_dir: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        rows = db.execute("SELECT data FROM documents WHERE kind = 'tool_call'").fetchall()
    return [json.loads(row[0]) for row in rows]


def test_execute_metadata_is_merged_with_the_environment_and_recorded(
    gateway: LocalGateway, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCPGATEWAY_METADATA", '{"conversation_id": "c-1", "agent_id": "a-1"}')
    for mode in MODES:
        twin = Twin(mode, api_key=gateway.api_key, url=gateway.url, check_version=False)
        monkeypatch.delenv("MCPGATEWAY_METADATA")  # read once, at construction
        try:
            label = f"run-{mode}"
            result = twin.call(
                "tools.execute", "calc__add", {"a": 1, "b": 2}, metadata={"agent_id": label}
            )
            assert result.error is None
        finally:
            twin.close()
            monkeypatch.setenv(
                "MCPGATEWAY_METADATA", '{"conversation_id": "c-1", "agent_id": "a-1"}'
            )
        recorded = [
            c["metadata"] for c in tool_calls(data_dir) if c["metadata"].get("agent_id") == label
        ]
        assert recorded == [{"conversation_id": "c-1", "agent_id": label}]


def test_execute_metadata_limits_are_the_gateways(gateway: LocalGateway) -> None:
    with httpx.Client(base_url=gateway.url + "/api/v1", headers=gateway.headers) as api:
        body: dict[str, Any] = {"tool_name": "calc__add", "arguments": {"a": 1, "b": 1}}
        too_many = {f"k{i:02d}": "v" for i in range(21)}
        assert api.post("/tools/execute", json={**body, "metadata": too_many}).status_code == 422
        not_text = api.post("/tools/execute", json={**body, "metadata": {"n": 5}})
        assert not_text.status_code == 422
        reserved = api.post(
            "/tools/execute", json={**body, "metadata": {"_metadata_truncated": "no"}}
        )
        assert reserved.status_code == 422 and "reserved" in reserved.text
        flag = api.post(
            "/tools/execute", json={**body, "metadata": {"_metadata_truncated": "true"}}
        )
        assert flag.status_code == 200


def test_raw_028_requests_with_both_selectors(gateway: LocalGateway) -> None:
    with httpx.Client(base_url=gateway.url + "/api/v1", headers=gateway.headers) as api:
        calc = next(s for s in api.get("/servers").json()["items"] if s["name"] == "calc")
        body = {"tool_name": "add", "arguments": {"a": 1, "b": 1}}
        same = api.post(
            "/tools/execute", json={**body, "server_id": calc["id"], "server_name": "calc"}
        )
        assert same.status_code == 200 and same.json()["result"] is not None  # 0.28 keeps working
        other = api.post(
            "/tools/execute", json={**body, "server_id": calc["id"], "server_name": "weather"}
        )
        assert other.status_code == 422 and "different servers" in other.text


def test_the_sdk_sends_one_selector_so_a_qualified_name_always_works(twin: Twin) -> None:
    weather = server_id(twin, "weather")
    # 0.28 would send both: a qualified name of calc with weather's id is a 404 on a 0.61
    # gateway; the 0.61 rule drops the selectors of a qualified name.
    result = twin.call("tools.execute", "calc__add", {"a": 2, "b": 2}, server_id=weather)
    assert result.error is None
    # server_id wins over server_name for a plain name
    both = twin.call(
        "tools.execute",
        "add",
        {"a": 1, "b": 1},
        server_id=server_id(twin, "calc"),
        server_name="weather",
    )
    assert both.error is None


@pytest.fixture(scope="module")
def hinted(gateway: LocalGateway) -> str:
    """A stdio server whose `text_length` tool has the hints in its MCP `_meta`."""
    script = Path(__file__).resolve().parents[1] / "support" / "hinted_server.py"
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        server = gw.servers.create(
            name="hinted", type="stdio", config={"command": sys.executable, "args": [str(script)]}
        )
        gw.servers.start(server.id)
    return "hinted"


def test_tool_hints_come_from_the_tools_meta(twin: Twin, hinted: str) -> None:
    hit = next(
        h
        for h in twin.call("tools.search", "count characters length", 10)
        if h.tool_name == "text_length"
    )
    assert (hit.use_when, hit.returns, hit.usage_hints) == (
        "You need the length of a text.",
        "The number of characters.",
        "Whitespace counts.",
    )
    lookup = twin.call("tools.get_by_name", f"{hinted}__text_length")
    assert lookup.returns == "The number of characters."
    plain = twin.call("tools.get_by_name", f"{hinted}__shout")
    assert (plain.use_when, plain.returns, plain.usage_hints) == (None, None, None)


def test_tool_hints_are_null_without_meta(twin: Twin) -> None:
    hit = twin.call("tools.search", "add numbers", 1)[0]
    assert (hit.use_when, hit.returns, hit.usage_hints) == (None, None, None)
    lookup = twin.call("tools.get_by_name", "calc__add")
    assert lookup.to_dict()["use_when"] is None


# --- cache: both paths, one store -------------------------------------------------------------


def test_cache_old_and_new_paths_share_the_data(gateway: LocalGateway, twin: Twin) -> None:
    key = f"k-{twin.mode}/{uuid.uuid4().hex[:6]}"
    twin.call("cache.set", key, {"v": 1}, 60)
    with httpx.Client(base_url=gateway.url + "/api/v1", headers=gateway.headers) as api:
        quoted = key.replace("/", "%2F")
        old = api.get(f"/sdk/cache/{quoted}")
        assert old.status_code == 200 and old.json()["value"] == {"v": 1}
        assert api.put(f"/sdk/cache/{quoted}", json={"value": 2, "ttl": 60}).status_code == 204
    assert twin.call("cache.get", key) == 2


# --- the empty-key rule: 0.28 sends `Bearer `, 0.61 no header; both are refused ---------------


def raw_get(url: str, path: str, header: str | None) -> tuple[int, str]:
    """GET over a plain socket: httpx refuses to send a header value with trailing space,
    which is exactly what the published 0.28 SDK sends for an empty key."""
    parts = httpx.URL(url)
    lines = [f"GET {path} HTTP/1.1", f"Host: {parts.host}:{parts.port}", "Connection: close"]
    if header is not None:
        lines.append(f"Authorization: {header}")
    with socket.create_connection((parts.host, parts.port or 80), timeout=10) as conn:
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    return int(head.split(" ", 2)[1]), head.lower()


@pytest.mark.parametrize("header", [None, "Bearer ", "Bearer", "Bearer    "])
def test_an_empty_key_is_refused_in_either_form(gateway: LocalGateway, header: str | None) -> None:
    status, head = raw_get(gateway.url, "/api/v1/servers", header)
    assert status == 401 and "www-authenticate: bearer" in head
    assert raw_get(gateway.url, "/health", header)[0] == 200
    assert httpx.get(gateway.url + "/health").json()["version"] == "0.61.0"


@pytest.mark.parametrize("mode", MODES)
def test_the_version_check_accepts_the_local_gateway(gateway: LocalGateway, mode: str) -> None:
    twin = Twin(mode, api_key=gateway.api_key, url=gateway.url)  # check_version=True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            twin.enter()  # GET /health: 0.61.0 against our 0.61.0, no UserWarning
    finally:
        twin.close()
