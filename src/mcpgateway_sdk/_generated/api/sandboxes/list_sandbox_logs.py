from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.sandbox_log_list import SandboxLogList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/sandboxes/{sandbox_id}/logs"


def _get_kwargs(
    sandbox_id: str,
    *,
    status: str | Unset = UNSET,
    search: str | Unset = UNSET,
    tool_name: str | Unset = UNSET,
    meta: list[str] | Unset = UNSET,
    meta_contains: list[str] | Unset = UNSET,
    parent_call_id: str | Unset = UNSET,
    from_time: str | Unset = UNSET,
    to_time: str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["search"] = search

    params["tool_name"] = tool_name

    json_meta: list[str] | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta

    params["meta"] = json_meta

    json_meta_contains: list[str] | Unset = UNSET
    if not isinstance(meta_contains, Unset):
        json_meta_contains = meta_contains

    params["meta_contains"] = json_meta_contains

    params["parent_call_id"] = parent_call_id

    params["from_time"] = from_time

    params["to_time"] = to_time

    params["sort_by"] = sort_by

    params["sort_order"] = sort_order

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            sandbox_id=sandbox_id,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | SandboxLogList | None:
    if response.status_code == 200:
        response_200 = SandboxLogList.from_dict(response.json())

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
) -> Response[HTTPError | HTTPValidationError | SandboxLogList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    search: str | Unset = UNSET,
    tool_name: str | Unset = UNSET,
    meta: list[str] | Unset = UNSET,
    meta_contains: list[str] | Unset = UNSET,
    parent_call_id: str | Unset = UNSET,
    from_time: str | Unset = UNSET,
    to_time: str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[HTTPError | HTTPValidationError | SandboxLogList]:
    """List call logs

     The sandbox's recorded commands and script-tool calls, filtered, sorted and paged (newest first by
    default).

    Args:
        sandbox_id (str):
        status (str | Unset):
        search (str | Unset):
        tool_name (str | Unset):
        meta (list[str] | Unset):
        meta_contains (list[str] | Unset):
        parent_call_id (str | Unset):
        from_time (str | Unset):
        to_time (str | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (str | Unset):  Default: 'desc'.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SandboxLogList]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        status=status,
        search=search,
        tool_name=tool_name,
        meta=meta,
        meta_contains=meta_contains,
        parent_call_id=parent_call_id,
        from_time=from_time,
        to_time=to_time,
        sort_by=sort_by,
        sort_order=sort_order,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    search: str | Unset = UNSET,
    tool_name: str | Unset = UNSET,
    meta: list[str] | Unset = UNSET,
    meta_contains: list[str] | Unset = UNSET,
    parent_call_id: str | Unset = UNSET,
    from_time: str | Unset = UNSET,
    to_time: str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> HTTPError | HTTPValidationError | SandboxLogList | None:
    """List call logs

     The sandbox's recorded commands and script-tool calls, filtered, sorted and paged (newest first by
    default).

    Args:
        sandbox_id (str):
        status (str | Unset):
        search (str | Unset):
        tool_name (str | Unset):
        meta (list[str] | Unset):
        meta_contains (list[str] | Unset):
        parent_call_id (str | Unset):
        from_time (str | Unset):
        to_time (str | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (str | Unset):  Default: 'desc'.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SandboxLogList
    """

    return sync_detailed(
        sandbox_id=sandbox_id,
        client=client,
        status=status,
        search=search,
        tool_name=tool_name,
        meta=meta,
        meta_contains=meta_contains,
        parent_call_id=parent_call_id,
        from_time=from_time,
        to_time=to_time,
        sort_by=sort_by,
        sort_order=sort_order,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    sandbox_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    search: str | Unset = UNSET,
    tool_name: str | Unset = UNSET,
    meta: list[str] | Unset = UNSET,
    meta_contains: list[str] | Unset = UNSET,
    parent_call_id: str | Unset = UNSET,
    from_time: str | Unset = UNSET,
    to_time: str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[HTTPError | HTTPValidationError | SandboxLogList]:
    """List call logs

     The sandbox's recorded commands and script-tool calls, filtered, sorted and paged (newest first by
    default).

    Args:
        sandbox_id (str):
        status (str | Unset):
        search (str | Unset):
        tool_name (str | Unset):
        meta (list[str] | Unset):
        meta_contains (list[str] | Unset):
        parent_call_id (str | Unset):
        from_time (str | Unset):
        to_time (str | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (str | Unset):  Default: 'desc'.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | SandboxLogList]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        status=status,
        search=search,
        tool_name=tool_name,
        meta=meta,
        meta_contains=meta_contains,
        parent_call_id=parent_call_id,
        from_time=from_time,
        to_time=to_time,
        sort_by=sort_by,
        sort_order=sort_order,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    search: str | Unset = UNSET,
    tool_name: str | Unset = UNSET,
    meta: list[str] | Unset = UNSET,
    meta_contains: list[str] | Unset = UNSET,
    parent_call_id: str | Unset = UNSET,
    from_time: str | Unset = UNSET,
    to_time: str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> HTTPError | HTTPValidationError | SandboxLogList | None:
    """List call logs

     The sandbox's recorded commands and script-tool calls, filtered, sorted and paged (newest first by
    default).

    Args:
        sandbox_id (str):
        status (str | Unset):
        search (str | Unset):
        tool_name (str | Unset):
        meta (list[str] | Unset):
        meta_contains (list[str] | Unset):
        parent_call_id (str | Unset):
        from_time (str | Unset):
        to_time (str | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (str | Unset):  Default: 'desc'.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | SandboxLogList
    """

    return (
        await asyncio_detailed(
            sandbox_id=sandbox_id,
            client=client,
            status=status,
            search=search,
            tool_name=tool_name,
            meta=meta,
            meta_contains=meta_contains,
            parent_call_id=parent_call_id,
            from_time=from_time,
            to_time=to_time,
            sort_by=sort_by,
            sort_order=sort_order,
            limit=limit,
            offset=offset,
        )
    ).parsed
