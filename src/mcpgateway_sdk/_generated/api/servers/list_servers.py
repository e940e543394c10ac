from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.list_servers_sort_order import ListServersSortOrder
from ...models.server_list import ServerList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/servers"


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    credential_mode: str | Unset = UNSET,
    sort_by: str | Unset = "updated_at",
    sort_order: ListServersSortOrder | Unset = ListServersSortOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["status"] = status

    params["type"] = type_

    params["source"] = source

    params["credential_mode"] = credential_mode

    params["sort_by"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | ServerList | None:
    if response.status_code == 200:
        response_200 = ServerList.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | ServerList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    credential_mode: str | Unset = UNSET,
    sort_by: str | Unset = "updated_at",
    sort_order: ListServersSortOrder | Unset = ListServersSortOrder.DESC,
) -> Response[HTTPError | HTTPValidationError | ServerList]:
    """List servers

     Returns one page of the servers visible to the caller, with status counts.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        status (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        credential_mode (str | Unset):
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_order (ListServersSortOrder | Unset):  Default: ListServersSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ServerList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        status=status,
        type_=type_,
        source=source,
        credential_mode=credential_mode,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    credential_mode: str | Unset = UNSET,
    sort_by: str | Unset = "updated_at",
    sort_order: ListServersSortOrder | Unset = ListServersSortOrder.DESC,
) -> HTTPError | HTTPValidationError | ServerList | None:
    """List servers

     Returns one page of the servers visible to the caller, with status counts.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        status (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        credential_mode (str | Unset):
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_order (ListServersSortOrder | Unset):  Default: ListServersSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ServerList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        status=status,
        type_=type_,
        source=source,
        credential_mode=credential_mode,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    credential_mode: str | Unset = UNSET,
    sort_by: str | Unset = "updated_at",
    sort_order: ListServersSortOrder | Unset = ListServersSortOrder.DESC,
) -> Response[HTTPError | HTTPValidationError | ServerList]:
    """List servers

     Returns one page of the servers visible to the caller, with status counts.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        status (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        credential_mode (str | Unset):
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_order (ListServersSortOrder | Unset):  Default: ListServersSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ServerList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        status=status,
        type_=type_,
        source=source,
        credential_mode=credential_mode,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    credential_mode: str | Unset = UNSET,
    sort_by: str | Unset = "updated_at",
    sort_order: ListServersSortOrder | Unset = ListServersSortOrder.DESC,
) -> HTTPError | HTTPValidationError | ServerList | None:
    """List servers

     Returns one page of the servers visible to the caller, with status counts.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        status (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        credential_mode (str | Unset):
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_order (ListServersSortOrder | Unset):  Default: ListServersSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ServerList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
            type_=type_,
            source=source,
            credential_mode=credential_mode,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
