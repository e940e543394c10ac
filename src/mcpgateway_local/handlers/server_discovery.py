"""A server's discovery OAuth grant (`/api/v1/servers/{server_id}/discovery-oauth`): thin, over
the `discovery_oauth` service."""

from __future__ import annotations

from .. import discovery_oauth, oauth_apps
from ..kinds import SERVER
from ..records import fetch_or_404
from . import ApiRequest, ApiResult, operation


@operation("get_discovery_oauth")
async def get_discovery_oauth(req: ApiRequest) -> ApiResult:
    server = fetch_or_404(req.gw.store, SERVER, req.path["server_id"], "Server")
    return ApiResult.json(discovery_oauth.status(req.gw, server))


@operation("authorize_discovery_oauth")
async def authorize_discovery_oauth(req: ApiRequest) -> ApiResult:
    server = fetch_or_404(req.gw.store, SERVER, req.path["server_id"], "Server")
    public_url = oauth_apps.public_url(req.headers.get("host"), req.gw)
    start = await discovery_oauth.authorize(
        req.gw,
        server,
        [str(scope) for scope in req.body["scopes"]],
        req.body.get("redirect_uri"),
        public_url,
    )
    return ApiResult.json(start)


@operation("delete_discovery_oauth")
async def delete_discovery_oauth(req: ApiRequest) -> ApiResult:
    server = fetch_or_404(req.gw.store, SERVER, req.path["server_id"], "Server")
    discovery_oauth.remove(req.gw, str(server["id"]))
    return ApiResult.no_content()
