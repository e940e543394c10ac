"""`generated` servers: servers whose tools are the operations of an HTTP API.

Made from an OpenAPI/Swagger document by `POST /servers/import-schema` (source `imported`) or
by an approved generation job (source `generated`). The server document carries `config.base_url`
(from the document; change it with `servers.update`); its operations are kept in an
`api_description` document (same id as the server), never returned; the authentication the
document declares becomes the server's authentication (`server_auth.py`).
A generated server is `running` from the start; calling one of its tools calls the API
(`api_calls.py`) with the server's authentication (`generated_auth.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .api_calls import ApiAnswer, ApiCallError, call_operation
from .api_spec_text import SpecRefused, load_api_document
from .domain_errors import Conflict, Invalid, missing
from .generated_auth import declaration_for, request_auth, store_declaration
from .kinds import API_DESCRIPTION, SERVER
from .openapi_tools import ApiDescription, ApiOperation, DescriptionRefused, describe_api
from .server_records import build_server
from .server_runtime import ToolSpec
from .store import Document, Store
from .toolbox import Toolbox

__all__ = [
    "GENERATED_TYPE",
    "call_generated_tool",
    "create_generated_server",
    "delete_description",
    "generated_tool_specs",
    "import_schema",
    "parse_description",
]

GENERATED_TYPE = "generated"
"""The server type (a hosted type of the real gateway)."""
_IMPORT_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,253}[a-z0-9])?$")


def parse_description(text: str, loc: Sequence[str | int]) -> ApiDescription:
    """The API described by `text`; `Invalid` (at `loc`) when it is not usable."""
    try:
        return describe_api(load_api_document(text))
    except (SpecRefused, DescriptionRefused) as exc:
        raise Invalid(loc, f"Not a usable OpenAPI/Swagger document: {exc.reason}") from None


def import_schema(
    box: Toolbox,
    *,
    name: str,
    spec: str,
    display_name: str | None,
    auth_mode: str,
    access_mode: str,
) -> Document:
    """`POST /servers/import-schema`: a running server with one tool per operation."""
    if not _IMPORT_NAME.match(name):
        raise Invalid(
            ["body", "name"],
            "Server names of imported schemas use lowercase letters, digits and hyphens "
            "(starting and ending with a letter or digit)",
        )
    if box.name_taken(name):
        raise Conflict(f"A server named '{name}' already exists")
    description = parse_description(spec, ["body", "spec"])
    declaration = declaration_for(description.auth if auth_mode == "auto" else None)
    return create_generated_server(
        box,
        name=name,
        display_name=display_name or description.title or name,
        description=description,
        operations=description.operations,
        declaration=declaration,
        access_mode=access_mode,
        source="imported",
    )


def create_generated_server(
    box: Toolbox,
    *,
    name: str,
    display_name: str,
    description: ApiDescription,
    operations: Sequence[ApiOperation],
    declaration: Mapping[str, Any],
    access_mode: str,
    source: str,
    credential_mode: str | None = None,
    status: str = "running",
) -> Document:
    """Store a generated server with its tools (409 when the name is taken)."""
    body: dict[str, Any] = {
        "name": name,
        "display_name": display_name,
        "type": GENERATED_TYPE,
        "config": {"base_url": description.base_url},
        "access_mode": access_mode,
        "credential_mode": credential_mode or ("none" if not declaration["fields"] else "managed"),
        "description": f"{description.title} {description.version}".strip() or None,
    }
    doc = build_server(box, body, source=source)
    doc["status"] = status
    doc["_keep_running"] = True  # running again after a gateway restart (generated_runtime)
    with box.store.transaction():
        if box.name_taken(name):
            raise Conflict(f"A server named '{name}' already exists")
        box.insert_server(doc)
        box.store.insert(
            API_DESCRIPTION,
            {
                "id": doc["id"],
                "title": description.title,
                "version": description.version,
                "operations": [op.to_json() for op in operations],
            },
        )
        store_declaration(box.store, str(doc["id"]), declaration)
    specs = [ToolSpec(op.name, op.description, op.input_schema) for op in operations]
    box.apply_sync(str(doc["id"]), specs)
    return box.stored_server(str(doc["id"]))


def stored_description(store: Store, server_id: str) -> Document:
    """The server's API description document (404 when it has none)."""
    doc = store.get(API_DESCRIPTION, server_id)
    if doc is None:
        raise missing("API description of the server")
    return doc


def delete_description(box: Toolbox, server_id: str) -> None:
    """Forget a deleted server's API description."""
    box.store.delete(API_DESCRIPTION, server_id)


def generated_tool_specs(store: Store, server_id: str) -> list[ToolSpec]:
    """The tools of a generated server, as stored (a sync re-reads them)."""
    ops = stored_description(store, server_id).get("operations") or []
    return [
        ToolSpec(str(o["name"]), str(o.get("description") or ""), dict(o["input_schema"]))
        for o in ops
    ]


async def call_generated_tool(
    store: Store, server_id: str, tool_name: str, arguments: Mapping[str, Any], timeout: float
) -> ApiAnswer:
    """Call tool `tool_name` (original name) of a generated server: one HTTP request.

    Raises `httpx.TimeoutException` when the API does not answer within `timeout`.
    """
    server = store.get(SERVER, server_id)
    if server is None:
        raise missing("Server")
    described = stored_description(store, server_id)
    operation = next(
        (ApiOperation.from_json(o) for o in described["operations"] if o["name"] == tool_name),
        None,
    )
    if operation is None:
        return ApiAnswer(None, f"The server has no operation '{tool_name}' any more")
    auth = await request_auth(store, server_id)
    config = server.get("config") or {}
    base_url = str(config.get("base_url") or "")
    try:
        answer = await call_operation(operation, base_url, arguments, auth, timeout)
    except ApiCallError as exc:
        return ApiAnswer(None, str(exc))
    if answer.error is not None and auth.missing:  # sent without them: say what is missing
        hint = "; ".join(auth.missing)
        return ApiAnswer(None, f"{answer.error} ({hint}: set it with servers.authentication)")
    return answer
