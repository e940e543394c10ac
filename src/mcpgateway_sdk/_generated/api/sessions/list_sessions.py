from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.session_list import SessionList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/sessions"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["server_id"] = server_id

    params["bundle_id"] = bundle_id

    params["include_inactive"] = include_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | SessionList | None:
    if response.status_code == 200:
        response_200 = SessionList.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | SessionList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    server_id: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Response[HTTPError | HTTPValidationError | SessionList]:
    """List sessions

     Lists the caller's sessions for a server or a bundle; active ones only unless `include_inactive` is
    true.

    Args:
        server_id (str | Unset):
        bundle_id (str | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SessionList]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        bundle_id=bundle_id,
        include_inactive=include_inactive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    server_id: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> HTTPError | HTTPValidationError | SessionList | None:
    """List sessions

     Lists the caller's sessions for a server or a bundle; active ones only unless `include_inactive` is
    true.

    Args:
        server_id (str | Unset):
        bundle_id (str | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SessionList
    """

    return sync_detailed(
        client=client,
        server_id=server_id,
        bundle_id=bundle_id,
        include_inactive=include_inactive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    server_id: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Response[HTTPError | HTTPValidationError | SessionList]:
    """List sessions

     Lists the caller's sessions for a server or a bundle; active ones only unless `include_inactive` is
    true.

    Args:
        server_id (str | Unset):
        bundle_id (str | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SessionList]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        bundle_id=bundle_id,
        include_inactive=include_inactive,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    server_id: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> HTTPError | HTTPValidationError | SessionList | None:
    """List sessions

     Lists the caller's sessions for a server or a bundle; active ones only unless `include_inactive` is
    true.

    Args:
        server_id (str | Unset):
        bundle_id (str | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SessionList
    """

    return (
        await asyncio_detailed(
            client=client,
            server_id=server_id,
            bundle_id=bundle_id,
            include_inactive=include_inactive,
        )
    ).parsed
