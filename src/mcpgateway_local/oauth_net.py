"""Outbound HTTP for OAuth discovery, token requests and `probe_auth`, with an optional egress
guard (the `bundle_only_remote_egress_guard` capability).

Guarded clients resolve every host themselves, refuse any address that is not globally routable
(loopback, private, link-local (cloud metadata at 169.254.169.254), shared, unspecified,
multicast, reserved; IPv4-mapped IPv6 included) and connect to the very address they checked,
so a second DNS answer cannot swap in another target. No client follows redirects, and none
reads proxy settings from the environment (a proxy would bypass the pinning).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import anyio
import httpcore
import httpx

__all__ = ["EgressRefused", "http_client", "refused_address", "url_problem"]

TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_BODY = 1024 * 1024
"""Bytes read at most from a discovery or token answer."""


class EgressRefused(Exception):
    """The guard refused a destination; the message names the host and why (no secrets)."""


def refused_address(address: str) -> str | None:
    """Why the guard refuses `address` (an IP literal), or None when it is globally routable."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for label, hit in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local (metadata)", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if hit:
            return f"a {label} address"
    return None if ip.is_global else "not a public address"


def url_problem(url: object) -> str | None:
    """Why `url` cannot be fetched (None when it is an absolute http(s) URL without userinfo)."""
    if not isinstance(url, str) or not url.strip():
        return "must be a non-empty URL"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return "is not a valid URL"
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return "must be an absolute http or https URL"
    if parsed.userinfo:
        return "must not carry a username or password"
    return None


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks and pins each connection's address."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}") from exc
        addresses = [str(info[4][0]) for info in infos]
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        for address in addresses:
            reason = refused_address(address)
            if reason is not None:
                raise EgressRefused(f"{host} resolves to {reason} ({address}); refused")
        return await self._inner.connect_tcp(
            addresses[0], port, timeout, local_address, socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def http_client(*, guard: bool = False) -> httpx.AsyncClient:
    """A client for one discovery, probe or token exchange (close it after use)."""
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    if guard:
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(),
        )
    return httpx.AsyncClient(
        transport=transport, timeout=TIMEOUT, follow_redirects=False, trust_env=False
    )
