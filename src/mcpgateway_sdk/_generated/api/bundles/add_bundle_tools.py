from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_bundle_tools_request import AddBundleToolsRequest
from ...models.bundle_tool import BundleTool
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/bundles/{bundle_id}/tools"


def _get_kwargs(
    bundle_id: str,
    *,
    body: AddBundleToolsRequest,
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
) -> HTTPError | HTTPValidationError | list[BundleTool] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BundleTool.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = HTTPError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | list[BundleTool]]:
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
    body: AddBundleToolsRequest,
) -> Response[HTTPError | HTTPValidationError | list[BundleTool]]:
    """Add tools

     Add tools to the bundle and return the new rows.

    Args:
        bundle_id (str):
        body (AddBundleToolsRequest): Tools to add to a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | list[BundleTool]]
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
    body: AddBundleToolsRequest,
) -> HTTPError | HTTPValidationError | list[BundleTool] | None:
    """Add tools

     Add tools to the bundle and return the new rows.

    Args:
        bundle_id (str):
        body (AddBundleToolsRequest): Tools to add to a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | list[BundleTool]
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
    body: AddBundleToolsRequest,
) -> Response[HTTPError | HTTPValidationError | list[BundleTool]]:
    """Add tools

     Add tools to the bundle and return the new rows.

    Args:
        bundle_id (str):
        body (AddBundleToolsRequest): Tools to add to a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | list[BundleTool]]
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
    body: AddBundleToolsRequest,
) -> HTTPError | HTTPValidationError | list[BundleTool] | None:
    """Add tools

     Add tools to the bundle and return the new rows.

    Args:
        bundle_id (str):
        body (AddBundleToolsRequest): Tools to add to a bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | list[BundleTool]
    """

    return (
        await asyncio_detailed(
            bundle_id=bundle_id,
            client=client,
            body=body,
        )
    ).parsed
