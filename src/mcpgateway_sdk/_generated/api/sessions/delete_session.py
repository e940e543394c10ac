from typing import Any, cast

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "DELETE"
PATH = "/api/v1/sessions/{session_id}"


def _get_kwargs(
    session_id: str,
    *,
    hard_delete: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hard_delete"] = hard_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            session_id=session_id,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPError | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard_delete: bool | Unset = False,
) -> Response[Any | HTTPError | HTTPValidationError]:
    """Delete a session

     Ends the session. It is kept as inactive unless `hard_delete` is true.

    Args:
        session_id (str):
        hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        hard_delete=hard_delete,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard_delete: bool | Unset = False,
) -> Any | HTTPError | HTTPValidationError | None:
    """Delete a session

     Ends the session. It is kept as inactive unless `hard_delete` is true.

    Args:
        session_id (str):
        hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        hard_delete=hard_delete,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard_delete: bool | Unset = False,
) -> Response[Any | HTTPError | HTTPValidationError]:
    """Delete a session

     Ends the session. It is kept as inactive unless `hard_delete` is true.

    Args:
        session_id (str):
        hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        hard_delete=hard_delete,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard_delete: bool | Unset = False,
) -> Any | HTTPError | HTTPValidationError | None:
    """Delete a session

     Ends the session. It is kept as inactive unless `hard_delete` is true.

    Args:
        session_id (str):
        hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            hard_delete=hard_delete,
        )
    ).parsed
