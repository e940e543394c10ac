"""Shared by the tests of what surrounds the SDK (MCP helper, CLI, examples, fixtures): the
plugin's session gateway (`mcpgateway_local`) with the weather and calculator servers running."""

from __future__ import annotations

from typing import Any

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import MCPGatewaySync


@pytest.fixture(scope="session")
def running_servers(mcpgateway_local: LocalGateway) -> dict[str, Any]:
    """`weather` and `calc` imported from the built-in catalog and started (once per session)."""
    with MCPGatewaySync(api_key=mcpgateway_local.api_key, url=mcpgateway_local.url) as gw:
        out = {}
        for registry_id, name in (("weather", "weather"), ("calculator", "calc")):
            server = gw.servers.import_from_catalog("builtin", registry_id, name)
            gw.servers.start(server.id)
            out[name] = server
        return out
