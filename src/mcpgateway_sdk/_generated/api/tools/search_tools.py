from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_search_request import ToolSearchRequest
from ...models.tool_search_results import ToolSearchResults
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/api/v1/tools/search"


def _get_kwargs(
    *,
    body: ToolSearchRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(mcp_session_id, Unset):
        headers["Mcp-Session-Id"] = mcp_session_id

    if not isinstance(x_mcp_session_id, Unset):
        headers["X-MCP-Session-ID"] = x_mcp_session_id

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
) -> HTTPError | HTTPValidationError | ToolSearchResults | None:
    if response.status_code == 200:
        response_200 = ToolSearchResults.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | ToolSearchResults]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ToolSearchRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolSearchResults]:
    """Search tools

     Finds the tools that best match a plain-language query across every server the caller can reach,
    narrowed by `server_ids`, a bundle or an agent.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolSearchRequest): Semantic search over the tools the caller can reach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolSearchResults]
    """

    kwargs = _get_kwargs(
        body=body,
        mcp_session_id=mcp_session_id,
        x_mcp_session_id=x_mcp_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ToolSearchRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolSearchResults | None:
    """Search tools

     Finds the tools that best match a plain-language query across every server the caller can reach,
    narrowed by `server_ids`, a bundle or an agent.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolSearchRequest): Semantic search over the tools the caller can reach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolSearchResults
    """

    return sync_detailed(
        client=client,
        body=body,
        mcp_session_id=mcp_session_id,
        x_mcp_session_id=x_mcp_session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ToolSearchRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolSearchResults]:
    """Search tools

     Finds the tools that best match a plain-language query across every server the caller can reach,
    narrowed by `server_ids`, a bundle or an agent.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolSearchRequest): Semantic search over the tools the caller can reach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolSearchResults]
    """

    kwargs = _get_kwargs(
        body=body,
        mcp_session_id=mcp_session_id,
        x_mcp_session_id=x_mcp_session_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ToolSearchRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolSearchResults | None:
    """Search tools

     Finds the tools that best match a plain-language query across every server the caller can reach,
    narrowed by `server_ids`, a bundle or an agent.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolSearchRequest): Semantic search over the tools the caller can reach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolSearchResults
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mcp_session_id=mcp_session_id,
            x_mcp_session_id=x_mcp_session_id,
        )
    ).parsed
