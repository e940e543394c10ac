"""A tiny stdio MCP server whose tool carries the 0.61 hints in its `_meta`
(`use_when`, `returns`, `usage_hints`), and one tool without any."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer

server = MCPServer("hinted")


@server.tool(
    meta={
        "use_when": "You need the length of a text.",
        "returns": "The number of characters.",
        "usage_hints": "Whitespace counts.",
        "other": "ignored",
    }
)
def text_length(text: str) -> int:
    """Count the characters of a text."""
    return len(text)


@server.tool()
def shout(text: str) -> str:
    """Upper-case a text."""
    return text.upper()


if __name__ == "__main__":
    server.run()
