"""`gw.servers.import_schema`: a server made from an OpenAPI or Swagger document. `AsyncServers`
inherits it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from ..._exceptions_client import AccessModeNotEnforcedError
from ..._helpers import parse_model, request_body
from ..._lazy import lazy_import
from ..._options import RequestOptions
from .._cleanup import attempt, with_legacy_busy
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.servers import delete_server, import_server_schema
    from ..._generated.models import Server, ServerSchemaImport
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "delete_server import_server_schema",
        submodules=True,
    )
    lazy_import(globals(), "mcpgateway_sdk._generated.models", "Server ServerSchemaImport")

__all__ = ["AsyncServerImports"]


def echoed_access_mode(data: Any) -> str:
    """The `access_mode` a gateway answered with (`public` when it left the field out)."""
    value = data.get("access_mode") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else "public"


class AsyncServerImports(AsyncResource):
    """Servers created from an API description (no language model involved)."""

    async def import_schema(
        self,
        name: str,
        spec: str,
        *,
        display_name: str | None = None,
        auth_mode: str = "auto",
        access_mode: str = "public",
        **options: Unpack[RequestOptions],
    ) -> Server:
        """Create a running server whose tools are the operations of an OpenAPI 3.x or Swagger
        2.0 document (`spec`: its JSON or YAML text, at most 2 MiB); calling a tool calls the API.

        `name` uses lowercase letters, digits and hyphens. `auth_mode="auto"` declares the
        server's authentication from the document's security schemes (set the secret afterwards
        with the server's authentication); `"none"` declares none. `access_mode="bundle_only"`
        makes the tools reachable only through bundles. `auth_mode` and `access_mode` are sent
        only when they differ from these defaults, so an older gateway refuses them (422)
        rather than ignoring them. If the server comes back with another access mode, the SDK
        deletes it and raises `AccessModeNotEnforcedError` (`cleaned_up` says whether the
        delete worked). Never retried once sent.
        """
        fields: dict[str, Any] = {"name": name, "spec": spec}
        if display_name is not None:
            fields["display_name"] = display_name
        if auth_mode != "auto":
            fields["auth_mode"] = auth_mode
        if access_mode != "public":
            fields["access_mode"] = access_mode
        body = request_body(ServerSchemaImport, fields, "import_schema")
        data = await self._core.request_json(import_server_schema._get_kwargs(body=body), options)
        server = parse_model(data, Server)
        echoed = echoed_access_mode(data)
        if access_mode != "public" and echoed != access_mode:
            server_id = str(server.id)
            outcome, _ = await attempt(lambda: self._delete_created(server_id))
            raise AccessModeNotEnforcedError(
                server_id=server_id,
                requested_access_mode=access_mode,
                echoed_access_mode=echoed,
                cleanup={"delete": outcome},
            )
        return server

    async def _delete_created(self, server_id: str) -> None:
        """Delete a server this client just created (legacy busy 409 mapped)."""
        request = delete_server._get_kwargs(server_id=server_id)
        await with_legacy_busy(lambda: self._core.request_json(request))
