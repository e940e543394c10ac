from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_rotate_request import ApiKeyRotateRequest
from ...models.api_key_rotation import ApiKeyRotation
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/users/me/api-keys/{key_id}/rotate"


def _get_kwargs(
    key_id: str,
    *,
    body: ApiKeyRotateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            key_id=key_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyRotation | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ApiKeyRotation.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyRotation | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyRotateRequest,
) -> Response[ApiKeyRotation | HTTPError | HTTPValidationError]:
    """Rotate an API key

     Issues a replacement key with the same settings; the old key keeps working for the grace period. The
    body may be left out (defaults apply).

    Args:
        key_id (str):
        body (ApiKeyRotateRequest): How to rotate a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRotation | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyRotateRequest,
) -> ApiKeyRotation | HTTPError | HTTPValidationError | None:
    """Rotate an API key

     Issues a replacement key with the same settings; the old key keeps working for the grace period. The
    body may be left out (defaults apply).

    Args:
        key_id (str):
        body (ApiKeyRotateRequest): How to rotate a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRotation | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyRotateRequest,
) -> Response[ApiKeyRotation | HTTPError | HTTPValidationError]:
    """Rotate an API key

     Issues a replacement key with the same settings; the old key keeps working for the grace period. The
    body may be left out (defaults apply).

    Args:
        key_id (str):
        body (ApiKeyRotateRequest): How to rotate a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRotation | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyRotateRequest,
) -> ApiKeyRotation | HTTPError | HTTPValidationError | None:
    """Rotate an API key

     Issues a replacement key with the same settings; the old key keeps working for the grace period. The
    body may be left out (defaults apply).

    Args:
        key_id (str):
        body (ApiKeyRotateRequest): How to rotate a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRotation | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
