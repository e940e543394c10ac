"""pytest plugin (entry point `pytest11`, loaded automatically): real local gateways and clients.

    def test_servers(mcpgateway_client):                 # MCPGatewaySync on the session gateway
        assert mcpgateway_client.servers.list() is not None

Fixtures:
- `mcpgateway_local` (session): `python -m mcpgateway_local serve --port 0 --temporary
  --validate-responses` on 127.0.0.1 with a random key, shared by the whole session; a
  `LocalGateway(url, api_key, data_dir, pid, log_path)` (`.mcp_url`, `.headers` too).
- `mcpgateway_local_fresh` (function): a gateway of its own with a fresh data directory, for a
  clean state per test. It costs a gateway start (about a second) per test that uses it.
- `mcpgateway_client` / `mcpgateway_async_client` (function): an `MCPGatewaySync` / `MCPGateway`
  connected to the session gateway, closed after the test. The async one needs pytest-asyncio and
  runs in the test's own (function-scoped) event loop.

Importing this plugin needs neither the `[local]` extra nor pytest-asyncio, so installing the SDK
never breaks an unrelated pytest run: a fixture that starts a gateway without the extra fails the
test with one line naming `pip install "mcpgateway-sdk[local]"`.
Outside pytest use `mcpgateway_local.launcher.run_local_gateway` (re-exported here).
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

from .entry import LocalExtraMissingError, require_local
from .launcher import GatewayStartError, LocalGateway, run_local_gateway

__all__ = [
    "GatewayStartError",
    "LocalGateway",
    "mcpgateway_async_client",
    "mcpgateway_client",
    "mcpgateway_local",
    "mcpgateway_local_fresh",
    "run_local_gateway",
]

_SERVE_ARGS = ("--validate-responses",)


def _start() -> Any:
    """`run_local_gateway(...)`, or fail the test with the install hint when `[local]` is missing."""
    try:
        require_local()
    except LocalExtraMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    return run_local_gateway(extra_args=_SERVE_ARGS)


@pytest.fixture(scope="session")
def mcpgateway_local() -> Iterator[LocalGateway]:
    """A running local gateway shared by the whole test session."""
    with _start() as gateway:
        yield gateway


@pytest.fixture
def mcpgateway_local_fresh() -> Iterator[LocalGateway]:
    """A local gateway of this test only, on a fresh data directory (clean state; ~1 s to start)."""
    with _start() as gateway:
        yield gateway


@pytest.fixture
def mcpgateway_client(mcpgateway_local: LocalGateway) -> Iterator[MCPGatewaySync]:
    """An `MCPGatewaySync` connected to the session gateway, closed after the test."""
    with MCPGatewaySync(api_key=mcpgateway_local.api_key, url=mcpgateway_local.url) as client:
        yield client


async def _async_client(mcpgateway_local: LocalGateway) -> AsyncIterator[MCPGateway]:
    """An `MCPGateway` connected to the session gateway, closed after the test."""
    async with MCPGateway(api_key=mcpgateway_local.api_key, url=mcpgateway_local.url) as client:
        yield client


def _needs_pytest_asyncio() -> MCPGateway:
    """Without pytest-asyncio: fail the test that asks for the async client, with the hint."""
    pytest.fail("mcpgateway_async_client needs pytest-asyncio: pip install pytest-asyncio")


mcpgateway_async_client: Any
if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    try:
        mcpgateway_async_client = pytest_asyncio.fixture(
            _async_client, name="mcpgateway_async_client", loop_scope="function"
        )
    except TypeError:  # pragma: no cover - pytest-asyncio < 0.24 has no loop_scope
        mcpgateway_async_client = pytest_asyncio.fixture(
            _async_client, name="mcpgateway_async_client"
        )
else:  # pragma: no cover - exercised in the fresh-venv packaging test
    mcpgateway_async_client = pytest.fixture(_needs_pytest_asyncio, name="mcpgateway_async_client")
