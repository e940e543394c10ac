"""Python SDK for MCP Gateway."""

from ._version import __version__

__all__ = ["__version__"]
