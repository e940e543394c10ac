from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generation_approval import GenerationApproval
from ...models.generation_job_transition import GenerationJobTransition
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/servers/generate/{job_id}/approve"


def _get_kwargs(
    job_id: str,
    *,
    body: GenerationApproval,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            job_id=job_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerationJobTransition | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GenerationJobTransition.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

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
) -> Response[GenerationJobTransition | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerationApproval,
) -> Response[GenerationJobTransition | HTTPError | HTTPValidationError]:
    """Approve a generation job

     Deploys the selected tools of a job in review as a running server.

    Args:
        job_id (str):
        body (GenerationApproval): Approve a job in review; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerationJobTransition | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerationApproval,
) -> GenerationJobTransition | HTTPError | HTTPValidationError | None:
    """Approve a generation job

     Deploys the selected tools of a job in review as a running server.

    Args:
        job_id (str):
        body (GenerationApproval): Approve a job in review; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerationJobTransition | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerationApproval,
) -> Response[GenerationJobTransition | HTTPError | HTTPValidationError]:
    """Approve a generation job

     Deploys the selected tools of a job in review as a running server.

    Args:
        job_id (str):
        body (GenerationApproval): Approve a job in review; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerationJobTransition | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerationApproval,
) -> GenerationJobTransition | HTTPError | HTTPValidationError | None:
    """Approve a generation job

     Deploys the selected tools of a job in review as a running server.

    Args:
        job_id (str):
        body (GenerationApproval): Approve a job in review; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerationJobTransition | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
