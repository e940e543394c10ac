"""The README stays true: its code parses, the calls it shows exist on both clients, the commands
it names exist, and `.ci/run` runs the README's test command."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PY_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SH_BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)


def parse(block: str) -> ast.Module:
    # Snippets use top-level `await`, as the README says they run inside `async with ... as gw`.
    return ast.parse("async def _snippet():\n" + textwrap.indent(block, "    "))


@pytest.mark.parametrize("block", PY_BLOCKS, ids=[f"block{i}" for i in range(len(PY_BLOCKS))])
def test_python_blocks_parse(block: str) -> None:
    parse(block)


def _gw_chain(node: ast.Attribute) -> tuple[str, ...] | None:
    """`("servers", "get")` for `gw.servers.get`; None when the chain does not start at `gw`."""
    names: list[str] = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        names.append(current.attr)
        current = current.value
    return tuple(reversed(names)) if isinstance(current, ast.Name) and current.id == "gw" else None


def test_every_gw_call_exists_on_both_clients() -> None:
    chains = set()
    for block in PY_BLOCKS:
        nodes = [n for n in ast.walk(parse(block)) if isinstance(n, ast.Attribute)]
        inner = {id(n.value) for n in nodes}
        for node in nodes:
            chain = _gw_chain(node) if id(node) not in inner else None
            if chain and len(chain) >= 2:  # `gw.servers.get`, `gw.with_raw_response.servers.get`
                chains.add(chain)
    assert len(chains) >= 10
    for client in (MCPGateway(api_key="k", check_version=False), MCPGatewaySync(api_key="k")):
        for chain in chains:
            target: object = client
            for name in chain:
                target = getattr(target, name)
            assert callable(target), "gw." + ".".join(chain)


def test_make_targets_named_in_the_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, re.MULTILINE))
    named = {m for block in SH_BLOCKS for m in re.findall(r"^make ([a-z-]+)", block, re.MULTILINE)}
    assert {"demo", "test"} <= named
    assert named <= targets, named - targets


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in README and re.search(r"^make test$", ci, re.MULTILINE)


def test_builtin_catalog_table_matches_the_catalog() -> None:
    from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG

    for entry in BUILTIN_CATALOG:
        row = re.search(rf"^\| `{re.escape(entry.registry_id)}` \| (.*) \|$", README, re.MULTILINE)
        assert row, f"{entry.registry_id} missing from the README's catalog table"
        for tool in entry.tools:
            assert f"`{tool}`" in row.group(1), (entry.registry_id, tool)


def test_configuration_table_matches_the_constructor() -> None:
    import inspect

    params = set(inspect.signature(MCPGateway.__init__).parameters) - {"self"}
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", README, re.MULTILINE))
    assert params <= documented, params - documented
