"""pytest plugin (entry point `pytest11`, loaded automatically): a real local gateway per session.

    def test_servers(mcpgateway_local):
        gw = MCPGateway(url=mcpgateway_local.url, api_key=mcpgateway_local.api_key)

The session fixture `mcpgateway_local` starts `python -m mcpgateway_local serve --port 0
--temporary --validate-responses` on 127.0.0.1 with a random key, waits for the ready line and
yields a `LocalGateway(url, api_key, data_dir, pid, log_path)` (`.mcp_url`, `.headers` too).
At session end it sends SIGTERM, waits, then kills. Outside pytest use
`mcpgateway_local.launcher.run_local_gateway` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .launcher import GatewayStartError, LocalGateway, run_local_gateway

__all__ = ["GatewayStartError", "LocalGateway", "mcpgateway_local", "run_local_gateway"]


@pytest.fixture(scope="session")
def mcpgateway_local() -> Iterator[LocalGateway]:
    """A running local gateway shared by the whole test session."""
    with run_local_gateway(extra_args=("--validate-responses",)) as gateway:
        yield gateway
