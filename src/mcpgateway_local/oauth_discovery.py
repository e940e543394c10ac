"""OAuth discovery for a remote MCP server: the unauthenticated knock (an MCP `initialize`), the
`WWW-Authenticate` challenge, RFC 9728 protected-resource metadata and RFC 8414 (or OpenID)
authorization-server metadata. Shared by `probe_auth` and discovery OAuth; no Starlette.

The well-known URL orders come from the `mcp` package (`mcp.client.auth.utils`).
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from mcp.client.auth.utils import (
    build_oauth_authorization_server_metadata_discovery_urls,
    build_protected_resource_metadata_discovery_urls,
)

from . import __version__
from .oauth_net import MAX_BODY, EgressRefused

__all__ = ["Challenge", "Discovery", "discover", "knock"]

PROTOCOL_VERSION = "2025-06-18"
_PARAM_RE = re.compile(r'([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


@dataclass
class Challenge:
    """What the URL answered to an unauthenticated MCP `initialize`."""

    status: int | None = None
    scheme: str | None = None
    resource_metadata: str | None = None
    scopes: list[str] | None = None
    server_name: str | None = None
    server_version: str | None = None
    protocol_version: str | None = None
    tools_count: int | None = None
    latency_ms: int | None = None
    error: str | None = None


@dataclass
class Discovery:
    """The OAuth evidence found for a URL (all optional: discovery may stop anywhere)."""

    resource: str | None = None
    authorization_server_url: str | None = None
    authorization_endpoint: str | None = None
    token_endpoint: str | None = None
    registration_endpoint: str | None = None
    scopes_supported: list[str] | None = None
    challenge_scopes: list[str] | None = None
    code_challenge_methods: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def supports_oauth(self) -> bool:
        """Whether both endpoints of an authorization server are known."""
        return bool(self.authorization_endpoint and self.token_endpoint)


def _parse_challenge(header: str | None) -> tuple[str | None, dict[str, str]]:
    if not header:
        return None, {}
    scheme = header.strip().split(None, 1)[0].lower() if header.strip() else None
    params = {
        m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _PARAM_RE.finditer(header)
    }
    return scheme, params


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    if len(response.content) > MAX_BODY:
        return None
    text = response.text
    if "text/event-stream" in response.headers.get("content-type", ""):
        text = next(
            (line[5:].strip() for line in text.splitlines() if line.startswith("data:")), ""
        )
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str_list(value: Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


async def knock(client: httpx.AsyncClient, url: str) -> Challenge:
    """POST an MCP `initialize` to `url` without credentials and read the answer.

    `EgressRefused` (a guarded client's refusal of `url` itself) propagates.
    """
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": PROTOCOL_VERSION,
            "capabilities": {},
            "clientInfo": {"name": "mcpgateway-local-probe", "version": __version__},
        },
    }
    headers = {"Accept": "application/json, text/event-stream"}
    started = time.monotonic()
    try:
        response = await client.post(url, json=body, headers=headers)
    except httpx.HTTPError as exc:
        return Challenge(error=f"no answer from {url}: {type(exc).__name__}")
    result = Challenge(status=response.status_code)
    result.latency_ms = int((time.monotonic() - started) * 1000)
    scheme, params = _parse_challenge(response.headers.get("www-authenticate"))
    result.scheme = scheme
    result.resource_metadata = params.get("resource_metadata") or None
    scope = params.get("scope")
    result.scopes = scope.split() if scope else None
    if response.is_success:
        data = _json_object(response) or {}
        info = _object(data.get("result"))
        server = _object(info.get("serverInfo"))
        name, version = server.get("name"), server.get("version")
        result.server_name = name if isinstance(name, str) else None
        result.server_version = version if isinstance(version, str) else None
        protocol = info.get("protocolVersion")
        result.protocol_version = protocol if isinstance(protocol, str) else None
        await _count_tools(client, url, result, response.headers.get("mcp-session-id"))
    elif response.status_code not in (401, 403):
        result.error = f"{url} answered HTTP {response.status_code}"
    return result


async def _count_tools(
    client: httpx.AsyncClient, url: str, result: Challenge, session: str | None
) -> None:
    """Finish the handshake, list the tools (`tools_count`), end the session (best effort)."""
    headers = {
        "Accept": "application/json, text/event-stream",
        "mcp-protocol-version": result.protocol_version or PROTOCOL_VERSION,
    }
    if session:
        headers["mcp-session-id"] = session
    with contextlib.suppress(httpx.HTTPError):
        note = {"jsonrpc": "2.0", "method": "notifications/initialized"}
        await client.post(url, json=note, headers=headers)
        listed = await client.post(
            url, json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"}, headers=headers
        )
        tools = _object((_json_object(listed) or {}).get("result")).get("tools")
        result.tools_count = len(tools) if isinstance(tools, list) else None
        if session:
            await client.delete(url, headers={"mcp-session-id": session})


async def _get_json(client: httpx.AsyncClient, url: str) -> dict[str, Any] | None:
    try:
        response = await client.get(url, headers={"Accept": "application/json"})
    except httpx.HTTPError:
        return None
    return _json_object(response) if response.status_code == 200 else None


def _same_issuer(found: object, expected: str) -> bool:
    return isinstance(found, str) and found.rstrip("/") == expected.rstrip("/")


async def discover(client: httpx.AsyncClient, url: str, challenge: Challenge) -> Discovery:
    """Follow RFC 9728 then RFC 8414 from `url` and its challenge; never raises for the
    remote's answers (`error` says where discovery stopped)."""
    found = Discovery(challenge_scopes=challenge.scopes)
    try:
        servers: list[str] = []
        for candidate in build_protected_resource_metadata_discovery_urls(
            challenge.resource_metadata, url
        ):
            document = await _get_json(client, candidate)
            if document is not None and _str_list(document.get("authorization_servers")):
                servers = _str_list(document.get("authorization_servers")) or []
                resource = document.get("resource")
                found.resource = resource if isinstance(resource, str) else None
                found.scopes_supported = _str_list(document.get("scopes_supported"))
                break
        issuer = servers[0] if servers else None
        for candidate in build_oauth_authorization_server_metadata_discovery_urls(issuer, url):
            metadata = await _get_json(client, candidate)
            if metadata is None:
                continue
            if issuer is not None and not _same_issuer(metadata.get("issuer"), issuer):
                found.error = "the authorization server's metadata names another issuer"
                continue
            _read_metadata(found, metadata, issuer)
            break
    except EgressRefused as refused:
        found.error = str(refused)
    if not found.supports_oauth and found.error is None:
        found.error = "no OAuth authorization server metadata found"
    return found


def _read_metadata(found: Discovery, metadata: dict[str, Any], issuer: str | None) -> None:
    def text(key: str) -> str | None:
        value = metadata.get(key)
        return value if isinstance(value, str) and value else None

    found.error = None
    found.authorization_server_url = issuer or text("issuer")
    found.authorization_endpoint = text("authorization_endpoint")
    found.token_endpoint = text("token_endpoint")
    found.registration_endpoint = text("registration_endpoint")
    found.code_challenge_methods = _str_list(metadata.get("code_challenge_methods_supported")) or []
    if found.scopes_supported is None:
        found.scopes_supported = _str_list(metadata.get("scopes_supported"))
