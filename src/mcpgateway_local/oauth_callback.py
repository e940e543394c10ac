"""The OAuth callback (`GET /api/v1/oauth/callback/{alias}`): the provider's redirect with `code`
and `state` completes the pending authorization it belongs to, a server's discovery grant or a
user connection (no Starlette). The state is single use; an error from the provider consumes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import connection_oauth, discovery_oauth
from .domain_errors import Refused
from .kinds import OAUTH_APP
from .oauth_flow import take
from .state import GatewayState

__all__ = ["finish"]


async def finish(
    gw: GatewayState, alias: str, query: Mapping[str, Any]
) -> tuple[dict[str, Any], str | None]:
    """`(OAuthCallbackResult, where to send the browser next or None)`."""
    state = query.get("state")
    if not isinstance(state, str) or not state:
        raise Refused("The callback carries no state")
    pending = take(gw, state)
    app = gw.store.get(OAUTH_APP, str(pending.get("app_id")))
    if app is None or app.get("alias") != alias:
        raise Refused("This state does not belong to this OAuth app's callback")
    error = query.get("error")
    if error:
        raise Refused(f"The provider refused the authorization: {str(error)[:200]}")
    code = query.get("code")
    if not isinstance(code, str) or not code:
        raise Refused("The callback carries no authorization code")
    purpose = pending.get("purpose") or {}
    if purpose.get("kind") == "discovery":
        result = await discovery_oauth.complete(gw, pending, code)
    else:
        result = await connection_oauth.complete(gw, pending, code)
    return_to = purpose.get("return_to")
    return result, return_to if isinstance(return_to, str) else None
