from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog_server_details import CatalogServerDetails
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "GET"
PATH = "/api/v1/catalog/{registry}/{registry_id}"


def _get_kwargs(
    registry: str,
    registry_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            registry=registry,
            registry_id=registry_id,
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogServerDetails | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CatalogServerDetails.from_dict(response.json())

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
) -> Response[CatalogServerDetails | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registry: str,
    registry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CatalogServerDetails | HTTPError | HTTPValidationError]:
    """Get a catalog entry

     Returns one catalog entry and a preview of the server an import would create.

    Args:
        registry (str):
        registry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogServerDetails | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        registry=registry,
        registry_id=registry_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    registry: str,
    registry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CatalogServerDetails | HTTPError | HTTPValidationError | None:
    """Get a catalog entry

     Returns one catalog entry and a preview of the server an import would create.

    Args:
        registry (str):
        registry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogServerDetails | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        registry=registry,
        registry_id=registry_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry: str,
    registry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CatalogServerDetails | HTTPError | HTTPValidationError]:
    """Get a catalog entry

     Returns one catalog entry and a preview of the server an import would create.

    Args:
        registry (str):
        registry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogServerDetails | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        registry=registry,
        registry_id=registry_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    registry: str,
    registry_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CatalogServerDetails | HTTPError | HTTPValidationError | None:
    """Get a catalog entry

     Returns one catalog entry and a preview of the server an import would create.

    Args:
        registry (str):
        registry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogServerDetails | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            registry=registry,
            registry_id=registry_id,
            client=client,
        )
    ).parsed
