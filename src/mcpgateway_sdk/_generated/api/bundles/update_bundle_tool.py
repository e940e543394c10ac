from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_tool import BundleTool
from ...models.bundle_tool_update import BundleToolUpdate
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "PUT"
PATH = "/api/v1/bundles/{bundle_id}/tools/{tool_id}"


def _get_kwargs(
    bundle_id: str,
    tool_id: str,
    *,
    body: BundleToolUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            bundle_id=bundle_id,
            tool_id=tool_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleTool | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BundleTool.from_dict(response.json())

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
) -> Response[BundleTool | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bundle_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolUpdate,
) -> Response[BundleTool | HTTPError | HTTPValidationError]:
    """Update a bundle tool

     Change the overrides, state or order of one tool in the bundle.

    Args:
        bundle_id (str):
        tool_id (str):
        body (BundleToolUpdate): Changes to a bundle tool; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleTool | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        tool_id=tool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    bundle_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolUpdate,
) -> BundleTool | HTTPError | HTTPValidationError | None:
    """Update a bundle tool

     Change the overrides, state or order of one tool in the bundle.

    Args:
        bundle_id (str):
        tool_id (str):
        body (BundleToolUpdate): Changes to a bundle tool; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleTool | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        bundle_id=bundle_id,
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bundle_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolUpdate,
) -> Response[BundleTool | HTTPError | HTTPValidationError]:
    """Update a bundle tool

     Change the overrides, state or order of one tool in the bundle.

    Args:
        bundle_id (str):
        tool_id (str):
        body (BundleToolUpdate): Changes to a bundle tool; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleTool | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        tool_id=tool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    bundle_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BundleToolUpdate,
) -> BundleTool | HTTPError | HTTPValidationError | None:
    """Update a bundle tool

     Change the overrides, state or order of one tool in the bundle.

    Args:
        bundle_id (str):
        tool_id (str):
        body (BundleToolUpdate): Changes to a bundle tool; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleTool | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            bundle_id=bundle_id,
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
