"""`gw.auth`: the calling user's API keys."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ..._generated.types import UNSET
from ..._helpers import opt, parse_list, parse_model
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.api_keys import (
        create_api_key,
        get_api_key,
        list_api_keys,
        revoke_api_key,
        rotate_api_key,
    )
    from ..._generated.models import (
        ApiKey,
        ApiKeyCreate,
        ApiKeyCreated,
        ApiKeyCreateEnvironment,
        ApiKeyRotateRequest,
        ApiKeyRotation,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.api_keys",
        "create_api_key get_api_key list_api_keys revoke_api_key rotate_api_key",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "ApiKey ApiKeyCreate ApiKeyCreated ApiKeyCreateEnvironment ApiKeyRotateRequest ApiKeyRotation",
    )

__all__ = ["AsyncAuth"]


class AsyncAuth(AsyncResource):
    """Create, list, rotate and revoke API keys. A key's secret is shown only once."""

    async def create_api_key(
        self,
        name: str,
        description: str | None = None,
        scopes: list[str] | None = None,
        expires_at: datetime | None = None,
        expires_in_days: int | None = None,
        environment: str = "live",
        rate_limit_rpm: int = 60,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """A new key; its secret is in `.key` (a `str`), returned only this once."""
        body = ApiKeyCreate(
            name=name,
            description=opt(description),
            scopes=opt(list(scopes) if scopes is not None else None),
            expires_at=opt(expires_at),
            expires_in_days=opt(expires_in_days),
            environment=ApiKeyCreateEnvironment(environment),
            rate_limit_rpm=rate_limit_rpm,
        )
        data = await self._core.request_json(create_api_key._get_kwargs(body=body), options)
        return parse_model(data, ApiKeyCreated)

    async def list_api_keys(
        self, *, include_revoked: bool = False, **options: Unpack[RequestOptions]
    ) -> list[ApiKey]:
        """The caller's keys (active ones unless `include_revoked`); secrets are never listed."""
        request = list_api_keys._get_kwargs(include_revoked=True if include_revoked else UNSET)
        return parse_list(await self._core.request_json(request, options), ApiKey)

    async def get_api_key(self, key_id: str | UUID, **options: Unpack[RequestOptions]) -> ApiKey:
        """One key's details (not its secret)."""
        request = get_api_key._get_kwargs(key_id=str(key_id))
        return parse_model(await self._core.request_json(request, options), ApiKey)

    async def rotate_api_key(
        self, key_id: str | UUID, grace_period_hours: int = 24, **options: Unpack[RequestOptions]
    ) -> ApiKeyRotation:
        """Issue a replacement key; the old one stops working after the grace period."""
        body = ApiKeyRotateRequest(grace_period_hours=grace_period_hours)
        request = rotate_api_key._get_kwargs(key_id=str(key_id), body=body)
        return parse_model(await self._core.request_json(request, options), ApiKeyRotation)

    async def revoke_api_key(self, key_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Revoke a key at once."""
        await self._core.request_json(revoke_api_key._get_kwargs(key_id=str(key_id)), options)
