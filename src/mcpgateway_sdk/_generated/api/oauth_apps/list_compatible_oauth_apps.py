from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_app_list_response import OAuthAppListResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/oauth-apps/compatible"


def _get_kwargs(
    *,
    authorization_server_url: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    authorization_endpoint: str | Unset = UNSET,
    token_endpoint: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["authorization_server_url"] = authorization_server_url

    params["resource"] = resource

    params["authorization_endpoint"] = authorization_endpoint

    params["token_endpoint"] = token_endpoint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | OAuthAppListResponse | None:
    if response.status_code == 200:
        response_200 = OAuthAppListResponse.from_dict(response.json())

        return response_200

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
) -> Response[HTTPError | HTTPValidationError | OAuthAppListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    authorization_server_url: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    authorization_endpoint: str | Unset = UNSET,
    token_endpoint: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | OAuthAppListResponse]:
    """Compatible OAuth apps

     List the enabled OAuth apps whose authorization server, resource and endpoints equal the given
    discovery evidence (each filter optional, exact match).

    Args:
        authorization_server_url (str | Unset):
        resource (str | Unset):
        authorization_endpoint (str | Unset):
        token_endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OAuthAppListResponse]
    """

    kwargs = _get_kwargs(
        authorization_server_url=authorization_server_url,
        resource=resource,
        authorization_endpoint=authorization_endpoint,
        token_endpoint=token_endpoint,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    authorization_server_url: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    authorization_endpoint: str | Unset = UNSET,
    token_endpoint: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | OAuthAppListResponse | None:
    """Compatible OAuth apps

     List the enabled OAuth apps whose authorization server, resource and endpoints equal the given
    discovery evidence (each filter optional, exact match).

    Args:
        authorization_server_url (str | Unset):
        resource (str | Unset):
        authorization_endpoint (str | Unset):
        token_endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OAuthAppListResponse
    """

    return sync_detailed(
        client=client,
        authorization_server_url=authorization_server_url,
        resource=resource,
        authorization_endpoint=authorization_endpoint,
        token_endpoint=token_endpoint,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    authorization_server_url: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    authorization_endpoint: str | Unset = UNSET,
    token_endpoint: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | OAuthAppListResponse]:
    """Compatible OAuth apps

     List the enabled OAuth apps whose authorization server, resource and endpoints equal the given
    discovery evidence (each filter optional, exact match).

    Args:
        authorization_server_url (str | Unset):
        resource (str | Unset):
        authorization_endpoint (str | Unset):
        token_endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OAuthAppListResponse]
    """

    kwargs = _get_kwargs(
        authorization_server_url=authorization_server_url,
        resource=resource,
        authorization_endpoint=authorization_endpoint,
        token_endpoint=token_endpoint,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    authorization_server_url: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    authorization_endpoint: str | Unset = UNSET,
    token_endpoint: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | OAuthAppListResponse | None:
    """Compatible OAuth apps

     List the enabled OAuth apps whose authorization server, resource and endpoints equal the given
    discovery evidence (each filter optional, exact match).

    Args:
        authorization_server_url (str | Unset):
        resource (str | Unset):
        authorization_endpoint (str | Unset):
        token_endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OAuthAppListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            authorization_server_url=authorization_server_url,
            resource=resource,
            authorization_endpoint=authorization_endpoint,
            token_endpoint=token_endpoint,
        )
    ).parsed
