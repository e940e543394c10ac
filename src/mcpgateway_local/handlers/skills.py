"""Skills: CRUD, uploads, templates, the built-in catalog, packages, attach/detach to servers.

Stored `skill` document: every field of the `Skill` wire schema, with `skill_md_content` holding
the SKILL.md text (responses show it only from `get_skill`, null elsewhere), plus internal fields:

* `_package`: the skill's package, a deterministic ZIP (`skill_packages.build_package`:
  `<name>/SKILL.md` + extra files), base64. Read it with `skill_package_bytes(doc)`; it is rebuilt
  whenever the name or the SKILL.md text changes.
* `_server_name`: the linked server's name when it was linked (fallback for `mcp_server_name`).

`mcp_server_name` is read from the linked `server` document at response time; a link to a server
that no longer exists shows as no link. `skill_attachment` documents: {id, server_id, skill_id,
tools_registered, created_at}; deleting a skill deletes its attachments.

The only catalog source is `builtin` (`skill_packages.BUILTIN_SKILL_CATALOG`); any other source is
404. Package problems are `SkillPackageError`s (domain `Invalid` errors located at the request
field): 422 validation items whose `type` is the error code and whose `msg` starts with it.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from ..records import canonical_uuid, fetch_or_404, new_id, now_iso, public
from ..skill_catalog import (
    BUILTIN_SKILL_CATALOG,
    BUILTIN_SKILL_TEMPLATES,
    SkillCatalogEntry,
    find_catalog_entry,
)
from ..skill_docs import skill_package_bytes, skill_package_files
from ..skill_frontmatter import SKILL_MD, SkillPackageError, parse_skill_md, validate_skill_name
from ..skill_packages import SkillUpload, build_package, read_upload_package
from ..skill_revisions import apply_package, prefixed_skill_name, read_replacement
from ..store import Document
from . import (
    ApiRequest,
    ApiResult,
    GatewayState,
    HTTPProblem,
    UploadedFile,
    conflict,
    operation,
    unprocessable,
)

__all__ = ["BUILTIN_SOURCE", "skill_package_bytes", "skill_package_files"]

SKILL = "skill"
ATTACHMENT = "skill_attachment"
SERVER = "server"
BUILTIN_SOURCE = "builtin"
ZIP_MAGIC = b"PK\x03\x04"


# --- internal helpers ----------------------------------------------------------------------


def _skill_or_404(gw: GatewayState, skill_id: str) -> Document:
    return fetch_or_404(gw.store, SKILL, skill_id, "Skill")


def _server_or_404(gw: GatewayState, server_id: str) -> Document:
    return fetch_or_404(gw.store, SERVER, server_id, "Server")


def _server_name(server: Mapping[str, Any]) -> str | None:
    name = server.get("name")
    return name if isinstance(name, str) else None


def _check_skill_md(text: str, loc: list[str | int]) -> tuple[str, dict[str, Any]]:
    """Parse SKILL.md text: its (description, metadata); refusals are 422s at ``loc``."""
    doc = parse_skill_md(text, loc=loc)
    return doc.description, dict(doc.metadata)


def _name_taken(gw: GatewayState, name: str, except_id: str | None = None) -> bool:
    return bool(gw.store.list(SKILL, lambda d: d.get("name") == name and d.get("id") != except_id))


def _render(gw: GatewayState, doc: Mapping[str, Any], *, with_content: bool = False) -> Document:
    out = public(doc)
    server_id = out.get("mcp_server_id")
    if server_id:
        server = gw.store.get(SERVER, server_id)
        if server is None:
            out["mcp_server_id"] = None
            out["mcp_server_name"] = None
        else:
            out["mcp_server_name"] = _server_name(server) or doc.get("_server_name")
    else:
        out["mcp_server_id"] = None
        out["mcp_server_name"] = None
    if not with_content:
        out["skill_md_content"] = None
    return out


def _link(gw: GatewayState, raw_server_id: Any) -> tuple[str | None, str | None]:
    """(server id, server name) for an optional `mcp_server_id`; 404 if the server is unknown."""
    if raw_server_id is None or raw_server_id == "":
        return None, None
    server = _server_or_404(gw, str(raw_server_id))
    return str(server["id"]), _server_name(server)


def _new_skill(
    gw: GatewayState,
    *,
    name: str,
    description: str | None,
    skill_md: str,
    files: Mapping[str, bytes],
    metadata: dict[str, Any],
    source_type: str,
    source_url: str | None,
    server: tuple[str | None, str | None],
    name_loc: list[str | int],
    prefix: str | None = None,
) -> Document:
    package = build_package(name, skill_md, files, loc=name_loc)
    now = now_iso()
    doc: Document = {
        "id": new_id(),
        "name": name,
        "description": description,
        "source_type": source_type,
        "source_url": source_url,
        "mcp_server_id": server[0],
        "mcp_server_name": server[1],
        "skill_metadata": metadata,
        "package_size_bytes": len(package),
        "portal_visible": False,
        "portal_category": None,
        "portal_tags": [],
        "published": False,
        "skill_md_content": skill_md,
        "created_at": now,
        "updated_at": now,
        "_package": base64.b64encode(package).decode("ascii"),
        "_server_name": server[1],
        "_prefix": prefix,
    }
    with gw.store.transaction():
        if _name_taken(gw, name):
            raise conflict(f"A skill named {name!r} already exists")
        gw.store.insert(SKILL, doc)
    return doc


def _catalog_source(source: str) -> str:
    if source.strip().lower() != BUILTIN_SOURCE:
        raise HTTPProblem(
            404,
            f"Unknown skill catalog source {source!r}: the local gateway only offers "
            f"{BUILTIN_SOURCE!r}",
        )
    return BUILTIN_SOURCE


def _catalog_entry(source: str, skill_name: str) -> SkillCatalogEntry:
    _catalog_source(source)
    entry = find_catalog_entry(skill_name)
    if entry is None:
        raise HTTPProblem(404, f"Skill {skill_name!r} not found in catalog {BUILTIN_SOURCE!r}")
    return entry


def _upload_name(file: UploadedFile) -> str:
    """The file name to judge the upload by; sniffed from the content when none was sent."""
    if file.filename:
        return file.filename
    return "upload.zip" if file.data.startswith(ZIP_MAGIC) else SKILL_MD


def _text(value: Any) -> str:
    return value.casefold() if isinstance(value, str) else ""


# --- skills CRUD ---------------------------------------------------------------------------


@operation("list_skills")
async def list_skills(req: ApiRequest) -> ApiResult:
    gw = req.gw
    search = _text(req.query.get("search"))
    source_type = req.query.get("source_type")
    published = req.query.get("published")
    server_filter = req.query.get("mcp_server_id")
    server_id = canonical_uuid(server_filter) or server_filter
    items: list[Document] = []
    for doc in gw.store.list(SKILL):
        skill = _render(gw, doc)
        if (
            search
            and search not in _text(skill["name"])
            and search not in _text(skill["description"])
        ):
            continue
        if source_type and skill.get("source_type") != source_type:
            continue
        if server_filter and skill.get("mcp_server_id") != server_id:
            continue
        if published is not None and bool(skill.get("published")) != published:
            continue
        items.append(skill)
    offset, limit = int(req.query["offset"]), int(req.query["limit"])
    return ApiResult.json(
        {
            "items": items[offset : offset + limit],
            "total": len(items),
            "offset": offset,
            "limit": limit,
        }
    )


@operation("create_skill")
async def create_skill(req: ApiRequest) -> ApiResult:
    body = req.body
    skill_md: str = body["skill_md_content"]
    md_description, md_metadata = _check_skill_md(skill_md, ["body", "skill_md_content"])
    server = _link(req.gw, body.get("mcp_server_id"))
    doc = _new_skill(
        req.gw,
        name=validate_skill_name(body["name"], loc=["body", "name"]),
        description=body.get("description") or md_description or None,
        skill_md=skill_md,
        files={},
        metadata={**md_metadata, **(body.get("skill_metadata") or {})},
        source_type="manual",
        source_url=None,
        server=server,
        name_loc=["body", "name"],
    )
    return ApiResult.json(_render(req.gw, doc), status=201)


@operation("upload_skill")
async def upload_skill(req: ApiRequest) -> ApiResult:
    form = req.body
    file = form.get("file")
    if not isinstance(file, UploadedFile):
        raise unprocessable(["body", "file"], "Field required", "missing")
    upload: SkillUpload = read_upload_package(_upload_name(file), file.data, loc=["body", "file"])
    name = prefixed_skill_name(form.get("prefix"), upload.doc.name)
    server = _link(req.gw, form.get("mcp_server_id"))
    doc = _new_skill(
        req.gw,
        name=name,
        description=upload.doc.description or None,
        skill_md=upload.doc.source.removeprefix("\ufeff"),
        files=upload.files,
        metadata=dict(upload.doc.metadata),
        source_type="imported",
        source_url=None,
        server=server,
        name_loc=["body", "file"],
        prefix=form.get("prefix") or None,
    )
    return ApiResult.json(_render(req.gw, doc), status=201)


@operation("update_skill_package")
async def update_skill_package(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = _skill_or_404(gw, req.path["skill_id"])
    file = req.body.get("file")
    if not isinstance(file, UploadedFile):
        raise unprocessable(["body", "file"], "Field required", "missing")
    try:
        upload = read_replacement(doc, _upload_name(file), file.data)
    except SkillPackageError as exc:
        raise exc.locate(["body", "file"]) from None
    skill_md = upload.doc.source.removeprefix("\ufeff")
    package = build_package(doc["name"], skill_md, upload.files, loc=["body", "file"])
    apply_package(doc, upload, package)
    with gw.store.transaction():
        _skill_or_404(gw, doc["id"])
        gw.store.update(SKILL, doc["id"], doc)
    return ApiResult.json(_render(gw, doc))


@operation("get_skill")
async def get_skill(req: ApiRequest) -> ApiResult:
    doc = _skill_or_404(req.gw, req.path["skill_id"])
    return ApiResult.json(_render(req.gw, doc, with_content=True))


@operation("update_skill")
async def update_skill(req: ApiRequest) -> ApiResult:
    gw = req.gw
    body: dict[str, Any] = req.body or {}
    sent = req.raw_body_keys
    doc = _skill_or_404(gw, req.path["skill_id"])

    def given(key: str) -> bool:
        return key in sent and body.get(key) is not None

    clear_link = bool(body.get("clear_server_link"))
    if clear_link and given("mcp_server_id"):
        raise unprocessable(
            ["body", "mcp_server_id"],
            "Send either mcp_server_id (to link a server) or clear_server_link (to unlink), "
            "not both",
        )
    new_name: str = (
        validate_skill_name(body["name"], loc=["body", "name"]) if given("name") else doc["name"]
    )
    rebuild = new_name != doc["name"]
    if given("skill_md_content") and body["skill_md_content"] != doc.get("skill_md_content"):
        _check_skill_md(body["skill_md_content"], ["body", "skill_md_content"])
        doc["skill_md_content"] = body["skill_md_content"]
        rebuild = True
    if clear_link:
        doc["mcp_server_id"] = doc["mcp_server_name"] = doc["_server_name"] = None
    elif given("mcp_server_id"):
        server_id, server_name = _link(gw, body["mcp_server_id"])
        doc["mcp_server_id"] = server_id
        doc["mcp_server_name"] = doc["_server_name"] = server_name
    if "description" in sent:
        doc["description"] = body.get("description")
    if "skill_metadata" in sent:
        doc["skill_metadata"] = body.get("skill_metadata") or {}
    if given("published"):
        doc["published"] = bool(body["published"])
    if given("portal_visible"):
        doc["portal_visible"] = body["portal_visible"]
    if "portal_category" in sent:
        doc["portal_category"] = body.get("portal_category")
    if "portal_tags" in sent:
        doc["portal_tags"] = body.get("portal_tags") or []
    if rebuild:
        files = skill_package_files(doc)
        skill_md = doc.get("skill_md_content") or ""
        package = build_package(new_name, skill_md, files, loc=["body", "name"])
        doc["name"] = new_name
        doc["_package"] = base64.b64encode(package).decode("ascii")
        doc["package_size_bytes"] = len(package)
    doc["updated_at"] = now_iso()
    with gw.store.transaction():
        if _name_taken(gw, doc["name"], except_id=doc["id"]):
            raise conflict(f"A skill named {doc['name']!r} already exists")
        gw.store.update(SKILL, doc["id"], doc)
    return ApiResult.json(_render(gw, doc))


@operation("delete_skill")
async def delete_skill(req: ApiRequest) -> ApiResult:
    gw = req.gw
    doc = _skill_or_404(gw, req.path["skill_id"])
    with gw.store.transaction():
        for attachment in gw.store.list(ATTACHMENT, lambda a: a.get("skill_id") == doc["id"]):
            gw.store.delete(ATTACHMENT, attachment["id"])
        gw.store.delete(SKILL, doc["id"])
    return ApiResult.no_content()


@operation("download_skill_package")
async def download_skill_package(req: ApiRequest) -> ApiResult:
    doc = _skill_or_404(req.gw, req.path["skill_id"])
    return ApiResult.binary(skill_package_bytes(doc), filename=f"{doc['name']}.skill")


# --- templates and catalog -----------------------------------------------------------------


@operation("list_skill_templates")
async def list_skill_templates(req: ApiRequest) -> ApiResult:
    items = [template.to_dict() for template in BUILTIN_SKILL_TEMPLATES]
    return ApiResult.json({"items": items, "total": len(items)})


@operation("list_skill_catalog")
async def list_skill_catalog(req: ApiRequest) -> ApiResult:
    source = _catalog_source(req.path["source"])
    search = _text(req.query.get("search"))
    items = [
        entry.to_dict()
        for entry in BUILTIN_SKILL_CATALOG
        if not search
        or search in entry.name.casefold()
        or search in entry.description.casefold()
        or any(search in tag.casefold() for tag in entry.tags)
    ]
    return ApiResult.json({"items": items, "source": source, "total": len(items)})


@operation("get_skill_catalog_entry")
async def get_skill_catalog_entry(req: ApiRequest) -> ApiResult:
    entry = _catalog_entry(req.path["source"], req.path["skill_name"])
    return ApiResult.json(entry.to_dict())


@operation("import_skill")
async def import_skill(req: ApiRequest) -> ApiResult:
    body = req.body
    entry = _catalog_entry(body["source"], body["skill_name"])
    server = _link(req.gw, body.get("mcp_server_id"))
    doc = _new_skill(
        req.gw,
        name=entry.name,
        description=entry.description or None,
        skill_md=entry.skill_md,
        files=entry.extra_files,
        metadata=dict(parse_skill_md(entry.skill_md).metadata),
        source_type="imported",
        source_url=entry.source_url,
        server=server,
        name_loc=["body", "skill_name"],
    )
    return ApiResult.json(_render(req.gw, doc), status=201)


# --- attach / detach -----------------------------------------------------------------------


def _attachment(gw: GatewayState, server_id: str, skill_id: str) -> Document | None:
    found = gw.store.list(
        ATTACHMENT, lambda a: a.get("server_id") == server_id and a.get("skill_id") == skill_id
    )
    return found[0] if found else None


@operation("attach_skill")
async def attach_skill(req: ApiRequest) -> ApiResult:
    gw = req.gw
    server = _server_or_404(gw, req.path["server_id"])
    skill = _skill_or_404(gw, req.path["skill_id"])
    doc: Document = {
        "id": new_id(),
        "server_id": server["id"],
        "skill_id": skill["id"],
        "tools_registered": [],
        "created_at": now_iso(),
    }
    with gw.store.transaction():
        if _attachment(gw, server["id"], skill["id"]) is not None:
            raise conflict(f"Skill {skill['name']!r} is already attached to this server")
        gw.store.insert(ATTACHMENT, doc)
    return ApiResult.json(
        {
            "attachment_id": doc["id"],
            "tools_registered": [],
            "server_id": doc["server_id"],
            "skill_id": doc["skill_id"],
        }
    )


@operation("detach_skill")
async def detach_skill(req: ApiRequest) -> ApiResult:
    gw = req.gw
    server = _server_or_404(gw, req.path["server_id"])
    skill = _skill_or_404(gw, req.path["skill_id"])
    with gw.store.transaction():
        attachment = _attachment(gw, server["id"], skill["id"])
        if attachment is None:
            raise HTTPProblem(404, "Skill attachment not found: the skill is not attached")
        gw.store.delete(ATTACHMENT, attachment["id"])
    return ApiResult.no_content()
