"""Script-tool packages: the ZIP format, its checks, and the stored versions (no Starlette;
bad packages are `Invalid`).

A package is a ZIP holding a manifest, `workflow.json` or `manifest.json` (at the root, or in
the ZIP's single top-level folder), and the tools' scripts::

    {"tools": [{"name": "add", "description": "Add two numbers",
                "input_schema": {"type": "object", "properties": {...}},
                "entry": "tools/add.py"}]}

`name`: letters, digits, `_`, `-` (at most 64); `entry`: a file of the ZIP, run with `python3`
(`.py`), `sh` (`.sh`) or as an executable. At most 5 MiB zipped, 20 MiB unzipped, 500 files,
100 tools. A call runs the entry in the server's sandbox with the arguments as JSON on stdin
(and `MCPGATEWAY_METADATA`, `MCPGATEWAY_CONNECTION_DATA` as JSON in its environment); its stdout
must be JSON, which is the tool's result.

Documents of kind `script_tool_version`: the `ScriptToolPackageVersion` fields plus `_tools`
(the manifest's tools) and `_package` (the ZIP, base64). A byte-identical upload (same SHA-256)
creates no version: that version becomes the active one again and is returned `reused`.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import posixpath
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from .domain_errors import Invalid
from .records import new_id, now_iso
from .state import GatewayState
from .store import Document

__all__ = [
    "MAX_PACKAGE_BYTES",
    "VERSION",
    "ScriptTool",
    "active_version",
    "package_files",
    "read_package",
    "render_version",
    "store_version",
]

VERSION = "script_tool_version"
"""Kind of the version documents."""
MAX_PACKAGE_BYTES = 5 * 1024 * 1024
MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
MAX_FILES = 500
MAX_TOOLS = 100
MANIFESTS = ("workflow.json", "manifest.json")
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_LOC: list[str | int] = ["body", "file"]
ScriptTool = dict[str, Any]
"""One manifest tool: `name`, `description`, `input_schema`, `entry` (a ZIP member)."""


def _refuse(message: str) -> Invalid:
    return Invalid(_LOC, f"Script-tool package refused: {message}")


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_FILES:
        raise _refuse(f"more than {MAX_FILES} files")
    if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
        raise _refuse(f"more than {MAX_UNZIPPED_BYTES} bytes unzipped")
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith("/") or "\\" in name or "\x00" in name or ".." in name.split("/"):
            raise _refuse(f"unsafe file name {name!r}")
        members[posixpath.normpath(name)] = info
    return members


def _root(members: Mapping[str, zipfile.ZipInfo]) -> str:
    """'' or the single top-level folder holding the manifest."""
    for manifest in MANIFESTS:
        if manifest in members:
            return ""
    tops = {name.split("/", 1)[0] for name in members}
    if len(tops) == 1:
        top = next(iter(tops))
        if any(f"{top}/{m}" in members for m in MANIFESTS):
            return f"{top}/"
    raise _refuse("no workflow.json or manifest.json at its root")


def _tool(raw: Any, index: int, files: set[str]) -> ScriptTool:
    loc = f"tools[{index}]"
    if not isinstance(raw, Mapping):
        raise _refuse(f"{loc} is not an object")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise _refuse(f"{loc}.name must be 1-64 letters, digits, '_' or '-'")
    description = raw.get("description", "")
    schema = raw.get("input_schema", {"type": "object", "properties": {}})
    entry = raw.get("entry")
    if not isinstance(description, str):
        raise _refuse(f"{loc}.description must be a string")
    if not isinstance(schema, Mapping) or schema.get("type", "object") != "object":
        raise _refuse(f"{loc}.input_schema must be a JSON Schema object")
    if not isinstance(entry, str) or posixpath.normpath(entry) not in files:
        raise _refuse(f"{loc}.entry must name a file of the package")
    return {
        "name": name,
        "description": description,
        "input_schema": dict(schema),
        "entry": posixpath.normpath(entry),
    }


def read_package(data: bytes) -> tuple[list[ScriptTool], dict[str, bytes]]:
    """The manifest's tools and the package's files (paths relative to the manifest)."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise _refuse(f"larger than {MAX_PACKAGE_BYTES} bytes")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = _members(archive)
            root = _root(members)
            files = {
                name[len(root) :]: archive.read(info)
                for name, info in members.items()
                if name.startswith(root)
            }
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise _refuse(f"not a readable ZIP file ({exc})") from None
    manifest_name = next(m for m in MANIFESTS if m in files)
    try:
        manifest = json.loads(files[manifest_name])
    except (ValueError, UnicodeDecodeError) as exc:
        raise _refuse(f"{manifest_name} is not JSON ({exc})") from None
    tools = manifest.get("tools") if isinstance(manifest, Mapping) else None
    if not isinstance(tools, list) or not tools or len(tools) > MAX_TOOLS:
        raise _refuse(f"{manifest_name} must list 1 to {MAX_TOOLS} tools under 'tools'")
    parsed = [_tool(raw, index, set(files)) for index, raw in enumerate(tools)]
    names = [t["name"] for t in parsed]
    if len(set(names)) != len(names):
        raise _refuse("two tools share a name")
    return parsed, files


def package_files(version: Mapping[str, Any]) -> dict[str, bytes]:
    """The stored package's files."""
    return read_package(base64.b64decode(version["_package"]))[1]


def active_version(gw: GatewayState, server_id: str) -> Document | None:
    """The server's active version, if it has one."""
    found = gw.store.list(
        VERSION, lambda d: d.get("server_id") == server_id and bool(d.get("is_active"))
    )
    return found[0] if found else None


def store_version(gw: GatewayState, server_id: str, data: bytes) -> tuple[Document, bool]:
    """Store `data` as the server's active version; (version, reused)."""
    tools, _ = read_package(data)
    digest = hashlib.sha256(data).hexdigest()
    versions = gw.store.list(VERSION, lambda d: d.get("server_id") == server_id)
    same = next((v for v in versions if v.get("package_hash") == digest), None)
    with gw.store.transaction():
        for version in versions:
            if version.get("is_active") and version is not same:
                version["is_active"] = False
                gw.store.update(VERSION, version["id"], version)
        if same is not None:
            same["is_active"] = True
            gw.store.update(VERSION, same["id"], same)
            return same, True
        doc: Document = {
            "id": new_id(),
            "server_id": server_id,
            "version": 1 + max((int(v.get("version") or 0) for v in versions), default=0),
            "package_hash": digest,
            "is_active": True,
            "tool_names": [t["name"] for t in tools],
            "created_at": now_iso(),
            "_tools": tools,
            "_package": base64.b64encode(data).decode("ascii"),
        }
        gw.store.insert(VERSION, doc)
    return doc, False


def render_version(doc: Mapping[str, Any], reused: bool) -> Document:
    """A version as `ScriptToolPackageVersion`."""
    return {
        "id": doc["id"],
        "server_id": doc["server_id"],
        "version": doc["version"],
        "package_hash": doc["package_hash"],
        "is_active": bool(doc.get("is_active")),
        "tool_names": list(doc.get("tool_names") or []),
        "created_at": doc.get("created_at"),
        "reused": reused,
    }
