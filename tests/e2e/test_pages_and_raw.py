"""Pages, raw and streamed responses, and tool errors on both clients against a real local
gateway process."""

from __future__ import annotations

import pickle
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_sdk import MCPGatewaySync, NotFoundError, ToolError
from tests.support.twins import MODES, Twin, walk

pytestmark = pytest.mark.e2e

SERVERS = 130
SKILLS = 25
BIG = 20 * 1024 * 1024


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalGateway]:
    data_dir = tmp_path_factory.mktemp("pages-data")
    with run_local_gateway(data_dir=data_dir, extra_args=("--validate-responses",)) as local:
        with MCPGatewaySync(api_key=local.api_key, url=local.url) as gw:
            for i in range(SERVERS):
                gw.servers.create(
                    name=f"page-{i:03d}",
                    type="stdio",
                    config={"command": "true"},
                )
            for i in range(SKILLS):
                gw.skills.create(
                    f"skill-{i:02d}", f"---\nname: skill-{i:02d}\ndescription: d\n---\n"
                )
            for i in range(5):
                gw.bundles.create(f"bundle-{i}")
        yield local


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


# --- pages --------------------------------------------------------------------------------


def test_servers_pages(twin: Twin) -> None:
    page = twin.call("servers.list", page_size=50)
    assert isinstance(page, list) and len(page) == 50 and len(page[:10]) == 10
    assert page.total == SERVERS and page.has_more
    assert page.status_counts == page.extra["status_counts"]
    assert page.extra["page"] == 1
    second = twin.run(page.next_page())
    assert len(second) == 50 and second.extra["page"] == 2
    third = twin.run(second.next_page())
    assert len(third) == 30 and not third.has_more
    assert twin.run(third.next_page()) is None
    ids = [server.id for server in walk(twin, page)]
    assert len(ids) == SERVERS == len(set(ids))


def test_skills_pages_by_offset(twin: Twin) -> None:
    page = twin.call("skills.list", limit=10)
    assert len(page) == 10 and page.total == SKILLS and page.has_more
    ids = [skill.id for skill in walk(twin, page)]
    assert len(ids) == SKILLS == len(set(ids))
    last = twin.call("skills.list", offset=20, limit=10)
    assert len(last) == 5 and not last.has_more


def test_catalog_search_pages_by_cursor(twin: Twin) -> None:
    everything = twin.call("servers.catalog_search", limit=100)
    assert not everything.has_more and len(everything) >= 3
    page = twin.call("servers.catalog_search", limit=1)
    assert len(page) == 1 and page.has_more and page.next_cursor
    walked = [(e.registry, e.registry_id) for e in walk(twin, page)]
    assert walked == [(e.registry, e.registry_id) for e in everything]
    assert len(set(walked)) == len(walked)


def test_bundle_pages(twin: Twin) -> None:
    page = twin.call("bundles.list", page_size=2)
    assert len(page) == 2 and page.total == 5 and page.has_more
    names = [bundle.name for bundle in walk(twin, page)]
    assert sorted(names) == [f"bundle-{i}" for i in range(5)]


# --- raw and streamed responses -----------------------------------------------------------


def raw(twin: Twin, dotted: str, *args: Any, **kwargs: Any) -> Any:
    target: Any = twin.client.with_raw_response
    for part in dotted.split("."):
        target = getattr(target, part)
    return twin.run(target(*args, **kwargs))


def test_raw_responses_200_201_204(twin: Twin) -> None:
    created = raw(
        twin, "servers.create", name=f"raw-{twin.mode}", type="stdio", config={"command": "true"}
    )
    assert created.status_code == 201
    server = created.parse()
    assert server.name == f"raw-{twin.mode}"
    assert created.http_request.method == "POST"
    assert str(created.http_request.url).endswith("/api/v1/servers")
    assert created.headers["content-type"].startswith("application/json")
    assert created.elapsed.total_seconds() > 0
    got = raw(twin, "servers.get", server.id, extra_headers={"X-Trace": "1"})
    assert got.status_code == 200 and got.parse().id == server.id
    assert got.http_request.headers["x-trace"] == "1"
    deleted = raw(twin, "servers.delete", server.id)
    assert deleted.status_code == 204 and deleted.parse() is None
    with pytest.raises(NotFoundError):
        raw(twin, "servers.get", server.id)
    with pytest.raises(AttributeError):
        _ = twin.client.with_raw_response.nothing
    with pytest.raises(AttributeError):
        _ = twin.client.with_raw_response.servers.nothing


@pytest.fixture(scope="module")
def sandbox(gateway: LocalGateway) -> Iterator[str]:
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        box = gw.sandboxes.create(disk_mb=100)
        gw.sandboxes.upload(box.id, "small.txt", b"hello")
        made = gw.sandboxes.exec(box.id, f"head -c {BIG} /dev/zero | tr '\\0' 'z' > big.bin")
        assert made.exit_code == 0, made.stderr
        yield str(box.id)


def test_raw_download(twin: Twin, sandbox: str) -> None:
    response = raw(twin, "sandboxes.download", sandbox, "small.txt")
    assert response.status_code == 200 and response.parse() == b"hello"
    assert response.content == b"hello"


def stream_to_file(twin: Twin, sandbox: str, dest: Path) -> int:
    call = twin.client.with_streaming_response.sandboxes.download
    if twin.mode == "sync":
        with call(sandbox, "big.bin") as response:
            assert response.status_code == 200
            return int(response.write_to_file(dest))

    async def go() -> int:
        async with call(sandbox, "big.bin") as response:
            assert response.status_code == 200
            return int(await response.write_to_file(dest))

    return int(twin.run(go()))


def peak_bytes(action: Any) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_a_20_mib_file_keeps_memory_low(twin: Twin, sandbox: str, tmp_path: Path) -> None:
    dest = tmp_path / "big.bin"
    written: list[int] = []
    streamed_peak = peak_bytes(lambda: written.append(stream_to_file(twin, sandbox, dest)))
    assert written == [BIG] and dest.stat().st_size == BIG
    assert dest.read_bytes() == b"z" * BIG
    assert streamed_peak < BIG // 8, streamed_peak
    # The plain call holds the whole file: what streaming avoids.
    whole_peak = peak_bytes(lambda: twin.call("sandboxes.download", sandbox, "big.bin"))
    assert whole_peak >= BIG


def test_streamed_chunks(twin: Twin, sandbox: str) -> None:
    skill = twin.call("skills.list", limit=1)[0]
    streaming = twin.client.with_streaming_response
    if twin.mode == "sync":
        with streaming.sandboxes.download(sandbox, "small.txt") as response:
            chunks = list(response.iter_bytes())
        with streaming.skills.download_package(skill.id) as response:
            package = b"".join(response.iter_bytes())
    else:

        async def go() -> tuple[list[bytes], bytes]:
            async with streaming.sandboxes.download(sandbox, "small.txt") as response:
                chunks = [chunk async for chunk in response.aiter_bytes()]
            async with streaming.skills.download_package(skill.id) as response:
                package = b"".join([chunk async for chunk in response.aiter_bytes()])
            return chunks, package

        chunks, package = twin.run(go())
    assert b"".join(chunks) == b"hello"
    assert package.startswith(b"PK")


# --- tool errors and a base URL with a path -----------------------------------------------


def test_raise_for_error(twin: Twin, gateway: LocalGateway) -> None:
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        if not any(s.name == "calc" for s in gw.servers.list(search="calc")):
            gw.servers.start(gw.servers.import_from_catalog("builtin", "calculator", "calc").id)
    ok = twin.call("tools.execute", "calc__add", {"a": 2, "b": 3})
    assert ok.raise_for_error() is ok
    failed = twin.call("tools.execute", "calc__divide", {"a": 1, "b": 0})
    with pytest.raises(ToolError) as info:
        failed.raise_for_error()
    assert "Division by zero" in str(info.value) and info.value.tool_name == failed.tool_name
    again = pickle.loads(pickle.dumps(info.value))
    assert (again.message, again.tool_name) == (info.value.message, info.value.tool_name)


def test_base_url_with_path_gets_a_hint(mode: str, gateway: LocalGateway) -> None:
    t = Twin(mode, api_key=gateway.api_key, url=gateway.url + "/api/v1", check_version=False)
    try:
        with pytest.raises(NotFoundError) as info:
            t.call("servers.list")
    finally:
        t.close()
    assert "carries the path '/api/v1'" in str(info.value)


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
