from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_app import OAuthApp
from ...models.o_auth_app_update import OAuthAppUpdate
from ...types import Response

METHOD = "PATCH"
PATH = "/api/v1/oauth-apps/{app_id}"


def _get_kwargs(
    app_id: str,
    *,
    body: OAuthAppUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            app_id=app_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | OAuthApp | None:
    if response.status_code == 200:
        response_200 = OAuthApp.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | OAuthApp]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthAppUpdate,
) -> Response[HTTPError | HTTPValidationError | OAuthApp]:
    """Update an OAuth app

     Change the given fields. A new client id or endpoint deletes the OAuth connections and grants that
    use the app; a new client secret keeps them.

    Args:
        app_id (str):
        body (OAuthAppUpdate): Fields of an OAuth app to change (only those sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OAuthApp]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthAppUpdate,
) -> HTTPError | HTTPValidationError | OAuthApp | None:
    """Update an OAuth app

     Change the given fields. A new client id or endpoint deletes the OAuth connections and grants that
    use the app; a new client secret keeps them.

    Args:
        app_id (str):
        body (OAuthAppUpdate): Fields of an OAuth app to change (only those sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OAuthApp
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthAppUpdate,
) -> Response[HTTPError | HTTPValidationError | OAuthApp]:
    """Update an OAuth app

     Change the given fields. A new client id or endpoint deletes the OAuth connections and grants that
    use the app; a new client secret keeps them.

    Args:
        app_id (str):
        body (OAuthAppUpdate): Fields of an OAuth app to change (only those sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OAuthApp]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthAppUpdate,
) -> HTTPError | HTTPValidationError | OAuthApp | None:
    """Update an OAuth app

     Change the given fields. A new client id or endpoint deletes the OAuth connections and grants that
    use the app; a new client secret keeps them.

    Args:
        app_id (str):
        body (OAuthAppUpdate): Fields of an OAuth app to change (only those sent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OAuthApp
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
