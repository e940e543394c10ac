from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog_server_list import CatalogServerList
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.search_server_catalog_sort_by import SearchServerCatalogSortBy
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/catalog/search"


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    transport: str | Unset = UNSET,
    requires_config: bool | Unset = False,
    sort_by: SearchServerCatalogSortBy | Unset = SearchServerCatalogSortBy.UPDATED,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    params["type"] = type_

    params["transport"] = transport

    params["requires_config"] = requires_config

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogServerList | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CatalogServerList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CatalogServerList | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    transport: str | Unset = UNSET,
    requires_config: bool | Unset = False,
    sort_by: SearchServerCatalogSortBy | Unset = SearchServerCatalogSortBy.UPDATED,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[CatalogServerList | HTTPError | HTTPValidationError]:
    """Search the catalog

     Searches the server registries for servers to import.

    Args:
        search (str | Unset):
        source (list[str] | Unset):
        type_ (str | Unset):
        transport (str | Unset):
        requires_config (bool | Unset):  Default: False.
        sort_by (SearchServerCatalogSortBy | Unset):  Default: SearchServerCatalogSortBy.UPDATED.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogServerList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        search=search,
        source=source,
        type_=type_,
        transport=transport,
        requires_config=requires_config,
        sort_by=sort_by,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    transport: str | Unset = UNSET,
    requires_config: bool | Unset = False,
    sort_by: SearchServerCatalogSortBy | Unset = SearchServerCatalogSortBy.UPDATED,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> CatalogServerList | HTTPError | HTTPValidationError | None:
    """Search the catalog

     Searches the server registries for servers to import.

    Args:
        search (str | Unset):
        source (list[str] | Unset):
        type_ (str | Unset):
        transport (str | Unset):
        requires_config (bool | Unset):  Default: False.
        sort_by (SearchServerCatalogSortBy | Unset):  Default: SearchServerCatalogSortBy.UPDATED.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogServerList | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        search=search,
        source=source,
        type_=type_,
        transport=transport,
        requires_config=requires_config,
        sort_by=sort_by,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    transport: str | Unset = UNSET,
    requires_config: bool | Unset = False,
    sort_by: SearchServerCatalogSortBy | Unset = SearchServerCatalogSortBy.UPDATED,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[CatalogServerList | HTTPError | HTTPValidationError]:
    """Search the catalog

     Searches the server registries for servers to import.

    Args:
        search (str | Unset):
        source (list[str] | Unset):
        type_ (str | Unset):
        transport (str | Unset):
        requires_config (bool | Unset):  Default: False.
        sort_by (SearchServerCatalogSortBy | Unset):  Default: SearchServerCatalogSortBy.UPDATED.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogServerList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        search=search,
        source=source,
        type_=type_,
        transport=transport,
        requires_config=requires_config,
        sort_by=sort_by,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    transport: str | Unset = UNSET,
    requires_config: bool | Unset = False,
    sort_by: SearchServerCatalogSortBy | Unset = SearchServerCatalogSortBy.UPDATED,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> CatalogServerList | HTTPError | HTTPValidationError | None:
    """Search the catalog

     Searches the server registries for servers to import.

    Args:
        search (str | Unset):
        source (list[str] | Unset):
        type_ (str | Unset):
        transport (str | Unset):
        requires_config (bool | Unset):  Default: False.
        sort_by (SearchServerCatalogSortBy | Unset):  Default: SearchServerCatalogSortBy.UPDATED.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogServerList | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            source=source,
            type_=type_,
            transport=transport,
            requires_config=requires_config,
            sort_by=sort_by,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
