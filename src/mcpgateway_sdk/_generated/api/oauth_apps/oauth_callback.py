from typing import Any, cast

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_callback_result import OAuthCallbackResult
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/api/v1/oauth/callback/{alias}"


def _get_kwargs(
    alias: str,
    *,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["state"] = state

    params["error"] = error

    params["error_description"] = error_description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            alias=alias,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPError | HTTPValidationError | OAuthCallbackResult | None:
    if response.status_code == 200:
        response_200 = OAuthCallbackResult.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = HTTPError.from_dict(response.json())

        return response_400

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
) -> Response[Any | HTTPError | HTTPValidationError | OAuthCallbackResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    alias: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any | HTTPError | HTTPValidationError | OAuthCallbackResult]:
    """OAuth redirect target

     Where the provider sends the browser back (`callback_url` of an OAuth app). Exchanges the code for
    tokens (PKCE) and stores them; needs no API key (the single-use `state` authenticates it). Redirects
    (303) to the `redirect_uri` given when the authorization started, if any.

    Args:
        alias (str):
        code (str | Unset):
        state (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError | OAuthCallbackResult]
    """

    kwargs = _get_kwargs(
        alias=alias,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    alias: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Any | HTTPError | HTTPValidationError | OAuthCallbackResult | None:
    """OAuth redirect target

     Where the provider sends the browser back (`callback_url` of an OAuth app). Exchanges the code for
    tokens (PKCE) and stores them; needs no API key (the single-use `state` authenticates it). Redirects
    (303) to the `redirect_uri` given when the authorization started, if any.

    Args:
        alias (str):
        code (str | Unset):
        state (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError | OAuthCallbackResult
    """

    return sync_detailed(
        alias=alias,
        client=client,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    ).parsed


async def asyncio_detailed(
    alias: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any | HTTPError | HTTPValidationError | OAuthCallbackResult]:
    """OAuth redirect target

     Where the provider sends the browser back (`callback_url` of an OAuth app). Exchanges the code for
    tokens (PKCE) and stores them; needs no API key (the single-use `state` authenticates it). Redirects
    (303) to the `redirect_uri` given when the authorization started, if any.

    Args:
        alias (str):
        code (str | Unset):
        state (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPError | HTTPValidationError | OAuthCallbackResult]
    """

    kwargs = _get_kwargs(
        alias=alias,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    alias: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Any | HTTPError | HTTPValidationError | OAuthCallbackResult | None:
    """OAuth redirect target

     Where the provider sends the browser back (`callback_url` of an OAuth app). Exchanges the code for
    tokens (PKCE) and stores them; needs no API key (the single-use `state` authenticates it). Redirects
    (303) to the `redirect_uri` given when the authorization started, if any.

    Args:
        alias (str):
        code (str | Unset):
        state (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPError | HTTPValidationError | OAuthCallbackResult
    """

    return (
        await asyncio_detailed(
            alias=alias,
            client=client,
            code=code,
            state=state,
            error=error,
            error_description=error_description,
        )
    ).parsed
