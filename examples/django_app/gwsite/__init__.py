"""A minimal Django project that calls MCP Gateway through one `MCPGatewaySync` per process."""
