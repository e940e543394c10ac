"""Bundle tool state and bundle usage: which of a bundle's tools are disabled (a declarative
replace, `PUT /bundles/{id}/tool-state`) and how many bundles curate a server.

A disabled tool keeps its `bundle_tool` row with `enabled: false`; everything that goes through a
bundle (search, execute, `list_tools` with `enabled_only`, MCP) already skips such rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .bundle_records import BUNDLE, BUNDLE_TOOL, SERVER, bump, get_doc, live_rows, load_bundle
from .domain_errors import Invalid, missing
from .records import canonical_uuid, now_iso
from .state import GatewayState

__all__ = ["bundle_usage", "set_tool_state"]


def _canonical_ids(raw_ids: Iterable[Any]) -> list[str]:
    """The requested tool ids in canonical form (order kept, duplicates dropped); 422 for a
    value that is not a UUID, with every bad position at once."""
    ids: list[str] = []
    errors: list[Invalid] = []
    for index, raw in enumerate(raw_ids):
        canonical = canonical_uuid(raw)
        if canonical is None:
            errors.append(
                Invalid(["body", "disabled_tool_ids", index], "must be a tool id (a UUID)")
            )
        elif canonical not in ids:
            ids.append(canonical)
    if errors:
        raise Invalid.combined(errors)
    return ids


def set_tool_state(
    gw: GatewayState, bundle_id: object, disabled_tool_ids: Iterable[Any], server_id: object
) -> dict[str, Any]:
    """Disable exactly the listed tools in scope and enable every other one; the counts.

    The scope is the bundle's tools, or only those of `server_id` (404 for an unknown server).
    Requested ids outside the scope come back in `unknown_tool_ids`, in request order.
    """
    bundle = load_bundle(gw, bundle_id)
    wanted = _canonical_ids(disabled_tool_ids)
    scope_server: str | None = None
    if server_id is not None:
        server = get_doc(gw, SERVER, server_id)
        if server is None:
            raise missing("Server")
        scope_server = str(server["id"])
    with gw.store.transaction():
        rows = [
            row
            for row, tool in live_rows(gw, bundle["id"])
            if scope_server is None or tool.get("server_id") == scope_server
        ]
        in_scope = {str(row.get("tool_id")) for row in rows}
        disabled = set(wanted) & in_scope
        changed = False
        for row in rows:
            enabled = str(row.get("tool_id")) not in disabled
            if bool(row.get("enabled", True)) != enabled:
                row["enabled"] = enabled
                row["updated_at"] = now_iso()
                gw.store.update(BUNDLE_TOOL, row["id"], row)
                changed = True
        if changed:
            bump(gw, bundle)
    disabled_rows = sum(1 for row in rows if str(row.get("tool_id")) in disabled)
    return {
        "total": len(rows),
        "enabled_count": len(rows) - disabled_rows,
        "disabled_count": disabled_rows,
        "unknown_tool_ids": [tool_id for tool_id in wanted if tool_id not in in_scope],
    }


def bundle_usage(gw: GatewayState, server_id: object) -> dict[str, int]:
    """How many bundles hold at least one (existing) tool of the server; 404 for no server."""
    server = get_doc(gw, SERVER, server_id)
    if server is None:
        raise missing("Server")
    count = sum(
        1
        for bundle in gw.store.list(BUNDLE)
        if any(tool.get("server_id") == server["id"] for _, tool in live_rows(gw, bundle["id"]))
    )
    return {"bundle_count": count}
