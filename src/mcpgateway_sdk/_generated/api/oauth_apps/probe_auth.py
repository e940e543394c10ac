from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_requirement_probe import AuthRequirementProbe
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.probe_auth_request import ProbeAuthRequest
from ...types import Response

METHOD = "POST"
PATH = "/api/v1/oauth-apps/probe-auth"


def _get_kwargs(
    *,
    body: ProbeAuthRequest,
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
) -> AuthRequirementProbe | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AuthRequirementProbe.from_dict(response.json())

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
) -> Response[AuthRequirementProbe | HTTPError | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProbeAuthRequest,
) -> Response[AuthRequirementProbe | HTTPError | HTTPValidationError]:
    """Probe a URL's authentication

     Fetch a remote MCP URL and report what authentication it requires: its `WWW-Authenticate` challenge,
    protected-resource metadata (RFC 9728) and authorization-server metadata (RFC 8414). With
    `guard_network`, loopback, private, link-local and metadata addresses are refused.

    Args:
        body (ProbeAuthRequest): A URL whose authentication to probe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthRequirementProbe | HTTPError | HTTPValidationError]
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
    body: ProbeAuthRequest,
) -> AuthRequirementProbe | HTTPError | HTTPValidationError | None:
    """Probe a URL's authentication

     Fetch a remote MCP URL and report what authentication it requires: its `WWW-Authenticate` challenge,
    protected-resource metadata (RFC 9728) and authorization-server metadata (RFC 8414). With
    `guard_network`, loopback, private, link-local and metadata addresses are refused.

    Args:
        body (ProbeAuthRequest): A URL whose authentication to probe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthRequirementProbe | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProbeAuthRequest,
) -> Response[AuthRequirementProbe | HTTPError | HTTPValidationError]:
    """Probe a URL's authentication

     Fetch a remote MCP URL and report what authentication it requires: its `WWW-Authenticate` challenge,
    protected-resource metadata (RFC 9728) and authorization-server metadata (RFC 8414). With
    `guard_network`, loopback, private, link-local and metadata addresses are refused.

    Args:
        body (ProbeAuthRequest): A URL whose authentication to probe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthRequirementProbe | HTTPError | HTTPValidationError]
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
    body: ProbeAuthRequest,
) -> AuthRequirementProbe | HTTPError | HTTPValidationError | None:
    """Probe a URL's authentication

     Fetch a remote MCP URL and report what authentication it requires: its `WWW-Authenticate` challenge,
    protected-resource metadata (RFC 9728) and authorization-server metadata (RFC 8414). With
    `guard_network`, loopback, private, link-local and metadata addresses are refused.

    Args:
        body (ProbeAuthRequest): A URL whose authentication to probe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthRequirementProbe | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
