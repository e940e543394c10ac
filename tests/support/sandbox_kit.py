"""Helpers for the sandbox handler tests over real HTTP (`test_sandboxes_handler.py`,
`test_sandbox_files_handler.py`)."""

from __future__ import annotations

import http.client
from typing import Any
from urllib.parse import urlsplit

from tests.support.seeded import KEY, Gw, ok


def new_sandbox(gw: Gw, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = ok(
        gw.http.post("/sandboxes", json={"image": "python:3.12", **fields}), 201
    )
    return body


def run(gw: Gw, sandbox_id: str, command: str, timeout: int = 30) -> dict[str, Any]:
    result: dict[str, Any] = ok(
        gw.http.post(
            f"/sandboxes/{sandbox_id}/exec",
            json={"command": command, "timeout_seconds": timeout},
        )
    )
    return result


def raw_request(gw: Gw, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    """Send the request target as is (httpx would normalise `..` segments away)."""
    parts = urlsplit(gw.local.url)
    assert parts.hostname is not None and parts.port is not None
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers={"Authorization": f"Bearer {KEY}"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def actions(gw: Gw, sandbox_id: str) -> list[str]:
    listing = ok(gw.http.get(f"/sandboxes/{sandbox_id}/activity"))
    assert listing["total"] == len(listing["items"])
    return [entry["action"] for entry in listing["items"]]


# --- sandboxes: lifecycle and exec ---------------------------------------------------------
