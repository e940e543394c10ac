from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_execute_request import ToolExecuteRequest
from ...models.tool_execute_result import ToolExecuteResult
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/api/v1/tools/execute"


def _get_kwargs(
    *,
    body: ToolExecuteRequest,
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
) -> HTTPError | HTTPValidationError | ToolExecuteResult | None:
    if response.status_code == 200:
        response_200 = ToolExecuteResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

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
) -> Response[HTTPError | HTTPValidationError | ToolExecuteResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ToolExecuteRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolExecuteResult]:
    """Execute a tool

     Runs one tool and returns its result. The server comes from a qualified `tool_name`
    (`server__tool`); for a bare name give `server_id` or `server_name` (0.28 clients may send both,
    which must agree; later gateways accept only one, and only with a bare name). A tool-level failure
    is a 200 with `error` set.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolExecuteRequest): Call one tool. Give a qualified `tool_name` (`server__tool`),
            or an unqualified name plus `server_id` or `server_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolExecuteResult]
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
    body: ToolExecuteRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolExecuteResult | None:
    """Execute a tool

     Runs one tool and returns its result. The server comes from a qualified `tool_name`
    (`server__tool`); for a bare name give `server_id` or `server_name` (0.28 clients may send both,
    which must agree; later gateways accept only one, and only with a bare name). A tool-level failure
    is a 200 with `error` set.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolExecuteRequest): Call one tool. Give a qualified `tool_name` (`server__tool`),
            or an unqualified name plus `server_id` or `server_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolExecuteResult
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
    body: ToolExecuteRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | ToolExecuteResult]:
    """Execute a tool

     Runs one tool and returns its result. The server comes from a qualified `tool_name`
    (`server__tool`); for a bare name give `server_id` or `server_name` (0.28 clients may send both,
    which must agree; later gateways accept only one, and only with a bare name). A tool-level failure
    is a 200 with `error` set.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolExecuteRequest): Call one tool. Give a qualified `tool_name` (`server__tool`),
            or an unqualified name plus `server_id` or `server_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ToolExecuteResult]
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
    body: ToolExecuteRequest,
    mcp_session_id: str | Unset = UNSET,
    x_mcp_session_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | ToolExecuteResult | None:
    """Execute a tool

     Runs one tool and returns its result. The server comes from a qualified `tool_name`
    (`server__tool`); for a bare name give `server_id` or `server_name` (0.28 clients may send both,
    which must agree; later gateways accept only one, and only with a bare name). A tool-level failure
    is a 200 with `error` set.

    Args:
        mcp_session_id (str | Unset):
        x_mcp_session_id (str | Unset):
        body (ToolExecuteRequest): Call one tool. Give a qualified `tool_name` (`server__tool`),
            or an unqualified name plus `server_id` or `server_name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ToolExecuteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mcp_session_id=mcp_session_id,
            x_mcp_session_id=x_mcp_session_id,
        )
    ).parsed
