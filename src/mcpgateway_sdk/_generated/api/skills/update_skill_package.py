from typing import Any

import httpx

from ...._paths import format_path
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill import Skill
from ...models.skill_package_update import SkillPackageUpdate
from ...types import Response

METHOD = "PATCH"
PATH = "/api/v1/skills/{skill_id}/package"


def _get_kwargs(
    skill_id: str,
    *,
    body: SkillPackageUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": format_path(
            PATH,
            skill_id=skill_id,
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | Skill | None:
    if response.status_code == 200:
        response_200 = Skill.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

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
) -> Response[HTTPError | HTTPValidationError | Skill]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillPackageUpdate,
) -> Response[HTTPError | HTTPValidationError | Skill]:
    """Replace a skill package

     Replaces the skill's files in place from a `.zip`, `.skill` or `.md` file. The new SKILL.md front-
    matter name must equal the skill's name.

    Args:
        skill_id (str):
        body (SkillPackageUpdate): Multipart form replacing a skill's package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Skill]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillPackageUpdate,
) -> HTTPError | HTTPValidationError | Skill | None:
    """Replace a skill package

     Replaces the skill's files in place from a `.zip`, `.skill` or `.md` file. The new SKILL.md front-
    matter name must equal the skill's name.

    Args:
        skill_id (str):
        body (SkillPackageUpdate): Multipart form replacing a skill's package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Skill
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillPackageUpdate,
) -> Response[HTTPError | HTTPValidationError | Skill]:
    """Replace a skill package

     Replaces the skill's files in place from a `.zip`, `.skill` or `.md` file. The new SKILL.md front-
    matter name must equal the skill's name.

    Args:
        skill_id (str):
        body (SkillPackageUpdate): Multipart form replacing a skill's package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Skill]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillPackageUpdate,
) -> HTTPError | HTTPValidationError | Skill | None:
    """Replace a skill package

     Replaces the skill's files in place from a `.zip`, `.skill` or `.md` file. The new SKILL.md front-
    matter name must equal the skill's name.

    Args:
        skill_id (str):
        body (SkillPackageUpdate): Multipart form replacing a skill's package.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Skill
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
