"""`gw.skills`: skills (SKILL.md packages), the skill catalog, and linking skills to servers."""

from __future__ import annotations

import builtins
import pathlib
from collections.abc import Iterable, Mapping
from io import BytesIO
from os import PathLike
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ..._generated.types import File
from ..._helpers import opt, opt_id, parse_list, parse_model, request_body, str_list, whole_number
from ..._lazy import lazy_import
from ..._options import RequestOptions
from ..._paging import offset_page
from .._pages import AsyncPage
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.api.skills import (
        attach_skill,
        create_skill,
        delete_skill,
        detach_skill,
        download_skill_package,
        get_skill,
        get_skill_catalog_entry,
        import_skill,
        list_skill_catalog,
        list_skill_templates,
        list_skills,
        update_skill,
        update_skill_package,
        upload_skill,
    )
    from ..._generated.models import (
        AttachResult,
        Skill,
        SkillCatalogEntry,
        SkillCreate,
        SkillImportRequest,
        SkillPackageUpdate,
        SkillTemplate,
        SkillUpdate,
        SkillUpload,
    )
else:
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.api.skills",
        "attach_skill create_skill delete_skill detach_skill download_skill_package get_skill get_skill_catalog_entry import_skill list_skill_catalog list_skill_templates list_skills update_skill update_skill_package upload_skill",
        submodules=True,
    )
    lazy_import(
        globals(),
        "mcpgateway_sdk._generated.models",
        "AttachResult Skill SkillCatalogEntry SkillCreate SkillImportRequest SkillPackageUpdate SkillTemplate SkillUpdate SkillUpload",
    )

__all__ = ["AsyncSkills"]

_UPLOAD_CONTENT_TYPE = "application/octet-stream"


def _tags(value: Iterable[str] | None) -> builtins.list[str] | None:
    return None if value is None else str_list(value, "portal_tags")


def _read_local_file(file_path: str | PathLike[str]) -> tuple[bytes, str]:
    """The bytes and base name of a local file (blocking: meant for small skill packages).

    A missing file raises `FileNotFoundError` here, before any request is made.
    """
    path = pathlib.Path(file_path)
    return path.read_bytes(), path.name


def _upload_file(
    file_path: str | PathLike[str] | None, content: bytes | str | None, filename: str | None
) -> File:
    """The multipart file part: from `file_path` (named after it unless `filename` is given), or
    from `content` with `filename`."""
    if file_path is not None and content is not None:
        raise ValueError("pass file_path or content, not both")
    if file_path is not None:
        raw, upload_name = _read_local_file(file_path)
        upload_name = filename or upload_name
    elif content is not None and filename:
        raw = content.encode() if isinstance(content, str) else bytes(content)
        upload_name = filename
    else:
        raise ValueError("pass file_path, or content together with filename")
    return File(payload=BytesIO(raw), file_name=upload_name, mime_type=_UPLOAD_CONTENT_TYPE)


def _not_a_server_id(value: object, name: str) -> None:
    """Refuse a server id where SDK 0.28 took `server_id` positionally and 0.61 takes `name`."""
    if isinstance(value, UUID) or (isinstance(value, str) and _is_uuid(value)):
        raise TypeError(
            f"{name} got a server id; the SDK 0.28 server link is the keyword server_id="
        )


def _is_uuid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def _check_published(published: object) -> None:
    if published is not None and not isinstance(published, bool):
        raise TypeError(
            f"published must be True, False or None, got {type(published).__name__}; "
            "the SDK 0.28 server filter is the keyword server_id="
        )


class AsyncSkills(AsyncResource):
    """Create, upload, update and delete skills; browse and import from skill catalogs.

    `server_id` (SDK 0.28: link a skill to one MCP server, sent as `mcp_server_id`) still works,
    keyword-only; the 0.61 wire never sends it, and neither do we unless you pass it.
    """

    async def list(
        self,
        search: str | None = None,
        source_type: str | None = None,
        published: bool | None = None,
        offset: int = 0,
        limit: int = 100,
        *,
        server_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Skill]:
        """Skills from `offset` (at most `limit`, up to 100), optionally filtered.

        `source_type` is `imported`, `generated` or `manual`; `published` keeps the marketplace
        (un)published ones (not sent when None); `server_id` (SDK 0.28) keeps the skills linked to
        that server. The page has `total`, `has_more`, `next_page()` and `auto_paging_iter()`.
        """
        _check_published(published)
        whole_number(offset, "offset", 0)
        whole_number(limit, "limit", 1)
        request = list_skills._get_kwargs(
            offset=offset,
            limit=limit,
            search=opt(search),
            source_type=opt(source_type),
            mcp_server_id=opt_id(server_id),
            published=opt(published),
        )
        parts = offset_page(await self._core.request_json(request, options), Skill, offset, limit)
        return AsyncPage(
            parts,
            lambda: self.list(
                search,
                source_type,
                published,
                offset + len(parts.items),
                limit,
                server_id=server_id,
                **options,
            ),
        )

    async def get(self, skill_id: str | UUID, **options: Unpack[RequestOptions]) -> Skill:
        """One skill, with its SKILL.md text in `skill_md_content`."""
        request = get_skill._get_kwargs(skill_id=str(skill_id))
        return parse_model(await self._core.request_json(request, options), Skill)

    async def create(
        self,
        name: str,
        skill_md_content: str,
        description: str | None = None,
        skill_metadata: Mapping[str, Any] | None = None,
        *,
        server_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Create a skill from SKILL.md text and return it. Never retried once sent.

        `server_id` (SDK 0.28) links it to a server.
        """
        _not_a_server_id(skill_metadata, "skill_metadata")
        payload: dict[str, Any] = {"name": name, "skill_md_content": skill_md_content}
        if description is not None:
            payload["description"] = description
        if server_id is not None:
            payload["mcp_server_id"] = str(server_id)
        if skill_metadata is not None:
            payload["skill_metadata"] = dict(skill_metadata)
        # from_dict: skill_metadata is free-form JSON (a plain dict), whatever the model's typing.
        body = request_body(SkillCreate, payload, "create")
        data = await self._core.request_json(create_skill._get_kwargs(body=body), options)
        return parse_model(data, Skill)

    async def update(
        self,
        skill_id: str | UUID,
        *,
        name: str | None = None,
        description: str | None = None,
        skill_md_content: str | None = None,
        server_id: str | UUID | None = None,
        skill_metadata: Mapping[str, Any] | None = None,
        clear_server_link: bool = False,
        portal_visible: bool | None = None,
        portal_category: str | None = None,
        portal_tags: Iterable[str] | None = None,
        published: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Change the given fields (`None` leaves a field as it is); returns the skill.

        `server_id` links the skill to a server, `clear_server_link=True` removes the link (not
        both). `published` offers or withdraws it in the marketplace (an extension: neither
        published SDK sends it). Calling it with no field sends an empty update.
        """
        if server_id is not None and clear_server_link:
            raise ValueError("pass server_id or clear_server_link=True, not both")
        fields: dict[str, Any] = {
            "name": name,
            "description": description,
            "skill_md_content": skill_md_content,
            "mcp_server_id": str(server_id) if server_id is not None else None,
            "skill_metadata": dict(skill_metadata) if skill_metadata is not None else None,
            "portal_visible": portal_visible,
            "portal_category": portal_category,
            "portal_tags": _tags(portal_tags),
            "published": published,
        }
        payload = {key: value for key, value in fields.items() if value is not None}
        if clear_server_link:
            payload["clear_server_link"] = True
            payload["mcp_server_id"] = None
        # from_dict: only the keys present are sent (the model's clear_server_link default is not).
        body = request_body(SkillUpdate, payload, "update")
        request = update_skill._get_kwargs(skill_id=str(skill_id), body=body)
        return parse_model(await self._core.request_json(request, options), Skill)

    async def delete(self, skill_id: str | UUID, **options: Unpack[RequestOptions]) -> None:
        """Delete a skill and its stored package."""
        await self._core.request_json(delete_skill._get_kwargs(skill_id=str(skill_id)), options)

    async def upload(
        self,
        file_path: str | PathLike[str] | None = None,
        content: bytes | str | None = None,
        filename: str | None = None,
        prefix: str | None = None,
        *,
        server_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Upload a `.zip`, `.skill` or `.md` (SKILL.md) file as a new skill and return it.

        Pass `file_path` (the upload is named after the file unless `filename` is given), or
        `content` with `filename`. `prefix` names the skill `<prefix>-<name>` (the gateway checks
        it); `server_id` (SDK 0.28) links it to a server. The local file is read with one
        blocking call, which is fine for skill-sized files even inside an event loop. Never
        retried once sent.
        """
        _not_a_server_id(prefix, "prefix")
        body = SkillUpload(
            file=_upload_file(file_path, content, filename),
            mcp_server_id=opt_id(server_id),
            prefix=opt(prefix),
        )
        data = await self._core.request_json(upload_skill._get_kwargs(body=body), options)
        return parse_model(data, Skill)

    async def update_package(
        self,
        skill_id: str | UUID,
        content: bytes | str,
        filename: str,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Replace a skill's files in place from a `.zip`, `.skill` or `.md` package.

        The extension of `filename` decides how it is read; the new SKILL.md's `name` must equal
        the skill's name (a typed 422 otherwise, e.g. `SkillMalformedFrontmatter`). Never retried
        once sent.
        """
        body = SkillPackageUpdate(file=_upload_file(None, content, filename))
        request = update_skill_package._get_kwargs(skill_id=str(skill_id), body=body)
        return parse_model(await self._core.request_json(request, options), Skill)

    async def templates(self, **options: Unpack[RequestOptions]) -> builtins.list[SkillTemplate]:
        """Starting points for writing a SKILL.md."""
        data = await self._core.request_json(list_skill_templates._get_kwargs(), options)
        return parse_list(data, SkillTemplate)

    async def catalog(
        self, source: str, search: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[SkillCatalogEntry]:
        """Skills offered by a catalog `source` (`builtin`, `github`, or a repository URL)."""
        request = list_skill_catalog._get_kwargs(source=source, search=opt(search))
        return parse_list(await self._core.request_json(request, options), SkillCatalogEntry)

    async def catalog_detail(
        self, source: str, skill_name: str, **options: Unpack[RequestOptions]
    ) -> SkillCatalogEntry:
        """One catalog skill, with its files and metadata."""
        request = get_skill_catalog_entry._get_kwargs(source=source, skill_name=skill_name)
        return parse_model(await self._core.request_json(request, options), SkillCatalogEntry)

    async def import_from_catalog(
        self,
        source: str,
        skill_name: str,
        github_repo: str | None = None,
        *,
        server_id: str | UUID | None = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Copy a catalog skill into your skills and return it. Never retried once sent.

        `github_repo` (`owner/repo`) picks one repository when several offer that skill name;
        `server_id` (SDK 0.28) links the copy to a server.
        """
        _not_a_server_id(github_repo, "github_repo")
        body = SkillImportRequest(
            source=source,
            skill_name=skill_name,
            mcp_server_id=opt_id(server_id),
            github_repo=opt(github_repo),
        )
        data = await self._core.request_json(import_skill._get_kwargs(body=body), options)
        return parse_model(data, Skill)

    async def download_package(
        self, skill_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> bytes:
        """The skill's package (a ZIP archive) as raw bytes."""
        request = download_skill_package._get_kwargs(skill_id=str(skill_id))
        return await self._core.request_bytes(request, options)

    async def attach(
        self, skill_id: str | UUID, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> AttachResult:
        """Attach a skill to a server; the result lists the tools it registered there."""
        request = attach_skill._get_kwargs(server_id=str(server_id), skill_id=str(skill_id))
        return parse_model(await self._core.request_json(request, options), AttachResult)

    async def detach(
        self, skill_id: str | UUID, server_id: str | UUID, **options: Unpack[RequestOptions]
    ) -> None:
        """Detach a skill from a server (removes the tools it registered)."""
        request = detach_skill._get_kwargs(server_id=str(server_id), skill_id=str(skill_id))
        await self._core.request_json(request, options)
