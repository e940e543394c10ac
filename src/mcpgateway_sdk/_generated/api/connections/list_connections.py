from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_list import ConnectionList
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/connections"


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
    q: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_server"] = include_server

    params["include_invalid"] = include_invalid

    params["q"] = q

    params["server_id"] = server_id

    params["status"] = status

    params["created_after"] = created_after

    params["created_before"] = created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionList | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConnectionList.from_dict(response.json())

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
) -> Response[ConnectionList | HTTPError | HTTPValidationError]:
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
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
    q: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[ConnectionList | HTTPError | HTTPValidationError]:
    """List connections

     Return one page of the caller's connections, newest first, optionally filtered.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.
        q (str | Unset):
        server_id (str | Unset):
        status (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_server=include_server,
        include_invalid=include_invalid,
        q=q,
        server_id=server_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
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
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
    q: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> ConnectionList | HTTPError | HTTPValidationError | None:
    """List connections

     Return one page of the caller's connections, newest first, optionally filtered.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.
        q (str | Unset):
        server_id (str | Unset):
        status (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        include_server=include_server,
        include_invalid=include_invalid,
        q=q,
        server_id=server_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
    q: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[ConnectionList | HTTPError | HTTPValidationError]:
    """List connections

     Return one page of the caller's connections, newest first, optionally filtered.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.
        q (str | Unset):
        server_id (str | Unset):
        status (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_server=include_server,
        include_invalid=include_invalid,
        q=q,
        server_id=server_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
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
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
    q: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> ConnectionList | HTTPError | HTTPValidationError | None:
    """List connections

     Return one page of the caller's connections, newest first, optionally filtered.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.
        q (str | Unset):
        server_id (str | Unset):
        status (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            include_server=include_server,
            include_invalid=include_invalid,
            q=q,
            server_id=server_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed
