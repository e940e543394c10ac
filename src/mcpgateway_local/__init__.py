"""A contract-faithful MCP Gateway on loopback, for demos and tests."""

from mcpgateway_sdk._version import __version__

__all__ = ["__version__"]
