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
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_server"] = include_server

    params["include_invalid"] = include_invalid

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
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
) -> Response[ConnectionList | HTTPError | HTTPValidationError]:
    """List connections

     Return the caller's connections.

    Args:
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        include_server=include_server,
        include_invalid=include_invalid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
) -> ConnectionList | HTTPError | HTTPValidationError | None:
    """List connections

     Return the caller's connections.

    Args:
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        include_server=include_server,
        include_invalid=include_invalid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
) -> Response[ConnectionList | HTTPError | HTTPValidationError]:
    """List connections

     Return the caller's connections.

    Args:
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        include_server=include_server,
        include_invalid=include_invalid,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_server: bool | Unset = False,
    include_invalid: bool | Unset = False,
) -> ConnectionList | HTTPError | HTTPValidationError | None:
    """List connections

     Return the caller's connections.

    Args:
        include_server (bool | Unset):  Default: False.
        include_invalid (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            include_server=include_server,
            include_invalid=include_invalid,
        )
    ).parsed
