"""The generated low-level client builds correct requests on its own (sync and async), on the wire."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Iterator
from typing import TypeVar

import pytest

from mcpgateway_sdk._generated.api.cache import set_cache_entry
from mcpgateway_sdk._generated.api.sandboxes import download_sandbox_file, upload_sandbox_file
from mcpgateway_sdk._generated.api.servers import list_servers
from mcpgateway_sdk._generated.api.skills import upload_skill
from mcpgateway_sdk._generated.api.tools import execute_tool
from mcpgateway_sdk._generated.client import AuthenticatedClient
from mcpgateway_sdk._generated.models import (
    CacheEntryWrite,
    ServerList,
    SkillUpload,
    ToolExecuteRequest,
    ToolExecuteResult,
)
from mcpgateway_sdk._generated.types import File
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example

T = TypeVar("T")

SID = "3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11"


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture
def client(server: RecordingServer) -> Iterator[AuthenticatedClient]:
    client = AuthenticatedClient(base_url=server.url, token="sk-gen")
    yield client
    client.get_httpx_client().close()  # no socket left for the garbage collector


def run_closing(client: AuthenticatedClient, awaitable: Awaitable[T]) -> T:
    """Run `awaitable` in a fresh event loop, then close the client's async pool in that loop."""

    async def main() -> T:
        try:
            return await awaitable
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_query_parameters_and_parsed_model(
    server: RecordingServer, client: AuthenticatedClient, mode: str
) -> None:
    server.reply(*success_example("list_servers"))
    kwargs = {
        "client": client,
        "page": 2,
        "page_size": 50,
        "search": "time zone",
        "status": "running",
    }
    if mode == "sync":
        response = list_servers.sync_detailed(**kwargs)  # type: ignore[arg-type]
    else:
        response = run_closing(client, list_servers.asyncio_detailed(**kwargs))  # type: ignore[arg-type]
    sent = server.requests[-1]
    assert (sent.method, sent.raw_path) == ("GET", "/api/v1/servers")
    assert dict(sent.query) == {
        "page": "2", "page_size": "50", "search": "time zone", "status": "running",
        "sort_by": "updated_at", "sort_order": "desc",
    }  # fmt: skip
    assert sent.headers["authorization"] == "Bearer sk-gen"
    assert response.status_code == 200 and isinstance(response.parsed, ServerList)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_json_body(server: RecordingServer, client: AuthenticatedClient, mode: str) -> None:
    server.reply(*success_example("execute_tool"))
    body = ToolExecuteRequest(tool_name="weather__get_weather", arguments={"city": "NYC"})
    if mode == "sync":
        parsed = execute_tool.sync(client=client, body=body, x_mcp_session_id="s-1")
    else:
        parsed = run_closing(
            client, execute_tool.asyncio(client=client, body=body, x_mcp_session_id="s-1")
        )
    sent = server.requests[-1]
    assert (sent.method, sent.raw_path) == ("POST", "/api/v1/tools/execute")
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-mcp-session-id"] == "s-1"
    assert sent.json() == {"tool_name": "weather__get_weather", "arguments": {"city": "NYC"}}
    assert isinstance(parsed, ToolExecuteResult)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_path_encoding(server: RecordingServer, client: AuthenticatedClient, mode: str) -> None:
    server.reply(204)
    body = CacheEntryWrite(value={"a": 1}, ttl=60)
    call = set_cache_entry.sync_detailed if mode == "sync" else set_cache_entry.asyncio_detailed
    result = call(key="a/b?c#d e", client=client, body=body)
    if mode == "async":
        result = run_closing(client, result)  # type: ignore[arg-type]
    sent = server.requests[-1]
    assert (sent.method, sent.raw_path) == ("PUT", "/api/v1/cache/a%2Fb%3Fc%23d%20e")
    assert sent.json() == {"value": {"a": 1}, "ttl": 60}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_multipart_upload_has_a_random_boundary(
    server: RecordingServer, client: AuthenticatedClient, mode: str
) -> None:
    server.reply(*success_example("upload_skill"))
    content = b"---\nname: demo\n---\n\r\n--+++\r\nnot a boundary\n"
    body = SkillUpload(file=File(payload=content, file_name="SKILL.md", mime_type="text/markdown"))
    if mode == "sync":
        upload_skill.sync_detailed(client=client, body=body)
    else:
        run_closing(client, upload_skill.asyncio_detailed(client=client, body=body))
    sent = server.requests[-1]
    ctype = sent.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary=") and "boundary=+++" not in ctype
    assert content in sent.body and b'name="file"; filename="SKILL.md"' in sent.body


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_binary_upload_and_download(
    server: RecordingServer, client: AuthenticatedClient, mode: str
) -> None:
    data = bytes(range(256))
    server.reply(204)
    server.reply(200, data)
    up = (
        upload_sandbox_file.sync_detailed
        if mode == "sync"
        else upload_sandbox_file.asyncio_detailed
    )
    down = download_sandbox_file.sync if mode == "sync" else download_sandbox_file.asyncio
    args = {"sandbox_id": SID, "file_path": "/workspace/dir/a b.bin", "client": client}
    if mode == "sync":
        up(body=File(payload=data), **args)  # type: ignore[arg-type]
        got = down(**args)  # type: ignore[arg-type]
    else:

        async def both() -> object:
            await up(body=File(payload=data), **args)  # type: ignore[arg-type]
            return await down(**args)  # type: ignore[arg-type]

        got = run_closing(client, both())
    put, get = server.requests[-2:]
    path = f"/api/v1/sandboxes/{SID}/files//workspace/dir/a%20b.bin"
    assert (put.method, put.raw_path, put.body) == ("PUT", path, data)
    assert (get.method, get.raw_path) == ("GET", path)
    assert isinstance(got, File) and got.payload.read() == data


def test_unknown_enum_value_is_tolerated() -> None:
    from mcpgateway_sdk._generated.models import ApiKeyCreateEnvironment

    staging = ApiKeyCreateEnvironment("staging")
    assert staging.value == "staging" and str(staging) == "staging"
    assert json.dumps({"env": staging}) == '{"env": "staging"}'


def test_non_iana_status_does_not_crash(
    server: RecordingServer, client: AuthenticatedClient
) -> None:
    server.reply(520, {"detail": "origin error"})
    response = list_servers.sync_detailed(client=client)
    assert response.status_code == 520 and response.parsed is None
