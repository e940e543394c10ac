from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_catalog_list import SkillCatalogList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/skills/catalog/{source}"


def _get_kwargs(
    source: str,
    *,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            source=source,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | SkillCatalogList | None:
    if response.status_code == 200:
        response_200 = SkillCatalogList.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | SkillCatalogList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | SkillCatalogList]:
    """List catalog skills

     Lists the skills one catalog source offers, optionally filtered by text.

    Args:
        source (str):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillCatalogList]
    """

    kwargs = _get_kwargs(
        source=source,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    source: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | SkillCatalogList | None:
    """List catalog skills

     Lists the skills one catalog source offers, optionally filtered by text.

    Args:
        source (str):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillCatalogList
    """

    return sync_detailed(
        source=source,
        client=client,
        search=search,
    ).parsed


async def asyncio_detailed(
    source: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | SkillCatalogList]:
    """List catalog skills

     Lists the skills one catalog source offers, optionally filtered by text.

    Args:
        source (str):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillCatalogList]
    """

    kwargs = _get_kwargs(
        source=source,
        search=search,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    source: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | SkillCatalogList | None:
    """List catalog skills

     Lists the skills one catalog source offers, optionally filtered by text.

    Args:
        source (str):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillCatalogList
    """

    return (
        await asyncio_detailed(
            source=source,
            client=client,
            search=search,
        )
    ).parsed
