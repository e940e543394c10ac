"""A tiny stdio MCP server named in the published README's examples (`read_pdf`), for the seed test.

It fetches nothing: this machine has no network. It answers deterministically from the URL.
"""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer

server = MCPServer("document-reader")


@server.tool()
def read_pdf(url: str) -> str:
    """Read a PDF document at a URL and return its text."""
    return f"(demo) text of {url}: 3 pages, 412 words"


if __name__ == "__main__":
    server.run()
