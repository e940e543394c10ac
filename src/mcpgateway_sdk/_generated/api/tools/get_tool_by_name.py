from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_lookup import ToolLookup
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/tools/by-name"


def _get_kwargs(
    *,
    name: str,
    bundle_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["bundle_id"] = bundle_id

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | ToolLookup | None:
    if response.status_code == 200:
        response_200 = ToolLookup.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | ToolLookup]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    bundle_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolLookup]:
    """Get a tool by name

     Looks up one tool by its qualified name `server__tool`. With `bundle_id` or `agent_id` (later
    gateways) the lookup goes through that bundle; tools of bundle-only servers are found only that way.

    Args:
        name (str):
        bundle_id (str | Unset):
        agent_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolLookup]
    """

    kwargs = _get_kwargs(
        name=name,
        bundle_id=bundle_id,
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    bundle_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolLookup | None:
    """Get a tool by name

     Looks up one tool by its qualified name `server__tool`. With `bundle_id` or `agent_id` (later
    gateways) the lookup goes through that bundle; tools of bundle-only servers are found only that way.

    Args:
        name (str):
        bundle_id (str | Unset):
        agent_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolLookup
    """

    return sync_detailed(
        client=client,
        name=name,
        bundle_id=bundle_id,
        agent_id=agent_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    bundle_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolLookup]:
    """Get a tool by name

     Looks up one tool by its qualified name `server__tool`. With `bundle_id` or `agent_id` (later
    gateways) the lookup goes through that bundle; tools of bundle-only servers are found only that way.

    Args:
        name (str):
        bundle_id (str | Unset):
        agent_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolLookup]
    """

    kwargs = _get_kwargs(
        name=name,
        bundle_id=bundle_id,
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    bundle_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolLookup | None:
    """Get a tool by name

     Looks up one tool by its qualified name `server__tool`. With `bundle_id` or `agent_id` (later
    gateways) the lookup goes through that bundle; tools of bundle-only servers are found only that way.

    Args:
        name (str):
        bundle_id (str | Unset):
        agent_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolLookup
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            bundle_id=bundle_id,
            agent_id=agent_id,
        )
    ).parsed
