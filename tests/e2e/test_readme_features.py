"""The README's feature examples run for real: every python block between
`<!-- readme-run: begin -->` and `<!-- readme-run: end -->` (an `# async` and a `# sync` form of
each) runs against a local gateway, with `gw`, `server_id` and `sandbox_id` defined."""

from __future__ import annotations

import asyncio
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_sdk import MCPGateway, MCPGatewaySync

pytestmark = pytest.mark.e2e

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTIONS = re.findall(r"<!-- readme-run: begin -->(.*?)<!-- readme-run: end -->", README, re.S)
BLOCKS = [b for section in SECTIONS for b in re.findall(r"```python\n(.*?)```", section, re.S)]


@pytest.fixture(scope="module")
def prepared(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[LocalGateway, dict[str, str]]]:
    data_dir = tmp_path_factory.mktemp("readme-data")
    with (
        run_local_gateway(data_dir=data_dir) as local,
        MCPGatewaySync(api_key=local.api_key, url=local.url) as gw,
    ):
        calc = gw.servers.import_from_catalog("builtin", "calculator", "calc")
        gw.servers.start(calc.id)
        sandbox = gw.sandboxes.create()
        gw.sandboxes.upload(sandbox.id, "data.csv", b"a,b\n1,2\n")
        yield local, {"server_id": str(calc.id), "sandbox_id": str(sandbox.id)}


def test_every_feature_section_has_both_forms() -> None:
    assert len(SECTIONS) >= 5
    for section in SECTIONS:
        blocks = re.findall(r"```python\n(.*?)```", section, re.S)
        assert [b.splitlines()[0] for b in blocks] == ["# async", "# sync"], section[:80]


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_runs(
    block: str,
    prepared: tuple[LocalGateway, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local, names = prepared
    monkeypatch.chdir(tmp_path)
    if block.startswith("# async"):
        source = "async def _block(gw, server_id, sandbox_id):\n" + textwrap.indent(block, "    ")
        namespace: dict[str, Any] = {}
        exec(compile(source, "README.md", "exec"), namespace)

        async def main() -> None:
            async with MCPGateway(api_key=local.api_key, url=local.url) as gw:
                await namespace["_block"](gw, **names)

        asyncio.run(main())
    else:
        with MCPGatewaySync(api_key=local.api_key, url=local.url) as gw:
            exec(compile(block, "README.md", "exec"), {"gw": gw, **names})
