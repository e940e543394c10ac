"""OAuth apps (`/api/v1/oauth-apps`), `probe_auth` and the OAuth callback: thin, over the
`oauth_apps`, `oauth_probe` and `oauth_callback` services."""

from __future__ import annotations

from .. import oauth_apps
from ..oauth_callback import finish
from ..oauth_probe import probe
from . import ApiRequest, ApiResult, operation


def _url(req: ApiRequest) -> str:
    return oauth_apps.public_url(req.headers.get("host"), req.gw)


@operation("create_oauth_app")
async def create_oauth_app(req: ApiRequest) -> ApiResult:
    doc = oauth_apps.create(req.gw, req.body, custom=False)
    return ApiResult.json(oauth_apps.render(doc, _url(req)), status=201)


@operation("create_custom_oauth_app")
async def create_custom_oauth_app(req: ApiRequest) -> ApiResult:
    doc = oauth_apps.create(req.gw, req.body, custom=True)
    return ApiResult.json(oauth_apps.render(doc, _url(req)), status=201)


@operation("get_oauth_app")
async def get_oauth_app(req: ApiRequest) -> ApiResult:
    return ApiResult.json(oauth_apps.render(oauth_apps.get(req.gw, req.path["app_id"]), _url(req)))


@operation("update_oauth_app")
async def update_oauth_app(req: ApiRequest) -> ApiResult:
    changes = {key: req.body[key] for key in req.raw_body_keys if key in req.body}
    doc = oauth_apps.update(req.gw, req.path["app_id"], changes)
    return ApiResult.json(oauth_apps.render(doc, _url(req)))


@operation("delete_oauth_app")
async def delete_oauth_app(req: ApiRequest) -> ApiResult:
    oauth_apps.delete(req.gw, req.path["app_id"])
    return ApiResult.no_content()


@operation("list_compatible_oauth_apps")
async def list_compatible_oauth_apps(req: ApiRequest) -> ApiResult:
    apps = oauth_apps.compatible(req.gw, req.query)
    items = [oauth_apps.render(doc, _url(req)) for doc in apps]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("probe_auth")
async def probe_auth(req: ApiRequest) -> ApiResult:
    return ApiResult.json(await probe(req.body["url"], guard=bool(req.body.get("guard_network"))))


@operation("oauth_callback")
async def oauth_callback(req: ApiRequest) -> ApiResult:
    result, return_to = await finish(req.gw, req.path["alias"], req.query)
    if return_to:
        return ApiResult.json(result, status=303, headers={"Location": return_to})
    return ApiResult.json(result)
