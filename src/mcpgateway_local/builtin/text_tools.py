"""Built-in MCP server: small text utilities (word count, reverse, upper case, slugify).

Run over stdio with ``python -m mcpgateway_local.builtin.text_tools``.
"""

from __future__ import annotations

import re
import unicodedata

from mcp.server.mcpserver import MCPServer
from typing_extensions import TypedDict  # pydantic needs it for nested TypedDicts on 3.11

server: MCPServer = MCPServer(
    "text-tools",
    instructions="Text utilities: count words, reverse text, convert to upper case, and make URL slugs.",
    log_level="WARNING",
)

_NON_SLUG = re.compile(r"[^a-z0-9]+")


class TextStats(TypedDict):
    """Counts for a piece of text."""

    words: int
    characters: int
    characters_no_spaces: int
    lines: int


@server.tool(
    description=(
        "Count the words in a text (whitespace-separated), plus its characters, "
        "characters without whitespace, and lines."
    )
)
def word_count(text: str) -> TextStats:
    """Return word, character and line counts for ``text``."""
    return TextStats(
        words=len(text.split()),
        characters=len(text),
        characters_no_spaces=sum(1 for ch in text if not ch.isspace()),
        lines=len(text.splitlines()) if text else 0,
    )


@server.tool(description="Reverse a text string character by character (e.g. 'abc' -> 'cba').")
def reverse_text(text: str) -> str:
    """Return ``text`` reversed."""
    return text[::-1]


@server.tool(description="Convert a text to UPPER CASE (uppercase letters).")
def to_upper(text: str) -> str:
    """Return ``text`` in upper case."""
    return text.upper()


@server.tool(
    description=(
        "Turn a text or title into a URL-friendly slug: lower case ASCII letters and digits joined by "
        "hyphens, accents removed (e.g. 'Héllo, World!' -> 'hello-world')."
    )
)
def slugify(text: str) -> str:
    """Return a lower-case, hyphen-separated ASCII slug of ``text``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def main() -> None:
    """Serve the text tools over stdio."""
    server.run()


if __name__ == "__main__":
    main()
