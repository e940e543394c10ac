from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.server import Server
from ...models.server_schema_import import ServerSchemaImport
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/servers/import-schema"


def _get_kwargs(
    *,
    body: ServerSchemaImport,
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
) -> HTTPError | HTTPValidationError | Server | None:
    if response.status_code == 201:
        response_201 = Server.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

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
) -> Response[HTTPError | HTTPValidationError | Server]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServerSchemaImport,
) -> Response[HTTPError | HTTPValidationError | Server]:
    """Import an OpenAPI spec

     Creates a running server whose tools are the operations of an OpenAPI or Swagger document; calling a
    tool calls the API.

    Args:
        body (ServerSchemaImport): Create a server from an OpenAPI 3.x or Swagger 2.0 document:
            each operation becomes a tool that calls the API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Server]
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
    body: ServerSchemaImport,
) -> HTTPError | HTTPValidationError | Server | None:
    """Import an OpenAPI spec

     Creates a running server whose tools are the operations of an OpenAPI or Swagger document; calling a
    tool calls the API.

    Args:
        body (ServerSchemaImport): Create a server from an OpenAPI 3.x or Swagger 2.0 document:
            each operation becomes a tool that calls the API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Server
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServerSchemaImport,
) -> Response[HTTPError | HTTPValidationError | Server]:
    """Import an OpenAPI spec

     Creates a running server whose tools are the operations of an OpenAPI or Swagger document; calling a
    tool calls the API.

    Args:
        body (ServerSchemaImport): Create a server from an OpenAPI 3.x or Swagger 2.0 document:
            each operation becomes a tool that calls the API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Server]
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
    body: ServerSchemaImport,
) -> HTTPError | HTTPValidationError | Server | None:
    """Import an OpenAPI spec

     Creates a running server whose tools are the operations of an OpenAPI or Swagger document; calling a
    tool calls the API.

    Args:
        body (ServerSchemaImport): Create a server from an OpenAPI 3.x or Swagger 2.0 document:
            each operation becomes a tool that calls the API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Server
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
