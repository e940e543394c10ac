"""The 0.61 sandbox surface on both clients against a real local gateway: script tools and their
call log, `acquire_or_create`, egress policies (what the status claims is true), log filters,
sort and paging, metadata, mounts, and both file roots and path forms."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import socket
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import ConflictError, EgressPolicy, ValidationError
from mcpgateway_sdk.models import SandboxLog, SandboxMountCreate, ScriptToolPackageVersion
from tests.support.twins import MODES, Twin, walk

pytestmark = pytest.mark.e2e

ADD_PY = b"""import json, os, sys
args = json.load(sys.stdin)
meta = json.loads(os.environ["MCPGATEWAY_METADATA"])
print(json.dumps({"sum": args["a"] + args["b"], "run": meta.get("run")}))
"""


def package(description: str = "Add two numbers") -> bytes:
    manifest = {
        "tools": [
            {
                "name": "add",
                "description": description,
                "input_schema": {
                    "type": "object",
                    "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
                },
                "entry": "tools/add.py",
            },
            {"name": "broken", "description": "Prints no JSON", "entry": "tools/broken.sh"},
        ]
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("workflow.json", json.dumps(manifest))
        archive.writestr("tools/add.py", ADD_PY)
        archive.writestr("tools/broken.sh", "echo not json\n")
    return buffer.getvalue()


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def test_script_tools_uploaded_called_logged_and_exported(twin: Twin, tmp_path: Any) -> None:
    server = twin.call("servers.create", name=f"calc-{twin.mode}", type="script")
    first = twin.call("servers.create_script_tool_package", server.id, package())
    assert isinstance(first, ScriptToolPackageVersion)
    assert (first.version, first.reused, first.is_active) == (1, False, True)
    assert sorted(first.tool_names) == ["add", "broken"]
    path = tmp_path / "calc.zip"
    path.write_bytes(package())
    again = twin.call("servers.create_script_tool_package", server.id, path)
    assert (
        again.reused is True and again.id == first.id and again.package_hash == first.package_hash
    )
    second = twin.call("servers.create_script_tool_package", server.id, package("Adds"))
    assert (second.version, second.reused) == (2, False)
    assert first.package_hash != second.package_hash

    run = f"run-{twin.mode}"
    result = twin.call(
        "tools.execute", f"calc-{twin.mode}__add", {"a": 2, "b": 3}, metadata={"run": run}
    )
    assert result.result == {"sum": 5, "run": run}
    broken = twin.call("tools.execute", f"calc-{twin.mode}__broken", {})
    assert broken.error is not None and "JSON" in broken.error

    sandbox = twin.call("sandboxes.acquire_or_create", f"script-tools:{server.id}")
    assert sandbox.workload_class == "script_tool"
    page = twin.call("sandboxes.logs", sandbox.id, tool_name="add", meta=[f"run={run}"])
    assert page.total == 1 and len(page) == 1
    [entry] = page
    assert isinstance(entry, SandboxLog)
    assert (entry.status, entry.tool_name, entry.source_name) == ("success", "add", server.name)
    assert entry.metadata == {"run": run} and entry.latency_ms >= 0
    failed = twin.call("sandboxes.logs", sandbox.id, status="error")
    assert [e.tool_name for e in failed] == ["broken"]

    rows = twin.call("sandboxes.export_logs", sandbox.id, tool_name="add")
    assert [r.id for r in rows] == [entry.id]
    data = twin.call("sandboxes.export_logs", sandbox.id, fmt="csv", meta=[f"run={run}"])
    assert isinstance(data, bytes)
    table = list(csv.DictReader(io.StringIO(data.decode())))
    assert [(r["tool_name"], r["status"]) for r in table] == [("add", "success")]
    assert json.loads(table[0]["metadata"]) == {"run": run}


def test_script_packages_go_to_script_servers_only(twin: Twin) -> None:
    local = twin.call("servers.create", name=f"not-script-{twin.mode}", type="local")
    with pytest.raises(ConflictError, match="type 'script'"):
        twin.call("servers.create_script_tool_package", local.id, package())
    script = twin.call("servers.create", name=f"bad-pkg-{twin.mode}", type="script")
    with pytest.raises(ValidationError, match="not a readable ZIP"):
        twin.call("servers.create_script_tool_package", script.id, b"not a zip")


def test_acquire_or_create_gives_one_sandbox_per_session_key(twin: Twin) -> None:
    key = f"chat-{twin.mode}-{datetime.now(UTC).timestamp()}"
    if twin.mode == "async":

        async def both() -> list[Any]:
            client = twin.client.sandboxes
            return list(
                await asyncio.gather(
                    client.acquire_or_create(key, metadata={"n": "1"}),
                    client.acquire_or_create(key, metadata={"n": "2"}),
                )
            )

        pair = twin.run(both())
    else:
        pair = []
        threads = [
            threading.Thread(
                target=lambda n=n: pair.append(
                    twin.client.sandboxes.acquire_or_create(key, metadata={"n": n})
                )
            )
            for n in ("1", "2")
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len({s.id for s in pair}) == 1
    again = twin.call("sandboxes.acquire_or_create", key, metadata={"n": "3"})
    assert again.id == pair[0].id and again.metadata == pair[0].metadata
    assert again.metadata["n"] in ("1", "2")
    mine = [s for s in twin.call("sandboxes.list") if s.session_key == key]
    assert len(mine) == 1


def _listener() -> tuple[socket.socket, int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    return server, server.getsockname()[1]


def test_blocked_egress_is_enforced_where_the_status_says_so(twin: Twin) -> None:
    listener, port = _listener()
    try:
        probe = (
            "python3 -c \"import socket; s=socket.create_connection(('127.0.0.1', "
            f"{port}), timeout=3); print('connected')\""
        )
        blocked = twin.call("sandboxes.create", egress_policy=EgressPolicy.blocked())
        assert blocked.requested_egress_policy == EgressPolicy.blocked()
        assert blocked.effective_egress_policy == EgressPolicy.blocked()
        assert blocked.egress_policy_source == "sandbox_request"
        outcome = twin.call("sandboxes.exec", blocked.id, probe)
        if blocked.egress_enforcement_status == "enforced":
            assert outcome.exit_code != 0 and "connected" not in outcome.stdout
        else:
            assert blocked.egress_enforcement_status == "unavailable"
            assert outcome.exit_code == 0 and "connected" in outcome.stdout
        default = twin.call("sandboxes.create")
        assert default.egress_policy_source == "gateway_default"
        assert default.egress_enforcement_status == "unavailable"
        assert twin.call("sandboxes.exec", default.id, probe).stdout.strip() == "connected"

        with pytest.raises(ConflictError, match="stopped"):
            twin.call("sandboxes.update", default.id, egress_policy=EgressPolicy.blocked())
        twin.call("sandboxes.stop", default.id)
        allow = EgressPolicy.allowlist(domains=["pypi.org"], cidrs=["1.1.1.0/24"])
        changed = twin.call("sandboxes.update", default.id, egress_policy=allow)
        assert changed.requested_egress_policy == allow
        assert changed.egress_enforcement_status == "unavailable"  # not enforceable locally
        with pytest.raises(ValueError, match="cannot be combined"):
            twin.call("sandboxes.create", egress_policy=allow, network_enabled=True)
        with pytest.raises(TypeError):
            twin.call("sandboxes.create", egress_policy={"mode": "blocked"})
        for sandbox in (blocked, default):
            twin.call("sandboxes.destroy", sandbox.id)
    finally:
        listener.close()


def test_log_filters_sort_paging_and_metadata(twin: Twin) -> None:
    sandbox = twin.call("sandboxes.create", metadata={"team": "data"})
    assert sandbox.metadata == {"team": "data"}
    before = datetime.now(UTC) - timedelta(seconds=1)
    for index, command in enumerate(("echo one", "sleep 0.3; echo two", "exit 4", "echo four")):
        labels = {"step": f"s{index}", "phase": "load" if index < 2 else "report"}
        twin.call("sandboxes.exec", sandbox.id, command, 30, labels)
    after = datetime.now(UTC) + timedelta(seconds=1)

    newest_first = twin.call("sandboxes.logs", sandbox.id)
    assert newest_first.total == 4
    assert [e.metadata["step"] for e in newest_first] == ["s3", "s2", "s1", "s0"]
    oldest_first = twin.call("sandboxes.logs", sandbox.id, sort_order="asc")
    assert [e.metadata["step"] for e in oldest_first] == ["s0", "s1", "s2", "s3"]
    slowest = twin.call("sandboxes.logs", sandbox.id, sort_by="latency_ms", limit=1)
    assert slowest[0].metadata["step"] == "s1" and slowest.has_more
    errors = twin.call("sandboxes.logs", sandbox.id, status="error")
    assert [(e.exit_code, e.status) for e in errors] == [(4, "error")]
    assert [e.command for e in twin.call("sandboxes.logs", sandbox.id, search="TWO")] == [
        "sleep 0.3; echo two"
    ]
    exact = twin.call("sandboxes.logs", sandbox.id, meta=["phase=load", "step=s0"])
    assert [e.metadata["step"] for e in exact] == ["s0"]
    assert twin.call("sandboxes.logs", sandbox.id, meta=["phase=loa"]).total == 0
    assert twin.call("sandboxes.logs", sandbox.id, meta_contains=["phase=epo"]).total == 2
    inside = twin.call("sandboxes.logs", sandbox.id, from_time=before, to_time=after.isoformat())
    assert inside.total == 4
    assert twin.call("sandboxes.logs", sandbox.id, from_time=after).total == 0

    page = twin.call("sandboxes.logs", sandbox.id, limit=3)
    assert (len(page), page.total, page.has_more, page.limit, page.offset) == (3, 4, True, 3, 0)
    assert [e.metadata["step"] for e in walk(twin, page)] == ["s3", "s2", "s1", "s0"]
    rest = twin.call("sandboxes.logs", sandbox.id, limit=3, offset=3)
    assert [e.metadata["step"] for e in rest] == ["s0"] and not rest.has_more
    with pytest.raises(ValidationError):
        twin.call("sandboxes.logs", sandbox.id, sort_by="colour")
    twin.call("sandboxes.destroy", sandbox.id)


MOUNT = {
    "provider": " S3_Main ",
    "canonical_endpoint": "https://Storage.Example.com:443/",
    "container_name": "My-Bucket",
    "source_prefix": "/reports/2026/",
    "target_path": "/mnt/data/../reports",
    "credential": "mount-secret-value",
    "credential_expires_at": datetime(2030, 1, 1, tzinfo=UTC),
}


def test_mounts_are_checked_before_sending_and_recorded_without_credentials(twin: Twin) -> None:
    count = len(twin.call("sandboxes.list"))
    for bad in (
        {**MOUNT, "canonical_endpoint": "http://storage.example.com"},
        {**MOUNT, "target_path": "/tmp/x"},
        {**MOUNT, "container_name": "a--b"},
        {**MOUNT, "read_only": False},
        {**MOUNT, "credential_expires_at": datetime(2030, 1, 1)},
        {**MOUNT, "surprise": 1},
    ):
        with pytest.raises(ValueError):
            twin.call("sandboxes.create", mounts=[bad])
    assert len(twin.call("sandboxes.list")) == count, "nothing may reach the gateway"

    typed = SandboxMountCreate(**MOUNT)
    assert "mount-secret-value" not in repr(typed)
    sandbox = twin.call("sandboxes.create", mounts=[typed, {**MOUNT, "target_path": "/mnt/x"}])
    first, second = sandbox.mounts
    assert (first.provider, first.canonical_endpoint, first.container_name) == (
        "s3_main",
        "https://storage.example.com",
        "my-bucket",
    )
    assert (first.source_prefix, first.target_path, first.read_only) == (
        "reports/2026",
        "/mnt/reports",
        True,
    )
    assert second.target_path == "/mnt/x" and first.mount_id != second.mount_id
    assert "mount-secret-value" not in json.dumps(twin.call("sandboxes.get", sandbox.id).to_dict())
    twin.call("sandboxes.destroy", sandbox.id)


def test_both_file_roots_and_both_path_forms(twin: Twin) -> None:
    sandbox = twin.call("sandboxes.create")
    twin.call("sandboxes.upload_file", sandbox.id, "/attachments/report é.txt", b"attached")
    assert twin.call("sandboxes.download", sandbox.id, "/attachments/report é.txt") == b"attached"
    assert twin.call("sandboxes.download_file", sandbox.id, "attachments/report é.txt") == (
        b"attached"
    )
    listed = twin.call("sandboxes.list_files", sandbox.id, "/attachments")
    assert [(f.name, f.path) for f in listed] == [("report é.txt", "/attachments/report é.txt")]

    twin.call("sandboxes.upload", sandbox.id, "/workspace/data.csv", "a,b\n")
    assert twin.call("sandboxes.download_file", sandbox.id, "workspace/data.csv") == b"a,b\n"
    assert twin.call("sandboxes.download_file", sandbox.id, "/workspace/data.csv") == b"a,b\n"
    assert twin.call("sandboxes.download", sandbox.id, "data.csv") == b"a,b\n"
    assert [f.name for f in twin.call("sandboxes.list_files", sandbox.id)] == ["data.csv"]
    assert twin.call("sandboxes.exec", sandbox.id, "cat ../attachments/*").stdout == "attached"
    with pytest.raises(ValueError):
        twin.call("sandboxes.download_file", sandbox.id, "workspace/../etc/passwd")
    twin.call("sandboxes.destroy", sandbox.id)


def test_script_tools_run_through_the_mcp_endpoint_too(gateway: LocalGateway) -> None:
    """MCP and REST share the one execute path: the script runs and its call is logged."""
    from mcpgateway_sdk import MCPGateway

    async def scenario() -> tuple[Any, Any, str]:
        async with MCPGateway(api_key=gateway.api_key, url=gateway.url) as gw:
            server = await gw.servers.create(name="calc-mcp", type="script")
            await gw.servers.create_script_tool_package(server.id, package())
            async with gw.mcp_session() as mcp:
                names = {tool.name for tool in (await mcp.list_tools()).tools}
                assert {"calc-mcp__add", "calc-mcp__broken"} <= names
                called = await mcp.call_tool("calc-mcp__add", {"a": 1, "b": 41})
            sandbox = await gw.sandboxes.acquire_or_create(f"script-tools:{server.id}")
            logs = await gw.sandboxes.logs(sandbox.id, tool_name="add")
            return called, logs, str(server.name)

    called, logs, name = asyncio.run(scenario())
    assert not called.is_error
    assert "42" in json.dumps(called.model_dump(mode="json"))
    assert logs.total == 1 and logs[0].source_name == name


def _with_tool(manifest_tools: list[dict[str, Any]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"tools": manifest_tools}))
        archive.writestr("run.sh", "echo '{\"ok\": true}'\n")
    return buffer.getvalue()


def test_update_bundles_and_streamed_export(twin: Twin) -> None:
    server = twin.call("servers.create", name=f"bundled-{twin.mode}", type="script")
    one = {"name": "one", "entry": "run.sh"}
    two = {"name": "two", "entry": "run.sh"}
    three = {"name": "three", "entry": "run.sh"}
    twin.call("servers.create_script_tool_package", server.id, _with_tool([one]))
    [tool] = twin.call("servers.list_tools", server.id)
    bundle = twin.call("bundles.create", f"b-{twin.mode}", tools=[{"tool_id": tool.id}])
    twin.call(
        "servers.create_script_tool_package", server.id, _with_tool([one, two]),
        update_bundles=False,
    )  # fmt: skip
    prefix = f"bundled-{twin.mode}__"
    names = {t.tool_name.removeprefix(prefix) for t in twin.call("bundles.list_tools", bundle.id)}
    assert names == {"one"}
    twin.call("servers.create_script_tool_package", server.id, _with_tool([one, two, three]))
    names = {t.tool_name.removeprefix(prefix) for t in twin.call("bundles.list_tools", bundle.id)}
    assert names == {"one", "three"}  # only what this upload added

    assert twin.call("tools.execute", f"bundled-{twin.mode}__three", {}).result == {"ok": True}
    sandbox = twin.call("sandboxes.acquire_or_create", f"script-tools:{server.id}")
    call = twin.client.with_streaming_response.sandboxes.export_logs
    if twin.mode == "sync":
        with call(sandbox.id, fmt="csv") as response:
            body = b"".join(response.iter_bytes())
            assert response.headers["content-type"].startswith("text/csv")
    else:

        async def go() -> tuple[bytes, str]:
            async with call(sandbox.id, fmt="csv") as response:
                chunks = [chunk async for chunk in response.aiter_bytes()]
                return b"".join(chunks), response.headers["content-type"]

        body, kind = twin.run(go())
        assert kind.startswith("text/csv")
    assert body.decode().splitlines()[0].startswith("id,sandbox_id,") and b"three" in body
