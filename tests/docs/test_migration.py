"""The README's migration notes run as written: their code blocks execute against a real
loopback server, with `gw` and `server_id` given."""

from __future__ import annotations

import asyncio
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_sdk import MCPGateway
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Migrating from the published SDK", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.DOTALL)
SID = "908cf468-8378-4da7-85ea-158799705ebe"


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        srv.default.status, srv.default.body = success_example("get_server")
        yield srv


def run_block(block: str, url: str) -> None:
    """Run `block` as the body of a coroutine, on one event loop with its own client `gw`."""
    source = "async def _snippet(gw, server_id):\n" + textwrap.indent(block, "    ")
    namespace: dict[str, Any] = {}
    exec(compile(source, "README.md", "exec"), namespace)

    async def scenario() -> None:
        gw = MCPGateway(api_key="k", url=url, check_version=False)
        try:
            await namespace["_snippet"](gw, SID)
        finally:
            await gw.aclose()

    asyncio.run(scenario())


def test_the_section_has_runnable_blocks() -> None:
    assert len(BLOCKS) >= 2
    assert "to_dict()" in SECTION and "item assignment" in SECTION


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_migration_blocks_run(server: RecordingServer, block: str) -> None:
    run_block(block, server.url)


def test_what_the_notes_say_fails_does_fail(server: RecordingServer) -> None:
    import json

    async def scenario() -> None:
        async with MCPGateway(api_key="k", url=server.url, check_version=False) as gw:
            server_model = await gw.servers.get(SID)
        with pytest.raises(TypeError):
            json.dumps(server_model)
        with pytest.raises(TypeError):
            server_model["name"] = "x"  # type: ignore[index]
        with pytest.raises(TypeError):
            await gw.servers.create(name="x", type="npx", display_nmae="X")  # type: ignore[call-arg]
        with pytest.raises(ValueError):
            await gw.servers.get("..")

    asyncio.run(scenario())
