"""Servers: their authentication (declaration, write-only secrets). The rules are in the
`server_auth` service; secret values never appear in an answer."""

from __future__ import annotations

from ..server_auth import delete_secret, render_authentication, set_authentication, set_secret
from ..toolbox import Toolbox
from . import ApiRequest, ApiResult, operation

__all__: list[str] = []


@operation("get_server_authentication")
async def get_server_authentication(req: ApiRequest) -> ApiResult:
    """The declaration with, per field, whether a value is stored."""
    box = Toolbox.of(req.gw)
    return ApiResult.json(render_authentication(box.store, box.server(req.path["server_id"])))


@operation("set_server_authentication")
async def set_server_authentication(req: ApiRequest) -> ApiResult:
    """Replace the declaration (and store the admin secrets sent with it)."""
    box = Toolbox.of(req.gw)
    server = box.server(req.path["server_id"])
    set_authentication(box.store, server, req.body or {})
    return ApiResult.json(render_authentication(box.store, server))


@operation("set_server_auth_secret")
async def set_server_auth_secret(req: ApiRequest) -> ApiResult:
    """Store one field's value (404 for a field that is not declared)."""
    box = Toolbox.of(req.gw)
    body = req.body or {}
    set_secret(box.store, box.server(req.path["server_id"]), str(body["name"]), str(body["value"]))
    return ApiResult.no_content()


@operation("delete_server_auth_secret")
async def delete_server_auth_secret(req: ApiRequest) -> ApiResult:
    """Remove one field's value."""
    box = Toolbox.of(req.gw)
    delete_secret(box.store, box.server(req.path["server_id"]), req.path["field_name"])
    return ApiResult.no_content()
