from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.script_tool_package_upload import ScriptToolPackageUpload
from ...models.script_tool_package_version import ScriptToolPackageVersion
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/api/v1/servers/{server_id}/script-tools"


def _get_kwargs(
    server_id: str,
    *,
    body: ScriptToolPackageUpload,
    update_bundles: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["update_bundles"] = update_bundles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            server_id=server_id,
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | ScriptToolPackageVersion | None:
    if response.status_code == 201:
        response_201 = ScriptToolPackageVersion.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = HTTPError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = HTTPError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = HTTPError.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | ScriptToolPackageVersion]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScriptToolPackageUpload,
    update_bundles: bool | Unset = True,
) -> Response[HTTPError | HTTPValidationError | ScriptToolPackageVersion]:
    """Upload script tools

     Stores a script-tool package (a ZIP with `workflow.json` or `manifest.json`: `{"tools": [{"name",
    "description", "input_schema", "entry"}]}`, `entry` a script in the ZIP) as the server's new active
    version and replaces its tools with the declared ones; a byte-identical package is `reused`. A tool
    call runs its script in the server's sandbox, the arguments as JSON on stdin, and returns its JSON
    stdout. The local gateway takes packages for servers of type `script`.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        body (ScriptToolPackageUpload): Multipart form for a script-tool package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ScriptToolPackageVersion]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
        update_bundles=update_bundles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScriptToolPackageUpload,
    update_bundles: bool | Unset = True,
) -> HTTPError | HTTPValidationError | ScriptToolPackageVersion | None:
    """Upload script tools

     Stores a script-tool package (a ZIP with `workflow.json` or `manifest.json`: `{"tools": [{"name",
    "description", "input_schema", "entry"}]}`, `entry` a script in the ZIP) as the server's new active
    version and replaces its tools with the declared ones; a byte-identical package is `reused`. A tool
    call runs its script in the server's sandbox, the arguments as JSON on stdin, and returns its JSON
    stdout. The local gateway takes packages for servers of type `script`.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        body (ScriptToolPackageUpload): Multipart form for a script-tool package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ScriptToolPackageVersion
    """

    return sync_detailed(
        server_id=server_id,
        client=client,
        body=body,
        update_bundles=update_bundles,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScriptToolPackageUpload,
    update_bundles: bool | Unset = True,
) -> Response[HTTPError | HTTPValidationError | ScriptToolPackageVersion]:
    """Upload script tools

     Stores a script-tool package (a ZIP with `workflow.json` or `manifest.json`: `{"tools": [{"name",
    "description", "input_schema", "entry"}]}`, `entry` a script in the ZIP) as the server's new active
    version and replaces its tools with the declared ones; a byte-identical package is `reused`. A tool
    call runs its script in the server's sandbox, the arguments as JSON on stdin, and returns its JSON
    stdout. The local gateway takes packages for servers of type `script`.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        body (ScriptToolPackageUpload): Multipart form for a script-tool package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | ScriptToolPackageVersion]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
        update_bundles=update_bundles,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScriptToolPackageUpload,
    update_bundles: bool | Unset = True,
) -> HTTPError | HTTPValidationError | ScriptToolPackageVersion | None:
    """Upload script tools

     Stores a script-tool package (a ZIP with `workflow.json` or `manifest.json`: `{"tools": [{"name",
    "description", "input_schema", "entry"}]}`, `entry` a script in the ZIP) as the server's new active
    version and replaces its tools with the declared ones; a byte-identical package is `reused`. A tool
    call runs its script in the server's sandbox, the arguments as JSON on stdin, and returns its JSON
    stdout. The local gateway takes packages for servers of type `script`.

    Args:
        server_id (str):
        update_bundles (bool | Unset):  Default: True.
        body (ScriptToolPackageUpload): Multipart form for a script-tool package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | ScriptToolPackageVersion
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
            body=body,
            update_bundles=update_bundles,
        )
    ).parsed
