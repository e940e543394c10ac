"""`probe_auth`: what authentication a remote MCP URL requires (no Starlette).

An unauthenticated MCP `initialize` (the connection test), then, on a 401/403, the challenge and
OAuth discovery. Outcomes: `no_authentication` (it answered), `oauth` (an authorization server
was found), `authentication_required` (a bearer or basic challenge without OAuth),
`detection_failed` (no answer, or an unexpected status). With `guard` the URL and every address
discovery leads to must be public (`oauth_net`); a refused URL is a 422.
"""

from __future__ import annotations

from typing import Any

from .domain_errors import Invalid
from .oauth_discovery import Challenge, Discovery, discover, knock
from .oauth_net import EgressRefused, http_client, url_problem
from .oauth_templates import suggested_type

__all__ = ["discovery_wire", "probe"]


def discovery_wire(found: Discovery) -> dict[str, Any]:
    """The `OAuthDiscovery` answer for `found`."""
    return {
        "supports_oauth": found.supports_oauth,
        "authorization_endpoint": found.authorization_endpoint,
        "token_endpoint": found.token_endpoint,
        "registration_endpoint": found.registration_endpoint,
        "scopes_supported": found.scopes_supported,
        "challenge_scopes": found.challenge_scopes,
        "pkce_required": True,
        "error": found.error,
        "authorization_server_url": found.authorization_server_url,
        "suggested_template_type": suggested_type(found.authorization_endpoint),
        "resource": found.resource,
        "registration_endpoint_unusable": False,
    }


def _connection_test(knocked: Challenge) -> dict[str, Any]:
    success = knocked.status is not None and 200 <= knocked.status < 300
    code = None
    if knocked.status in (401, 403):
        code = "unauthorized" if knocked.status == 401 else "forbidden"
    elif knocked.status is None:
        code = "unreachable"
    elif not success:
        code = f"http_{knocked.status}"
    return {
        "success": success,
        "server_name": knocked.server_name,
        "server_version": knocked.server_version,
        "protocol_version": knocked.protocol_version,
        "tools_count": knocked.tools_count,
        "latency_ms": knocked.latency_ms,
        "error": knocked.error
        or (None if success else f"HTTP {knocked.status} without credentials"),
        "error_code": code,
        "challenge_scopes": knocked.scopes,
    }


async def probe(url: str, *, guard: bool) -> dict[str, Any]:
    """The `AuthRequirementProbe` answer for `url`."""
    problem = url_problem(url)
    if problem is not None:
        raise Invalid(["body", "url"], f"url {problem}")
    async with http_client(guard=guard) as client:
        try:
            knocked = await knock(client, url)
        except EgressRefused as refused:
            raise Invalid(["body", "url"], f"guard_network: {refused}") from None
        found = Discovery(challenge_scopes=knocked.scopes)
        if knocked.status in (401, 403) and knocked.scheme != "basic":
            found = await discover(client, url, knocked)
    answer: dict[str, Any] = {
        "oauth_discovery": discovery_wire(found),
        "connection_test": _connection_test(knocked),
        "error": None,
    }
    if knocked.status is not None and 200 <= knocked.status < 300:
        answer.update(outcome="no_authentication", auth_method="none")
    elif knocked.status in (401, 403):
        if found.supports_oauth:
            answer.update(outcome="oauth", auth_method="oauth2")
        else:
            method = "basic" if knocked.scheme == "basic" else "bearer"
            answer.update(outcome="authentication_required", auth_method=method)
    else:
        answer.update(outcome="detection_failed", auth_method=None, error=knocked.error)
    if answer["oauth_discovery"]["error"] and knocked.status not in (401, 403):
        answer["oauth_discovery"]["error"] = None
    return answer
