from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_catalog_entry import SkillCatalogEntry
from ...types import Response

METHOD = "GET"
PATH = "/api/v1/skills/catalog/{source}/{skill_name}"


def _get_kwargs(
    source: str,
    skill_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            source=source,
            skill_name=skill_name,
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | SkillCatalogEntry | None:
    if response.status_code == 200:
        response_200 = SkillCatalogEntry.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | SkillCatalogEntry]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source: str,
    skill_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPError | HTTPValidationError | SkillCatalogEntry]:
    """Get a catalog skill

     Returns one skill of a catalog source.

    Args:
        source (str):
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillCatalogEntry]
    """

    kwargs = _get_kwargs(
        source=source,
        skill_name=skill_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    source: str,
    skill_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPError | HTTPValidationError | SkillCatalogEntry | None:
    """Get a catalog skill

     Returns one skill of a catalog source.

    Args:
        source (str):
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillCatalogEntry
    """

    return sync_detailed(
        source=source,
        skill_name=skill_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    source: str,
    skill_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPError | HTTPValidationError | SkillCatalogEntry]:
    """Get a catalog skill

     Returns one skill of a catalog source.

    Args:
        source (str):
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillCatalogEntry]
    """

    kwargs = _get_kwargs(
        source=source,
        skill_name=skill_name,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    source: str,
    skill_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPError | HTTPValidationError | SkillCatalogEntry | None:
    """Get a catalog skill

     Returns one skill of a catalog source.

    Args:
        source (str):
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillCatalogEntry
    """

    return (
        await asyncio_detailed(
            source=source,
            skill_name=skill_name,
            client=client,
        )
    ).parsed
