from typing import Any, cast

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_entry_write import CacheEntryWrite
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "PUT"
PATH = "/api/v1/cache/{key}"


def _get_kwargs(
    key: str,
    *,
    body: CacheEntryWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            key=key,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPError | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CacheEntryWrite,
) -> Response[Any | HTTPError | HTTPValidationError]:
    """Write a cache entry

     Stores a JSON value under the key for `ttl` seconds, replacing any previous value. Later path; SDK
    0.28 used `/api/v1/sdk/cache/{key}`.

    Args:
        key (str):
        body (CacheEntryWrite): A value to store under a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CacheEntryWrite,
) -> Any | HTTPError | HTTPValidationError | None:
    """Write a cache entry

     Stores a JSON value under the key for `ttl` seconds, replacing any previous value. Later path; SDK
    0.28 used `/api/v1/sdk/cache/{key}`.

    Args:
        key (str):
        body (CacheEntryWrite): A value to store under a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CacheEntryWrite,
) -> Response[Any | HTTPError | HTTPValidationError]:
    """Write a cache entry

     Stores a JSON value under the key for `ttl` seconds, replacing any previous value. Later path; SDK
    0.28 used `/api/v1/sdk/cache/{key}`.

    Args:
        key (str):
        body (CacheEntryWrite): A value to store under a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CacheEntryWrite,
) -> Any | HTTPError | HTTPValidationError | None:
    """Write a cache entry

     Stores a JSON value under the key for `ttl` seconds, replacing any previous value. Later path; SDK
    0.28 used `/api/v1/sdk/cache/{key}`.

    Args:
        key (str):
        body (CacheEntryWrite): A value to store under a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
        )
    ).parsed
