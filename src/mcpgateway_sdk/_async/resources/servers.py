"""`gw.servers`: MCP servers (CRUD, lifecycle, credentials) and the server catalog; their tools are
in `server_tools.py`."""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._exceptions import ConflictError, busy_from_conflict
from ..._generated.types import UNSET
from ..._helpers import opt, parse_list, parse_model, request_body, str_list, whole_number
from ..._inputs import given
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import cursor_page, numbered_page
from ..._types import NOT_GIVEN, NotGiven
from .._pages import AsyncPage
from .server_auth import AsyncServerAuth
from .server_discovery import AsyncServerDiscovery
from .server_imports import AsyncServerImports
from .server_scripts import AsyncServerScripts
from .server_tools import AsyncServerTools
from .server_usage import AsyncServerUsage

if TYPE_CHECKING:
    from ..._generated.api.catalog import (
        get_catalog_server,
        import_catalog_server,
        search_server_catalog,
    )
    from ..._generated.api.servers import (
        bulk_server_action,
        check_all_servers_health,
        check_server_health,
        create_server,
        create_server_credential,
        delete_server,
        delete_server_credential,
        delete_server_oauth_config,
        get_server,
        get_server_connection_options,
        get_server_oauth_config,
        list_server_credentials,
        list_servers,
        start_server,
        stop_server,
        update_server,
    )
    from ..._generated.models import (
        BulkActionRequest,
        BulkActionResult,
        BulkServerHealth,
        CatalogImportRequest,
        CatalogServer,
        CatalogServerDetails,
        Server,
        ServerConnectionOptions,
        ServerCreate,
        ServerCredential,
        ServerCredentialCreate,
        ServerHealth,
        ServerOAuthConfig,
        ServerUpdate,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.catalog",
        "get_catalog_server import_catalog_server search_server_catalog",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.servers",
        "bulk_server_action check_all_servers_health check_server_health create_server create_server_credential delete_server delete_server_credential delete_server_oauth_config get_server get_server_connection_options get_server_oauth_config list_server_credentials list_servers start_server stop_server update_server",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "BulkActionRequest BulkActionResult BulkServerHealth CatalogImportRequest CatalogServer CatalogServerDetails Server ServerConnectionOptions ServerCreate ServerCredential ServerCredentialCreate ServerHealth ServerOAuthConfig ServerUpdate",
    )

__all__ = ["AsyncServers"]


def _deprecated(method: str, replacement: str) -> None:
    """Warn, at the caller's line, that a legacy credential method has a replacement."""
    warnings.warn(
        f"servers.{method}() is deprecated; use servers.{replacement}",
        DeprecationWarning,
        stacklevel=3,
    )


def _str_list(values: Sequence[str] | NotGiven | None, what: str) -> list[str] | NotGiven | None:
    """A list of strings as sent; `None` and `NOT_GIVEN` pass through."""
    if values is None or isinstance(values, NotGiven):
        return values
    return str_list(values, what)


class AsyncServers(
    AsyncServerAuth,
    AsyncServerTools,
    AsyncServerDiscovery,
    AsyncServerImports,
    AsyncServerScripts,
    AsyncServerUsage,
):
    """Register, configure, start and stop MCP servers; manage their tools and credentials.

    Also searches the server catalog (public registries) and imports servers from it.
    """

    async def list(
        self,
        search: str | None = None,
        status: str | None = None,
        type: str | None = None,
        page: int = 1,
        page_size: int = 100,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Server]:
        """One page of servers (`page` from 1, at most 100 per page), newest change first.

        `status` (`running`, `stopped`, `pending`, `error`) and `type` (`remote`, `npx`, `uvx`,
        `container`, ...) filter the list; several values may be joined with commas. The page
        is a list with `total`, `has_more`, `next_page()`, `auto_paging_iter()` and the
        envelope's `status_counts`.
        """
        whole_number(page, "page", 1)
        whole_number(page_size, "page_size", 1)
        request = list_servers._get_kwargs(
            page=page,
            page_size=page_size,
            search=opt(search),
            status=opt(status),
            type_=opt(type),
            sort_by=UNSET,
            sort_order=UNSET,
        )
        data = await self._core.request_json(request, options)
        return AsyncPage(
            numbered_page(data, Server, page, page_size),
            lambda: self.list(search, status, type, page + 1, page_size, **options),
        )

    async def get(self, server_id: str | UUID, **options: Unpack[RequestOptions]) -> Server:
        """One server."""
        request = get_server._get_kwargs(server_id=str(server_id))
        return parse_model(await self._core.request_json(request, options), Server)

    async def create(
        self,
        *,
        name: str,
        type: str,
        display_name: str | NotGiven = NOT_GIVEN,
        config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_doc_url: str | NotGiven | None = NOT_GIVEN,
        credential_mode: str | NotGiven = NOT_GIVEN,
        auth_method: str | NotGiven = NOT_GIVEN,
        initial_bearer_token: str | NotGiven | None = NOT_GIVEN,
        portal_visible: bool | NotGiven = NOT_GIVEN,
        portal_category: str | NotGiven | None = NOT_GIVEN,
        portal_tags: Sequence[str] | NotGiven = NOT_GIVEN,
        access_mode: str | NotGiven = NOT_GIVEN,
        allowed_hosts: Sequence[str] | NotGiven | None = NOT_GIVEN,
        run_as_non_root: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Server:
        """Register a server and return it.

        `name` (unique; the prefix of its tools' names) and `type` (`ServerType`: `remote`,
        `npx`, `uvx`, `container`, `generated`, `bundle`; the local gateway also takes
        `local-command` and `local-tools`) are required. `display_name` defaults to `name`: the
        SDK sends it, since the gateway requires it. `config` holds the type's settings (e.g.
        `{"url": ...}` for a remote server, `{"package": ..., "args": [...]}` for npx and uvx);
        `credential_mode` (`none`, `managed`, `user_provided`; gateway default `none`),
        `auth_method` (`none`, `bearer`, `oauth2`), `initial_bearer_token`, `source_doc_url`,
        `portal_visible`/`portal_category`/`portal_tags` are optional. Later gateways also take
        `access_mode` (`public`, `bundle_only`), `allowed_hosts` and `run_as_non_root`. A
        parameter left out is not sent (the gateway's default applies); a misspelt one is a
        `TypeError` before anything is sent. Never retried once sent.
        """
        fields = given(
            name=name,
            type=type,
            display_name=name if isinstance(display_name, NotGiven) else display_name,
            config=config,
            source_doc_url=source_doc_url,
            credential_mode=credential_mode,
            auth_method=auth_method,
            initial_bearer_token=initial_bearer_token,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=_str_list(portal_tags, "portal_tags"),
            access_mode=access_mode,
            allowed_hosts=_str_list(allowed_hosts, "allowed_hosts"),
            run_as_non_root=run_as_non_root,
        )
        body = request_body(ServerCreate, fields, "create")
        data = await self._core.request_json(create_server._get_kwargs(body=body), options)
        return parse_model(data, Server)

    async def update(
        self,
        server_id: str | UUID,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        display_name: str | NotGiven | None = NOT_GIVEN,
        type: str | NotGiven | None = NOT_GIVEN,
        config: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        sync_schedule: str | NotGiven | None = NOT_GIVEN,
        credential_mode: str | NotGiven | None = NOT_GIVEN,
        portal_visible: bool | NotGiven | None = NOT_GIVEN,
        portal_category: str | NotGiven | None = NOT_GIVEN,
        portal_tags: Sequence[str] | NotGiven | None = NOT_GIVEN,
        access_mode: str | NotGiven | None = NOT_GIVEN,
        allowed_hosts: Sequence[str] | NotGiven | None = NOT_GIVEN,
        run_as_non_root: bool | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Server:
        """Change the given fields of a server (the others stay as they are); returns the server.

        The fields are those of `create`, plus `sync_schedule` (`manual`, `hourly`, `daily`,
        `weekly`); `config` replaces the whole current config. Only the parameters passed are
        sent (`None` as JSON null).
        """
        fields = given(
            name=name,
            display_name=display_name,
            type=type,
            config=config,
            sync_schedule=sync_schedule,
            credential_mode=credential_mode,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=_str_list(portal_tags, "portal_tags"),
            access_mode=access_mode,
            allowed_hosts=_str_list(allowed_hosts, "allowed_hosts"),
            run_as_non_root=run_as_non_root,
        )
        body = request_body(ServerUpdate, fields, "update")
        request = update_server._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), Server)

    async def delete(self, server_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete a server with its tools and credentials.

        A 409 because one of its generation jobs is deploying is a `GenerationJobBusyError`
        (retryable), also from an older gateway that only says "retry shortly".
        """
        try:
            await self._core.request_json(
                delete_server._get_kwargs(server_id=str(server_id)), options
            )
        except ConflictError as exc:
            busy = busy_from_conflict(exc)
            if busy is None:
                raise
            raise busy from exc

    async def start(self, server_id: str | UUID, **options: Unpack[RequestOptions]) -> ServerHealth:
        """Start a server; the result has its status before and after."""
        request = start_server._get_kwargs(server_id=str(server_id))
        data = await self._core.request_json(request, options, idempotent=True)
        return parse_model(data, ServerHealth)

    async def stop(self, server_id: str | UUID, **options: Unpack[RequestOptions]) -> ServerHealth:
        """Stop a server; the result has its status before and after."""
        request = stop_server._get_kwargs(server_id=str(server_id))
        data = await self._core.request_json(request, options, idempotent=True)
        return parse_model(data, ServerHealth)

    async def health(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerHealth:
        """Check a server now and return its current status."""
        request = check_server_health._get_kwargs(server_id=str(server_id))
        data = await self._core.request_json(request, options, idempotent=True)
        return parse_model(data, ServerHealth)

    async def health_all(self, **options: Unpack[RequestOptions]) -> BulkServerHealth:
        """Check every server; per-server results plus running/stopped/error counts."""
        request = check_all_servers_health._get_kwargs()
        data = await self._core.request_json(request, options, idempotent=True)
        return parse_model(data, BulkServerHealth)

    async def bulk_action(
        self, action: str, server_ids: Iterable[str | UUID], **options: Unpack[RequestOptions]
    ) -> BulkActionResult:
        """Run `action` (`start`, `stop`, `delete`, `sync`) on several servers.

        The result has one outcome per server and the succeeded/failed counts. Never retried once
        sent.
        """
        if not isinstance(action, str) or not action:
            raise ValueError(f"action must be a non-empty string, got {action!r}")
        if server_ids is None or isinstance(server_ids, (str, bytes, UUID)):
            raise TypeError(
                f"server_ids must be a list of server ids, got {type(server_ids).__name__}"
            )
        body = BulkActionRequest(action=action, server_ids=[str(s) for s in server_ids])
        data = await self._core.request_json(bulk_server_action._get_kwargs(body=body), options)
        return parse_model(data, BulkActionResult)

    async def list_credentials(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> builtins.list[ServerCredential]:
        """The server's stored credentials (values masked)."""
        _deprecated("list_credentials", "authentication(id).get()")
        request = list_server_credentials._get_kwargs(server_id=str(server_id))
        data = await self._core.request_json(request, options)
        return parse_list(data, ServerCredential, "items", "credentials")

    async def create_credential(
        self,
        server_id: str | UUID,
        *,
        name: str,
        credential_type: str,
        value: str,
        header_name: str | NotGiven | None = NOT_GIVEN,
        prefix: str | NotGiven | None = NOT_GIVEN,
        ownership_type: str | NotGiven = NOT_GIVEN,
        is_required: bool | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ServerCredential:
        """Store a credential for a server; returns it with the value masked.

        `name`, `credential_type` (`api_key`, `bearer`, `basic`, `oauth2`) and `value` (the
        secret) are required; `header_name`, `prefix` (e.g. `"Bearer "`), `ownership_type`
        (`managed`, the gateway default, `user`, `operational`), `is_required` and
        `description` are optional and sent only when passed.
        """
        _deprecated("create_credential", "authentication(id).set_secret(field, value)")
        fields = given(
            name=name,
            credential_type=credential_type,
            value=value,
            header_name=header_name,
            prefix=prefix,
            ownership_type=ownership_type,
            is_required=is_required,
            description=description,
        )
        body = request_body(ServerCredentialCreate, fields, "create_credential")
        request = create_server_credential._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), ServerCredential)

    async def delete_credential(
        self, server_id: str | UUID, credential_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete one of a server's credentials."""
        _deprecated("delete_credential", "authentication(id).set(...)")
        request = delete_server_credential._get_kwargs(
            server_id=str(server_id), credential_id=str(credential_id)
        )
        await self._core.request_json(request, options)

    async def get_oauth_config(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerOAuthConfig:
        """The server's OAuth settings (client secret masked)."""
        _deprecated("get_oauth_config", "authentication(id).get()")
        request = get_server_oauth_config._get_kwargs(server_id=str(server_id))
        return parse_model(await self._core.request_json(request, options), ServerOAuthConfig)

    async def delete_oauth_config(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove the server's OAuth settings."""
        _deprecated("delete_oauth_config", 'authentication(id).set(type="none", config={})')
        request = delete_server_oauth_config._get_kwargs(server_id=str(server_id))
        await self._core.request_json(request, options)

    async def get_connection_options(
        self, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> ServerConnectionOptions:
        """How a user can connect to the server: credential mode, OAuth apps, existing connections."""
        request = get_server_connection_options._get_kwargs(server_id=str(server_id))
        return parse_model(await self._core.request_json(request, options), ServerConnectionOptions)

    async def catalog_search(
        self,
        query: str | None = None,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[CatalogServer]:
        """One page of catalog entries matching `query` (every entry without one).

        `limit` entries per page (the gateway's default without it); `cursor` is a previous
        page's `next_cursor`. The page has `has_more`, `next_page()` and `auto_paging_iter()`.
        Import an entry with `import_from_catalog(entry.registry, entry.registry_id, name)`.
        """
        if limit is not None:
            whole_number(limit, "limit", 1)
        request = search_server_catalog._get_kwargs(
            search=opt(query),
            requires_config=UNSET,
            sort_by=UNSET,
            limit=opt(limit),
            cursor=opt(cursor),
        )
        parts = cursor_page(await self._core.request_json(request, options), CatalogServer)
        return AsyncPage(
            parts,
            lambda: self.catalog_search(query, limit=limit, cursor=parts.next_cursor, **options),
        )

    async def catalog_get(
        self, registry: str, registry_id: str, **options: Unpack[RequestOptions]
    ) -> CatalogServerDetails:
        """One catalog entry with a preview of the server an import would create.

        `registry_id` may contain `/` and `@` (e.g. `@anthropic/time-mcp`).
        """
        request = get_catalog_server._get_kwargs(registry=registry, registry_id=registry_id)
        return parse_model(await self._core.request_json(request, options), CatalogServerDetails)

    async def import_from_catalog(
        self,
        registry: str,
        registry_id: str,
        name: str,
        *,
        args: Sequence[str] | NotGiven = NOT_GIVEN,
        env_vars: Mapping[str, str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Server:
        """Create a server named `name` from a catalog entry and return it.

        `args` (the server command's arguments) and `env_vars` (its environment) are optional.
        Never retried once sent.
        """
        payload = given(
            registry=registry,
            registry_id=registry_id,
            name=name,
            args=_str_list(args, "args"),
            env_vars=env_vars,
        )
        body = request_body(CatalogImportRequest, payload, "import_from_catalog")
        data = await self._core.request_json(import_catalog_server._get_kwargs(body=body), options)
        return parse_model(data, Server)
