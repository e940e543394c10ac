from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_sync_result import ToolSyncResult
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/api/v1/servers/{server_id}/sync"


def _get_kwargs(
    server_id: str,
    *,
    update_bundles: bool | Unset = True,
    generate_embeddings: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["update_bundles"] = update_bundles

    params["generate_embeddings"] = generate_embeddings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            server_id=server_id,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | ToolSyncResult | None:
    if response.status_code == 200:
        response_200 = ToolSyncResult.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | ToolSyncResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_bundles: bool | Unset = True,
    generate_embeddings: bool | Unset = False,
) -> Response[HTTPError | HTTPValidationError | ToolSyncResult]:
    """Sync tools

     Fetches the tool list from the server and stores the differences. Takes no body.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        generate_embeddings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolSyncResult]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        update_bundles=update_bundles,
        generate_embeddings=generate_embeddings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_bundles: bool | Unset = True,
    generate_embeddings: bool | Unset = False,
) -> HTTPError | HTTPValidationError | ToolSyncResult | None:
    """Sync tools

     Fetches the tool list from the server and stores the differences. Takes no body.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        generate_embeddings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolSyncResult
    """

    return sync_detailed(
        server_id=server_id,
        client=client,
        update_bundles=update_bundles,
        generate_embeddings=generate_embeddings,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_bundles: bool | Unset = True,
    generate_embeddings: bool | Unset = False,
) -> Response[HTTPError | HTTPValidationError | ToolSyncResult]:
    """Sync tools

     Fetches the tool list from the server and stores the differences. Takes no body.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        generate_embeddings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolSyncResult]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        update_bundles=update_bundles,
        generate_embeddings=generate_embeddings,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_bundles: bool | Unset = True,
    generate_embeddings: bool | Unset = False,
) -> HTTPError | HTTPValidationError | ToolSyncResult | None:
    """Sync tools

     Fetches the tool list from the server and stores the differences. Takes no body.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        generate_embeddings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolSyncResult
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
            update_bundles=update_bundles,
            generate_embeddings=generate_embeddings,
        )
    ).parsed
