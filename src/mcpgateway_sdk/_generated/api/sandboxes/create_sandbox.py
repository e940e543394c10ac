from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.sandbox import Sandbox
from ...models.sandbox_create import SandboxCreate
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/sandboxes"


def _get_kwargs(
    *,
    body: SandboxCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
) -> HTTPError | HTTPValidationError | Sandbox | None:
    if response.status_code == 201:
        response_201 = Sandbox.from_dict(response.json())

        return response_201

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
) -> Response[HTTPError | HTTPValidationError | Sandbox]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxCreate,
) -> Response[HTTPError | HTTPValidationError | Sandbox]:
    """Create a sandbox

     Start a new sandbox from an image. Unknown fields in the body are passed through. With the
    `session_key` of an existing sandbox, that sandbox is returned instead: parallel creates with one
    key get one sandbox.

    Args:
        body (SandboxCreate): Settings for a new sandbox. Fields not listed here are passed
            through to the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Sandbox]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxCreate,
) -> HTTPError | HTTPValidationError | Sandbox | None:
    """Create a sandbox

     Start a new sandbox from an image. Unknown fields in the body are passed through. With the
    `session_key` of an existing sandbox, that sandbox is returned instead: parallel creates with one
    key get one sandbox.

    Args:
        body (SandboxCreate): Settings for a new sandbox. Fields not listed here are passed
            through to the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Sandbox
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxCreate,
) -> Response[HTTPError | HTTPValidationError | Sandbox]:
    """Create a sandbox

     Start a new sandbox from an image. Unknown fields in the body are passed through. With the
    `session_key` of an existing sandbox, that sandbox is returned instead: parallel creates with one
    key get one sandbox.

    Args:
        body (SandboxCreate): Settings for a new sandbox. Fields not listed here are passed
            through to the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Sandbox]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxCreate,
) -> HTTPError | HTTPValidationError | Sandbox | None:
    """Create a sandbox

     Start a new sandbox from an image. Unknown fields in the body are passed through. With the
    `session_key` of an existing sandbox, that sandbox is returned instead: parallel creates with one
    key get one sandbox.

    Args:
        body (SandboxCreate): Settings for a new sandbox. Fields not listed here are passed
            through to the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Sandbox
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
