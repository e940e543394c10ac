"""Built-in MCP servers shipped with the local gateway.

Each module is a small stdio MCP server written with ``MCPServer`` and runnable as
``python -m mcpgateway_local.builtin.<name>``; :mod:`.catalog` describes them for the
gateway's server catalog.
"""
