"""`gw.connections`: the calling user's own credentials for servers (API key, bearer, basic, OAuth)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._generated.types import UNSET, Unset
from ..._helpers import (
    opt,
    opt_id,
    parse_model,
    request_body,
    str_list,
    whole_number,
)
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import numbered_page
from .._pages import AsyncPage
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.connections import (
        create_basic_connection,
        create_connection,
        delete_connection,
        get_connection,
        initiate_oauth,
        list_connections,
        refresh_connection,
    )
    from ..._generated.models import (
        BasicConnection,
        BasicConnectionCreate,
        Connection,
        ConnectionCreate,
        ConnectionCreated,
        InitiateOAuthRequest,
        OAuthAuthorization,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.connections",
        "create_basic_connection create_connection delete_connection get_connection initiate_oauth list_connections refresh_connection",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "BasicConnection BasicConnectionCreate Connection ConnectionCreate ConnectionCreated InitiateOAuthRequest OAuthAuthorization",
    )

__all__ = ["AsyncConnections"]


def _with_connection_data(
    body: dict[str, Any], connection_data: Mapping[str, Any] | None
) -> dict[str, Any]:
    """`body` plus `connection_data` when given (non-secret settings, a JSON object).

    Bodies with this free-form field are built with the model's `from_dict`, which accepts a
    plain dict there whatever type the generator gives the field.
    """
    if connection_data is None:
        return body
    if not isinstance(connection_data, Mapping):
        raise TypeError(f"connection_data must be a dict, got {type(connection_data).__name__}")
    return {**body, "connection_data": dict(connection_data)}


def _instant(value: str | datetime | None) -> str | Unset:
    """A time filter as sent: a string exactly as given, a datetime in ISO 8601."""
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string or a datetime, got {type(value).__name__}")
    return value


class AsyncConnections(AsyncResource):
    """Store, list, refresh and delete the caller's connections to servers, and start OAuth.

    A secret is never returned: responses show it masked.
    """

    async def create(
        self,
        server_id: str | UUID,
        credential_type: str,
        credential_value: str = "",
        *,
        alias: str | None = None,
        header_name: str = "Authorization",
        prefix: str = "",
        connection_data: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConnectionCreated:
        """Store a credential for a server and return the new connection (secret masked).

        `credential_type` is `api_key`, `bearer` or `none` (then `credential_value` stays `""`);
        the value is sent in `header_name` after `prefix`. Never retried once sent.
        """
        if not isinstance(credential_type, str) or not credential_type:
            raise ValueError(f"credential_type must be a non-empty string, got {credential_type!r}")
        if not isinstance(credential_value, str):
            raise TypeError(
                f"credential_value must be a str, got {type(credential_value).__name__}"
            )
        fields: dict[str, Any] = {
            "server_id": str(server_id),
            "credential_type": credential_type,
            "credential_value": credential_value,
            "header_name": header_name,
            "prefix": prefix,
        }
        if alias is not None:
            fields["alias"] = alias
        body = request_body(
            ConnectionCreate, _with_connection_data(fields, connection_data), "create"
        )
        data = await self._core.request_json(create_connection._get_kwargs(body=body), options)
        return parse_model(data, ConnectionCreated)

    async def create_basic(
        self,
        server_id: str | UUID,
        username: str,
        password: str,
        *,
        connection_data: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BasicConnection:
        """Store a username and password (HTTP basic auth) for a server; returns the connection.

        Never retried once sent.
        """
        fields: dict[str, Any] = {
            "server_id": str(server_id),
            "username": username,
            "password": password,
        }
        body = request_body(
            BasicConnectionCreate, _with_connection_data(fields, connection_data), "create_basic"
        )
        data = await self._core.request_json(
            create_basic_connection._get_kwargs(body=body), options
        )
        return parse_model(data, BasicConnection)

    async def list(
        self,
        *,
        page: int = 1,
        page_size: int = 20,
        include_server: bool = False,
        include_invalid: bool = False,
        q: str | None = None,
        server_id: str | UUID | None = None,
        status: str | None = None,
        created_after: str | datetime | None = None,
        created_before: str | datetime | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Connection]:
        """One page of the caller's connections (`page` from 1, 1-100 per page), newest first.

        Filters: `q` (text in the alias, server name or provider account), `server_id`,
        `status` (the `expiration_status`: `healthy`, `auto_refresh_active`, `warning`,
        `critical`, `expired`), `created_after` / `created_before` (ISO 8601, a string is sent
        as given). With `include_server`, each carries a `server` summary. The page is a list
        with `total`, `has_more`, `next_page()` and `auto_paging_iter()` (every connection).
        """
        whole_number(page, "page", 1)
        whole_number(page_size, "page_size", 1)
        request = list_connections._get_kwargs(
            page=page,
            page_size=page_size,
            include_server=bool(include_server),
            include_invalid=bool(include_invalid),
            q=opt(q),
            server_id=opt_id(server_id),
            status=opt(status),
            created_after=_instant(created_after),
            created_before=_instant(created_before),
        )
        data = await self._core.request_json(request, options)
        return AsyncPage(
            numbered_page(data, Connection, page, page_size),
            lambda: self.list(
                page=page + 1,
                page_size=page_size,
                include_server=include_server,
                include_invalid=include_invalid,
                q=q,
                server_id=server_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                **options,
            ),
        )

    async def get(self, connection_id: str | UUID, **options: Unpack[RequestOptions]) -> Connection:
        """One connection."""
        request = get_connection._get_kwargs(connection_id=str(connection_id))
        return parse_model(await self._core.request_json(request, options), Connection)

    async def delete(self, connection_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete a connection for good."""
        await self._core.request_json(
            delete_connection._get_kwargs(connection_id=str(connection_id)), options
        )

    async def refresh(
        self, connection_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> Connection:
        """Refresh an OAuth connection's token now and return the connection."""
        request = refresh_connection._get_kwargs(connection_id=str(connection_id))
        return parse_model(
            await self._core.request_json(request, options, idempotent=True), Connection
        )

    async def initiate_oauth(
        self,
        server_id: str | UUID,
        oauth_app_id: str | UUID,
        *,
        redirect_uri: str | None = None,
        scopes: Iterable[str] | None = None,
        connection_data: Mapping[str, Any] | None = None,
        connection_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> OAuthAuthorization:
        """Start OAuth for a server: open `authorization_url` in a browser to finish it.

        The connection is created when the provider redirects back (matched by `state`); with
        `connection_id`, that connection is re-authorized in place instead.
        """
        fields: dict[str, Any] = {"oauth_app_id": str(oauth_app_id)}
        if connection_id is not None:
            fields["connection_id"] = str(connection_id)
        if redirect_uri is not None:
            fields["redirect_uri"] = redirect_uri
        if scopes is not None:
            fields["scopes"] = str_list(scopes, "scopes")
        body = request_body(
            InitiateOAuthRequest, _with_connection_data(fields, connection_data), "initiate_oauth"
        )
        request = initiate_oauth._get_kwargs(server_id=str(server_id), body=body)
        return parse_model(await self._core.request_json(request, options), OAuthAuthorization)
