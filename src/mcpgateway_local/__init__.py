"""A contract-faithful MCP Gateway on loopback, for demos and tests."""
