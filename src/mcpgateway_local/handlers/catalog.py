"""Server catalog: search and look up the built-in catalog, import an entry as a server.

The catalog is :data:`~mcpgateway_local.builtin.catalog.BUILTIN_CATALOG` (registry `builtin`).
Ids of other registries listed in ``CATALOG_ALIASES`` (e.g. ``npm`` / ``@anthropic/time-mcp``)
resolve to their built-in entry and are reported under the registry and id that were asked for;
a search restricted with ``source`` to such a registry lists its aliases. Imported servers are
``uvx`` servers ``{"package": "mcpgateway-local-<id>", "from": "mcpgateway-sdk[local]"}``, as the
hosted gateway would show them; the local gateway runs them from its own environment
(``server_types.launch_command``).
"""

from __future__ import annotations

from typing import Any

from ..builtin.catalog import (
    BUILTIN_CATALOG,
    BUILTIN_REGISTRY,
    CATALOG_ALIASES,
    CatalogEntry,
    find_entry,
)
from ..server_records import build_server, render_server, store_new_server
from ..toolbox import Toolbox
from . import ApiRequest, ApiResult, not_found, operation, unprocessable

__all__ = ["catalog_item"]

AUTHOR = "mcpgateway-local"
LICENSE = "MIT"


def catalog_item(entry: CatalogEntry, registry: str, registry_id: str) -> dict[str, Any]:
    """The `CatalogServer` wire form of an entry, as seen under ``registry``/``registry_id``."""
    return {
        "registry": registry,
        "registry_id": registry_id,
        "name": entry.name,
        "description": entry.description,
        "server_type": entry.server_type,
        "package": entry.script,
        "image": None,
        "transport": entry.transport,
        "url": None,
        "required_env": [],
        "required_args": [],
        "repository_url": None,
        "version": entry.version,
        "updated_at": None,
        "download_count": None,
        "star_count": None,
        "is_official": True,
        "metrics_updated_at": None,
        "tool_count": len(entry.tools),
        "category": entry.category,
        "author": AUTHOR,
        "license": LICENSE,
    }


def _candidates(sources: list[str] | None) -> list[tuple[CatalogEntry, str, str]]:
    """(entry, registry, registry_id) for the registries asked for (default: builtin)."""
    wanted = {s.strip().lower() for s in sources} if sources else {BUILTIN_REGISTRY}
    out: list[tuple[CatalogEntry, str, str]] = []
    if BUILTIN_REGISTRY in wanted:
        out.extend((entry, BUILTIN_REGISTRY, entry.registry_id) for entry in BUILTIN_CATALOG)
    for (registry, registry_id), target in CATALOG_ALIASES.items():
        if registry in wanted:
            entry = find_entry(BUILTIN_REGISTRY, target)
            if entry is not None:
                out.append((entry, registry, registry_id))
    return out


def _matches(entry: CatalogEntry, registry_id: str, text: str) -> bool:
    haystack = " ".join(
        [
            entry.name,
            entry.display_name,
            entry.description,
            registry_id,
            entry.category or "",
            *entry.tags,
            *entry.tools,
        ]
    ).casefold()
    return all(word in haystack for word in text.casefold().split())


@operation("search_server_catalog")
async def search_server_catalog(req: ApiRequest) -> ApiResult:
    """Entries whose name, description, tags or tool names contain every search word."""
    q = req.query
    text = (q.get("search") or "").strip()
    kind = (q.get("type") or "").strip().lower()
    transport = (q.get("transport") or "").strip().lower()
    found = [
        (entry, registry, registry_id)
        for entry, registry, registry_id in _candidates(q.get("source"))
        if _matches(entry, registry_id, text)
        and (not kind or entry.server_type == kind)
        and (not transport or entry.transport == transport)
        and not q.get("requires_config")  # no built-in entry needs configuration
    ]
    if q.get("sort_by") == "name":
        found.sort(key=lambda item: item[0].name)
    cursor = q.get("cursor")
    start = 0
    if cursor:
        if not (cursor.isascii() and cursor.isdigit()):  # "³".isdigit(), but int() refuses it
            raise unprocessable(["query", "cursor"], "Invalid cursor")
        start = int(cursor)
    limit = int(q.get("limit") or 20)
    page = found[start : start + limit]
    end = start + len(page)
    return ApiResult.json(
        {
            "items": [catalog_item(e, r, rid) for e, r, rid in page],
            "total": len(found),
            "next_cursor": str(end) if end < len(found) else None,
        }
    )


@operation("get_catalog_server")
async def get_catalog_server(req: ApiRequest) -> ApiResult:
    """One entry (registry ids may contain `/`) with the server an import would create."""
    registry = str(req.path["registry"])
    registry_id = str(req.path["registry_id"])
    entry = find_entry(registry, registry_id)
    if entry is None:
        raise not_found("Catalog entry")
    item = catalog_item(entry, registry, registry_id)
    config = entry.uvx_config([], {})
    item["import_preview"] = {
        "name": entry.name,
        "display_name": entry.display_name,
        "server_type": entry.server_type,
        "config_preview": config,
        "required_env": [],
        "required_args": [],
    }
    return ApiResult.json(item)


@operation("import_catalog_server")
async def import_catalog_server(req: ApiRequest) -> ApiResult:
    """Create a uvx server from an entry (`args` appended, `env_vars` added).

    Extra fields are kept as for `create_server`; `config_overrides` (object) is merged into the
    config and `auto_start: true` starts the server right away.
    """
    box = Toolbox.of(req.gw)
    body: dict[str, Any] = dict(req.body or {})
    entry = find_entry(str(body["registry"]), str(body["registry_id"]))
    if entry is None:
        raise not_found("Catalog entry")
    args = [str(a) for a in body.pop("args", None) or []]
    env = {str(k): str(v) for k, v in (body.pop("env_vars", None) or {}).items()}
    config: dict[str, Any] = entry.uvx_config(args, env)
    overrides = body.pop("config_overrides", None)
    if isinstance(overrides, dict):
        config.update(overrides)
    auto_start = body.pop("auto_start", False) is True
    registry = body.pop("registry")
    registry_id = body.pop("registry_id")
    body["type"] = entry.server_type
    body["config"] = config
    defaults = {
        "display_name": entry.display_name,
        "description": entry.description,
        "portal_tags": list(entry.tags),
        "portal_category": entry.category,
        "catalog": {
            "registry": registry,
            "registry_id": registry_id,
            "entry": f"{entry.registry}/{entry.registry_id}",
            "version": entry.version,
        },
    }
    doc = build_server(box, body, source="imported", defaults=defaults, config_status=422)
    store_new_server(box, doc, body)
    if auto_start:
        await box.start(str(doc["id"]))
        doc = box.server(str(doc["id"]))
    return ApiResult.json(render_server(doc), status=201)
