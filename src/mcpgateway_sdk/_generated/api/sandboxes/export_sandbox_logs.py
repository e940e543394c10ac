from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.sandbox_log import SandboxLog
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/sandboxes/{sandbox_id}/logs/export"


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
    format_: str | Unset = "json",
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

    params["format"] = format_

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
) -> HTTPError | HTTPValidationError | list[SandboxLog] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SandboxLog.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPError | HTTPValidationError | list[SandboxLog]]:
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
    format_: str | Unset = "json",
) -> Response[HTTPError | HTTPValidationError | list[SandboxLog]]:
    """Export call logs

     Every matching log entry as a JSON array or as CSV (`format`), streamed; the same filters as the
    list.

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
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | list[SandboxLog]]
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
        format_=format_,
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
    format_: str | Unset = "json",
) -> HTTPError | HTTPValidationError | list[SandboxLog] | None:
    """Export call logs

     Every matching log entry as a JSON array or as CSV (`format`), streamed; the same filters as the
    list.

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
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | list[SandboxLog]
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
        format_=format_,
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
    format_: str | Unset = "json",
) -> Response[HTTPError | HTTPValidationError | list[SandboxLog]]:
    """Export call logs

     Every matching log entry as a JSON array or as CSV (`format`), streamed; the same filters as the
    list.

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
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | list[SandboxLog]]
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
        format_=format_,
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
    format_: str | Unset = "json",
) -> HTTPError | HTTPValidationError | list[SandboxLog] | None:
    """Export call logs

     Every matching log entry as a JSON array or as CSV (`format`), streamed; the same filters as the
    list.

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
        format_ (str | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | list[SandboxLog]
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
            format_=format_,
        )
    ).parsed
