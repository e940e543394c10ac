"""A tiny stdio MCP server (newline-delimited JSON-RPC, standard library only).

One tool, `echo`: answers with the text it was given, the server's command-line arguments and
the `ECHO_GREETING` environment variable, so a test sees that args and env reached it.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

TOOLS = [
    {
        "name": "echo",
        "description": "Echo the text back with the server's arguments and greeting.",
        "inputSchema": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def answer(method: str, params: dict[str, Any]) -> dict[str, Any]:
    """The result of one request (KeyError for an unknown method)."""
    if method == "initialize":
        return {
            "protocolVersion": params.get("protocolVersion", "2025-06-18"),
            "capabilities": {"tools": {}},
            "serverInfo": {"name": "echo-mcp", "version": "0.1.0"},
        }
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call":
        reply = {
            "text": params.get("arguments", {}).get("text"),
            "argv": sys.argv[1:],
            "greeting": os.environ.get("ECHO_GREETING"),
            "runtime": "python",
        }
        return {"content": [{"type": "text", "text": json.dumps(reply)}], "isError": False}
    if method == "ping":
        return {}
    raise KeyError(method)


def main() -> None:
    """Serve requests from stdin until it closes."""
    for line in sys.stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        if "id" not in message:  # a notification
            continue
        try:
            body: dict[str, Any] = {
                "result": answer(message["method"], message.get("params") or {})
            }
        except KeyError:
            body = {"error": {"code": -32601, "message": f"Method not found: {message['method']}"}}
        sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": message["id"], **body}) + "\n")
        sys.stdout.flush()
