from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generation_job_create import GenerationJobCreate
from ...models.generation_job_created import GenerationJobCreated
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/servers/generate"


def _get_kwargs(
    *,
    body: GenerationJobCreate,
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
) -> GenerationJobCreated | HTTPError | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = GenerationJobCreated.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

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
) -> Response[GenerationJobCreated | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerationJobCreate,
) -> Response[GenerationJobCreated | HTTPError | HTTPValidationError]:
    """Start a generation job

     Starts a job that analyses an API description and proposes tools; approve it to deploy a server.

    Args:
        body (GenerationJobCreate): Start a job that turns an API description into a server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerationJobCreated | HTTPError | HTTPValidationError]
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
    body: GenerationJobCreate,
) -> GenerationJobCreated | HTTPError | HTTPValidationError | None:
    """Start a generation job

     Starts a job that analyses an API description and proposes tools; approve it to deploy a server.

    Args:
        body (GenerationJobCreate): Start a job that turns an API description into a server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerationJobCreated | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerationJobCreate,
) -> Response[GenerationJobCreated | HTTPError | HTTPValidationError]:
    """Start a generation job

     Starts a job that analyses an API description and proposes tools; approve it to deploy a server.

    Args:
        body (GenerationJobCreate): Start a job that turns an API description into a server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerationJobCreated | HTTPError | HTTPValidationError]
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
    body: GenerationJobCreate,
) -> GenerationJobCreated | HTTPError | HTTPValidationError | None:
    """Start a generation job

     Starts a job that analyses an API description and proposes tools; approve it to deploy a server.

    Args:
        body (GenerationJobCreate): Start a job that turns an API description into a server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerationJobCreated | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
