from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_tool_state import BundleToolState
from ...models.bundle_tool_state_request import BundleToolStateRequest
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "PUT"
PATH = "/api/v1/bundles/{bundle_id}/tool-state"


def _get_kwargs(
    bundle_id: str,
    *,
    body: BundleToolStateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            bundle_id=bundle_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleToolState | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BundleToolState.from_dict(response.json())

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
) -> Response[BundleToolState | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolStateRequest,
) -> Response[BundleToolState | HTTPError | HTTPValidationError]:
    """Set bundle tool state

     Replaces the set of disabled tools of a bundle in one step (last write wins; repeating it is
    harmless). With `server_id`, only that server's tools are in scope.

    Args:
        bundle_id (str):
        body (BundleToolStateRequest): Which tools of a bundle are disabled. Every tool in scope
            that is not listed is enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleToolState | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolStateRequest,
) -> BundleToolState | HTTPError | HTTPValidationError | None:
    """Set bundle tool state

     Replaces the set of disabled tools of a bundle in one step (last write wins; repeating it is
    harmless). With `server_id`, only that server's tools are in scope.

    Args:
        bundle_id (str):
        body (BundleToolStateRequest): Which tools of a bundle are disabled. Every tool in scope
            that is not listed is enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleToolState | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        bundle_id=bundle_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolStateRequest,
) -> Response[BundleToolState | HTTPError | HTTPValidationError]:
    """Set bundle tool state

     Replaces the set of disabled tools of a bundle in one step (last write wins; repeating it is
    harmless). With `server_id`, only that server's tools are in scope.

    Args:
        bundle_id (str):
        body (BundleToolStateRequest): Which tools of a bundle are disabled. Every tool in scope
            that is not listed is enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleToolState | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolStateRequest,
) -> BundleToolState | HTTPError | HTTPValidationError | None:
    """Set bundle tool state

     Replaces the set of disabled tools of a bundle in one step (last write wins; repeating it is
    harmless). With `server_id`, only that server's tools are in scope.

    Args:
        bundle_id (str):
        body (BundleToolStateRequest): Which tools of a bundle are disabled. Every tool in scope
            that is not listed is enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleToolState | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            bundle_id=bundle_id,
            client=client,
            body=body,
        )
    ).parsed
