"""`gw.servers.bundle_usage`: how many bundles curate a server (inherited by `AsyncServers`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ..._helpers import parse_model
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import get_server_bundle_usage
    from ..._generated.models import ServerBundleUsage
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "get_server_bundle_usage",
        submodules=True,
    )
    lazy_import(globals(), "mcpgateway_sdk._generated.models", "ServerBundleUsage")

__all__ = ["AsyncServerUsage"]


class AsyncServerUsage(AsyncResource):
    """Where a server's tools are used."""

    async def bundle_usage(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerBundleUsage:
        """How many bundles hold at least one of the server's tools (`bundle_count`).

        Useful before `sync_tools`, to decide whether to keep `update_bundles` on.
        """
        request = get_server_bundle_usage._get_kwargs(server_id=str(server_id))
        return parse_model(await self._core.request_json(request, options), ServerBundleUsage)
