"""OAuth provider templates (`/api/v1/oauth-templates`): the built-in data set."""

from __future__ import annotations

from ..oauth_templates import templates, wire
from . import ApiRequest, ApiResult, operation


@operation("list_oauth_templates")
async def list_oauth_templates(req: ApiRequest) -> ApiResult:
    items = [wire(template) for template in templates()]
    return ApiResult.json({"items": items, "total": len(items)})
