from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_list import SkillList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/skills"


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    mcp_server_id: str | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    params["source_type"] = source_type

    params["mcp_server_id"] = mcp_server_id

    params["published"] = published

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | SkillList | None:
    if response.status_code == 200:
        response_200 = SkillList.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | SkillList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    mcp_server_id: str | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | SkillList]:
    """List skills

     Returns one page of the caller's skills, optionally filtered by text, source type or linked server.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        source_type (str | Unset):
        mcp_server_id (str | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        source_type=source_type,
        mcp_server_id=mcp_server_id,
        published=published,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    mcp_server_id: str | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> HTTPError | HTTPValidationError | SkillList | None:
    """List skills

     Returns one page of the caller's skills, optionally filtered by text, source type or linked server.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        source_type (str | Unset):
        mcp_server_id (str | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        search=search,
        source_type=source_type,
        mcp_server_id=mcp_server_id,
        published=published,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    mcp_server_id: str | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | SkillList]:
    """List skills

     Returns one page of the caller's skills, optionally filtered by text, source type or linked server.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        source_type (str | Unset):
        mcp_server_id (str | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SkillList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        search=search,
        source_type=source_type,
        mcp_server_id=mcp_server_id,
        published=published,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    mcp_server_id: str | Unset = UNSET,
    published: bool | Unset = UNSET,
) -> HTTPError | HTTPValidationError | SkillList | None:
    """List skills

     Returns one page of the caller's skills, optionally filtered by text, source type or linked server.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        source_type (str | Unset):
        mcp_server_id (str | Unset):
        published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SkillList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            search=search,
            source_type=source_type,
            mcp_server_id=mcp_server_id,
            published=published,
        )
    ).parsed
