from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_create import ApiKeyCreate
from ...models.api_key_created import ApiKeyCreated
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/users/me/api-keys"


def _get_kwargs(
    *,
    body: ApiKeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyCreated | HTTPError | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = ApiKeyCreated.from_dict(response.json())

        return response_201

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
) -> Response[ApiKeyCreated | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> Response[ApiKeyCreated | HTTPError | HTTPValidationError]:
    """Create an API key

     Creates an API key for the caller. The response is the only one that shows the full secret in `key`.

    Args:
        body (ApiKeyCreate): A new API key for the caller. Set an expiry with `expires_in_days` or
            `expires_at`; with neither the key does not expire.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyCreated | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> ApiKeyCreated | HTTPError | HTTPValidationError | None:
    """Create an API key

     Creates an API key for the caller. The response is the only one that shows the full secret in `key`.

    Args:
        body (ApiKeyCreate): A new API key for the caller. Set an expiry with `expires_in_days` or
            `expires_at`; with neither the key does not expire.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyCreated | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> Response[ApiKeyCreated | HTTPError | HTTPValidationError]:
    """Create an API key

     Creates an API key for the caller. The response is the only one that shows the full secret in `key`.

    Args:
        body (ApiKeyCreate): A new API key for the caller. Set an expiry with `expires_in_days` or
            `expires_at`; with neither the key does not expire.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyCreated | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> ApiKeyCreated | HTTPError | HTTPValidationError | None:
    """Create an API key

     Creates an API key for the caller. The response is the only one that shows the full secret in `key`.

    Args:
        body (ApiKeyCreate): A new API key for the caller. Set an expiry with `expires_in_days` or
            `expires_at`; with neither the key does not expire.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyCreated | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
