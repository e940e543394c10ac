"""`mcpgateway`: the command line for MCP Gateway, built on `MCPGatewaySync` (standard library only).

    mcpgateway health
    mcpgateway servers list --json
    mcpgateway tools execute weather__get_weather --args '{"city": "Oslo"}'

Configuration as for the SDK: `MCPGATEWAY_URL`, `MCPGATEWAY_TOKEN`, or `--url` / `--api-key`.
Exit codes: see `mcpgateway_sdk.cli.exit_codes`.
"""

from ._app import build_parser, main

__all__ = ["build_parser", "main"]
