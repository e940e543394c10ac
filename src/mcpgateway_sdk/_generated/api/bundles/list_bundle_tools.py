from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_tool_list import BundleToolList
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/bundles/{bundle_id}/tools"


def _get_kwargs(
    bundle_id: str,
    *,
    enabled_only: bool | Unset = True,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enabled_only"] = enabled_only

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            bundle_id=bundle_id,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleToolList | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BundleToolList.from_dict(response.json())

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
) -> Response[BundleToolList | HTTPError | HTTPValidationError]:
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
    enabled_only: bool | Unset = True,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[BundleToolList | HTTPError | HTTPValidationError]:
    """List bundle tools

     Return one page of the bundle's tools.

    Args:
        bundle_id (str):
        enabled_only (bool | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleToolList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        enabled_only=enabled_only,
        page=page,
        page_size=page_size,
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
    enabled_only: bool | Unset = True,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> BundleToolList | HTTPError | HTTPValidationError | None:
    """List bundle tools

     Return one page of the bundle's tools.

    Args:
        bundle_id (str):
        enabled_only (bool | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleToolList | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        bundle_id=bundle_id,
        client=client,
        enabled_only=enabled_only,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    enabled_only: bool | Unset = True,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[BundleToolList | HTTPError | HTTPValidationError]:
    """List bundle tools

     Return one page of the bundle's tools.

    Args:
        bundle_id (str):
        enabled_only (bool | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleToolList | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        enabled_only=enabled_only,
        page=page,
        page_size=page_size,
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
    enabled_only: bool | Unset = True,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> BundleToolList | HTTPError | HTTPValidationError | None:
    """List bundle tools

     Return one page of the bundle's tools.

    Args:
        bundle_id (str):
        enabled_only (bool | Unset):  Default: True.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleToolList | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            bundle_id=bundle_id,
            client=client,
            enabled_only=enabled_only,
            page=page,
            page_size=page_size,
        )
    ).parsed
