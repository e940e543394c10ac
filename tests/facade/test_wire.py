"""What every public SDK method puts on the wire, and what it makes of the gateway's reply.

One row of `CASES` per call: the method and its arguments, the spec operation it must hit, the raw
path (percent-encoding included), the query, the body, and what the method returns for that
operation's canned success reply (`success_example`). Every row runs on the async and the sync
client against one loopback `RecordingServer`, which records the raw request.

Columns of a row (`W`):
    call      dotted method on the client (`"servers.get"`)
    args      positional arguments
    kwargs    keyword arguments
    op        operationId in openapi.json: gives the HTTP method, the path template and the reply
    path      the raw path sent, exactly (no query)
    query     the query pairs, as a dict or a list of pairs (compared as a multiset)
    body      JSON value | `None` (no body at all) | raw `bytes` | `Multipart(...)`
    result    `Model(cls, field)`, `ListOf(cls, field, key)` or `Returns(value)`
    headers   extra request headers expected (lower-case names)
    xfail     reason, for a known SDK bug (strict: the row fails when the bug is fixed)

The table is the documentation; `test_table_covers_every_public_method` fails when a new public
method has no row. `VALIDATION` lists calls the SDK must refuse before sending anything.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

import mcpgateway_sdk.models as models
from mcpgateway_sdk import EgressPolicy, MCPGateway, MCPGatewaySync
from tests.support.deprecations import expect_deprecation
from tests.support.recording_server import Recorded, RecordingServer
from tests.support.spec_examples import operation, success_example
from tests.support.twins import MODES, Twin

API_KEY = "mgw_usr_test_wire-key"
V1 = "/api/v1"
DEFAULT_IMAGE = "mcpgateway/sandbox-runtime:latest"

# Distinct ids per kind, so a swapped path segment (server vs skill ...) is caught.
SERVER = "908cf468-8378-4da7-85ea-158799705ebe"
SERVER_2 = "e831e31d-64bc-43f3-9eb5-5dddab0c0fe8"
TOOL = "5393bc28-7522-40f9-b9a9-74b4f4ca009b"
SKILL = "07d14171-fc78-46af-9adb-745d7bef55f4"
SKILL_2 = "9079151b-b288-4d31-8cc0-e292d82d93f2"
SESSION = "d525dbf2-9eba-4e8f-831a-e3255c8f94ae"
SANDBOX = "f54df707-ceef-4c69-aea8-2c0d1e7dca1f"
BUNDLE = "5754928a-7277-4f86-8060-315c4a31817b"
CONNECTION = "eec40168-fabc-4cbe-ab87-3786e91b9581"
KEY = "7c26e0da-58ff-48f2-b714-9b358b116af1"
CREDENTIAL = "c9082e81-e553-4b8a-8768-86a463fb6170"
OAUTH_APP = "8e796f2d-e040-4dc7-a243-f2205ed4e580"
JOB = "0b8a36c4-2f7e-4a55-9f33-61c2d8e0a7b4"
U = uuid.UUID  # `U(SERVER)`: the same id passed as a uuid.UUID object


# --- what a row expects back ----------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """An instance of `mcpgateway_sdk.models.<cls>` whose `field` equals the canned reply's."""

    cls: str
    field: str


@dataclass(frozen=True)
class ListOf:
    """A list of `cls`, one per canned item (bare array, or under `key`); first item's `field`."""

    cls: str
    field: str
    key: str | None = "items"


@dataclass(frozen=True)
class Returns:
    """Exactly this value (`None`, downloaded bytes, a cache value)."""

    value: Any


NONE = Returns(None)
BINARY = Returns(b"binary-body")  # what `success_example` serves for binary operations


@dataclass(frozen=True)
class Multipart:
    """A multipart/form-data body: the `file` part, and the other (text) fields exactly."""

    filename: str
    content: bytes
    fields: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class LocalFile:
    """An argument replaced at run time by the path of a temporary file holding `content`."""

    name: str
    content: bytes


@dataclass(frozen=True)
class W:
    """One wire case; the columns are described in the module docstring."""

    call: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    op: str
    path: str
    query: dict[str, str] | list[tuple[str, str]]
    body: Any
    result: Model | ListOf | Returns
    headers: dict[str, str] = field(default_factory=dict)
    xfail: str | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.call}[{self.label}]" if self.label else self.call


ZIP = "application/zip"
SKILL_MD = b"---\nname: pdf\ndescription: Read PDFs\n---\n# PDF\n"

# fmt: off
CASES: list[W] = [
    # --- servers (30) ---------------------------------------------------------------------
    W("servers.list", (), {}, "list_servers",
      f"{V1}/servers", {"page": "1", "page_size": "100"}, None, ListOf("Server", "name")),
    W("servers.list", (), {"search": "time mcp", "status": "running,error", "type": "npx",
                           "page": 2, "page_size": 50}, "list_servers",
      f"{V1}/servers", {"page": "2", "page_size": "50", "search": "time mcp",
                        "status": "running,error", "type": "npx"},
      None, ListOf("Server", "id"), label="filters"),
    W("servers.get", (SERVER,), {}, "get_server",
      f"{V1}/servers/{SERVER}", {}, None, Model("Server", "name")),
    W("servers.get", (U(SERVER),), {}, "get_server",
      f"{V1}/servers/{SERVER}", {}, None, Model("Server", "id"), label="uuid"),
    W("servers.create", (), {"name": "time", "type": "npx", "config": {"package": "time-mcp"}},
      "create_server",
      f"{V1}/servers", {},
      {"name": "time", "type": "npx", "config": {"package": "time-mcp"}, "display_name": "time"},
      Model("Server", "name")),
    W("servers.update", (SERVER,), {"display_name": "Time", "portal_tags": ["a", "b"]},
      "update_server",
      f"{V1}/servers/{SERVER}", {}, {"display_name": "Time", "portal_tags": ["a", "b"]},
      Model("Server", "type")),
    W("servers.delete", (SERVER,), {}, "delete_server",
      f"{V1}/servers/{SERVER}", {}, None, NONE),
    W("servers.start", (SERVER,), {}, "start_server",
      f"{V1}/servers/{SERVER}/start", {}, None, Model("ServerHealth", "current_status")),
    W("servers.stop", (U(SERVER),), {}, "stop_server",
      f"{V1}/servers/{SERVER}/stop", {}, None, Model("ServerHealth", "previous_status")),
    W("servers.health", (SERVER,), {}, "check_server_health",
      f"{V1}/servers/{SERVER}/health", {}, None, Model("ServerHealth", "server_id")),
    W("servers.bundle_usage", (U(SERVER),), {}, "get_server_bundle_usage",
      f"{V1}/servers/{SERVER}/bundle-usage", {}, None, Model("ServerBundleUsage", "bundle_count")),
    W("servers.health_all", (), {}, "check_all_servers_health",
      f"{V1}/servers/health/all", {}, None, Model("BulkServerHealth", "total_checked")),
    W("servers.bulk_action", ("start", [SERVER, U(SERVER_2)]), {}, "bulk_server_action",
      f"{V1}/servers/bulk-action", {}, {"action": "start", "server_ids": [SERVER, SERVER_2]},
      Model("BulkActionResult", "succeeded")),
    W("servers.list_tools", (SERVER,), {}, "list_server_tools",
      f"{V1}/servers/{SERVER}/tools", {}, None, ListOf("ServerTool", "name", key=None)),
    W("servers.update_tool_overrides", (SERVER, TOOL, {"description": "Custom"}), {},
      "update_tool_overrides",
      f"{V1}/servers/{SERVER}/tools/{TOOL}/overrides", {}, {"description": "Custom"},
      Model("ServerTool", "overrides")),
    W("servers.reset_tool_overrides", (SERVER, TOOL), {}, "reset_tool_overrides",
      f"{V1}/servers/{SERVER}/tools/{TOOL}/overrides", {}, None, NONE),
    W("servers.correct_tool_schema", (SERVER, U(TOOL)), {}, "correct_tool_schema",
      f"{V1}/servers/{SERVER}/tools/{TOOL}/correct-schema", {}, None,
      Model("ServerTool", "input_schema")),
    W("servers.get_tool_selection", (SERVER,), {}, "get_tool_selection",
      f"{V1}/servers/{SERVER}/tool-selection", {}, None, Model("ToolSelection", "items")),
    W("servers.update_tool_selection", (SERVER, {"tool_ids": [TOOL], "enabled": False}), {},
      "update_tool_selection",
      f"{V1}/servers/{SERVER}/tool-selection", {}, {"tool_ids": [TOOL], "enabled": False},
      Model("ToolSelectionUpdateResult", "updated")),
    W("servers.sync_tools", (SERVER,), {}, "sync_server_tools",
      f"{V1}/servers/{SERVER}/sync", {"update_bundles": "true", "generate_embeddings": "true"},
      None, Model("ToolSyncResult", "sync_hash")),
    W("servers.sync_tools", (SERVER,), {"update_bundles": False, "generate_embeddings": False},
      "sync_server_tools", f"{V1}/servers/{SERVER}/sync",
      {"update_bundles": "false", "generate_embeddings": "false"},
      None, Model("ToolSyncResult", "sync_hash"), label="both-off"),
    W("servers.import_schema", ("petstore", "openapi: 3.0.0"), {}, "import_server_schema",
      f"{V1}/servers/import-schema", {}, {"name": "petstore", "spec": "openapi: 3.0.0"},
      Model("Server", "name")),
    W("servers.import_schema", ("petstore", "{}"), {"display_name": "Pets", "auth_mode": "none"},
      "import_server_schema", f"{V1}/servers/import-schema", {},
      {"name": "petstore", "spec": "{}", "display_name": "Pets", "auth_mode": "none"},
      Model("Server", "access_mode"), label="auth-none"),
    W("servers.create_tool", (SERVER,), {"name": "echo", "description": "Echo",
                                         "input_schema": {"type": "object"}},
      "create_local_tool",
      f"{V1}/servers/{SERVER}/tools", {},
      {"name": "echo", "description": "Echo", "input_schema": {"type": "object"}},
      Model("ServerTool", "name")),
    W("servers.update_tool", (SERVER, TOOL), {"description": "New"}, "update_local_tool",
      f"{V1}/servers/{SERVER}/tools/{TOOL}", {}, {"description": "New"},
      Model("ServerTool", "description")),
    W("servers.delete_tool", (SERVER, TOOL), {}, "delete_local_tool",
      f"{V1}/servers/{SERVER}/tools/{TOOL}", {}, None, NONE),
    W("servers.sync_local_tools",
      (SERVER, [{"name": "echo", "description": "Echo", "input_schema": {"type": "object"}},
                {"name": "ping"}]), {},
      "sync_local_tools",
      f"{V1}/servers/{SERVER}/tools", {},
      {"tools": [{"name": "echo", "description": "Echo", "input_schema": {"type": "object"}},
                 {"name": "ping"}]},
      Model("LocalToolSyncResult", "tools_added")),
    W("servers.list_credentials", (SERVER,), {}, "list_server_credentials",
      f"{V1}/servers/{SERVER}/credentials", {}, None, ListOf("ServerCredential", "masked_value")),
    W("servers.create_credential", (SERVER,), {"name": "api", "credential_type": "api_key",
                                               "value": "s3cret", "header_name": "X-Key"},
      "create_server_credential",
      f"{V1}/servers/{SERVER}/credentials", {},
      {"name": "api", "credential_type": "api_key", "value": "s3cret", "header_name": "X-Key"},
      Model("ServerCredential", "name")),
    W("servers.delete_credential", (SERVER, U(CREDENTIAL)), {}, "delete_server_credential",
      f"{V1}/servers/{SERVER}/credentials/{CREDENTIAL}", {}, None, NONE),
    W("servers.get_oauth_config", (SERVER,), {}, "get_server_oauth_config",
      f"{V1}/servers/{SERVER}/oauth-config", {}, None, Model("ServerOAuthConfig", "provider")),
    W("servers.delete_oauth_config", (SERVER,), {}, "delete_server_oauth_config",
      f"{V1}/servers/{SERVER}/oauth-config", {}, None, NONE),
    W("servers.get_connection_options", (SERVER,), {}, "get_server_connection_options",
      f"{V1}/servers/{SERVER}/connection-options", {}, None,
      Model("ServerConnectionOptions", "server_name")),
    W("servers.catalog_search", ("time",), {}, "search_server_catalog",
      f"{V1}/catalog/search", {"search": "time"}, None, ListOf("CatalogServer", "registry_id")),
    W("servers.catalog_search", (), {}, "search_server_catalog",
      f"{V1}/catalog/search", {}, None, ListOf("CatalogServer", "name"), label="all"),
    W("servers.catalog_get", ("mcp_registry", "@anthropic/time-mcp"), {}, "get_catalog_server",
      f"{V1}/catalog/mcp_registry/%40anthropic%2Ftime-mcp", {}, None,
      Model("CatalogServerDetails", "import_preview")),
    W("servers.import_from_catalog", ("mcp_registry", "@anthropic/time-mcp", "time"),
      {"env_vars": {"TZ": "UTC"}, "args": ["--local"]}, "import_catalog_server",
      f"{V1}/servers/catalog-imports", {},
      {"registry": "mcp_registry", "registry_id": "@anthropic/time-mcp", "name": "time",
       "env_vars": {"TZ": "UTC"}, "args": ["--local"]},
      Model("Server", "name")),

    # --- tools (3) ------------------------------------------------------------------------
    W("tools.search", ("weather",), {}, "search_tools",
      f"{V1}/tools/search", {}, {"query": "weather", "limit": 5},
      ListOf("ToolSearchResult", "tool_name", key="tools")),
    W("tools.search", ("weather", 3), {"bundle_id": U(BUNDLE), "agent_id": "agent-7",
                                       "server_ids": [SERVER, U(SERVER_2)],
                                       "session_id": SESSION},
      "search_tools",
      f"{V1}/tools/search", {},
      {"query": "weather", "limit": 3, "bundle_id": BUNDLE, "agent_id": "agent-7",
       "server_ids": [SERVER, SERVER_2]},
      ListOf("ToolSearchResult", "score", key="tools"),
      headers={"x-mcp-session-id": SESSION}, label="all-args"),
    W("tools.execute", ("weather__get_weather",), {}, "execute_tool",
      f"{V1}/tools/execute", {}, {"tool_name": "weather__get_weather", "arguments": {}},
      Model("ToolExecuteResult", "result"), label="qualified"),
    W("tools.execute", ("get_weather", {"city": "NYC"}), {"server_name": "weather"},
      "execute_tool",
      f"{V1}/tools/execute", {},
      {"tool_name": "get_weather", "arguments": {"city": "NYC"}, "server_name": "weather"},
      Model("ToolExecuteResult", "tool_name"), label="server_name"),
    W("tools.execute", ("get_weather", None), {"server_id": U(SERVER), "server_name": "weather",
                                               "bundle_id": BUNDLE, "agent_id": "agent-7",
                                               "session_id": U(SESSION),
                                               "metadata": {"run": "42"}},
      "execute_tool",
      f"{V1}/tools/execute", {},
      {"tool_name": "get_weather", "arguments": {}, "server_id": SERVER,
       "bundle_id": BUNDLE, "agent_id": "agent-7",
       "metadata": {"run": "42"}},
      Model("ToolExecuteResult", "error"),
      headers={"x-mcp-session-id": SESSION}, label="every-selector"),
    W("tools.get_by_name", ("weather__get_weather",), {}, "get_tool_by_name",
      f"{V1}/tools/by-name", {"name": "weather__get_weather"}, None,
      Model("ToolLookup", "tool_name")),
    W("tools.get_by_name", ("weather__get_weather",), {"bundle_id": U(BUNDLE),
                                                       "agent_id": "agent-7"},
      "get_tool_by_name",
      f"{V1}/tools/by-name",
      {"name": "weather__get_weather", "bundle_id": BUNDLE, "agent_id": "agent-7"}, None,
      Model("ToolLookup", "server_id"), label="bundle"),

    # --- skills (13) ----------------------------------------------------------------------
    W("skills.list", (), {}, "list_skills",
      f"{V1}/skills", {"offset": "0", "limit": "100"}, None, ListOf("Skill", "name")),
    W("skills.list", (), {"search": "pdf", "source_type": "manual", "server_id": U(SERVER),
                          "offset": 10, "limit": 5}, "list_skills",
      f"{V1}/skills", {"offset": "10", "limit": "5", "search": "pdf", "source_type": "manual",
                       "mcp_server_id": SERVER},
      None, ListOf("Skill", "mcp_server_id"), label="filters"),
    W("skills.list", (None, None, False), {}, "list_skills",
      f"{V1}/skills", {"offset": "0", "limit": "100", "published": "false"}, None,
      ListOf("Skill", "published"), label="published"),
    W("skills.get", (SKILL,), {}, "get_skill",
      f"{V1}/skills/{SKILL}", {}, None, Model("Skill", "skill_md_content")),
    W("skills.create", ("pdf", "# PDF"), {}, "create_skill",
      f"{V1}/skills", {}, {"name": "pdf", "skill_md_content": "# PDF"}, Model("Skill", "name")),
    W("skills.create", ("pdf", "# PDF"), {"description": "Read PDFs", "server_id": U(SERVER),
                                          "skill_metadata": {"version": 2}},
      "create_skill",
      f"{V1}/skills", {},
      {"name": "pdf", "skill_md_content": "# PDF", "description": "Read PDFs",
       "mcp_server_id": SERVER, "skill_metadata": {"version": 2}},
      Model("Skill", "id"), label="all-args"),
    W("skills.update", (SKILL,), {}, "update_skill",
      f"{V1}/skills/{SKILL}", {}, {}, Model("Skill", "name"), label="nothing"),
    W("skills.update", (SKILL,), {"name": "pdf2", "server_id": SERVER, "portal_visible": False,
                                  "portal_tags": ("docs", "pdf")},
      "update_skill",
      f"{V1}/skills/{SKILL}", {},
      {"name": "pdf2", "mcp_server_id": SERVER, "portal_visible": False,
       "portal_tags": ["docs", "pdf"]},
      Model("Skill", "portal_visible"), label="fields"),
    W("skills.update", (U(SKILL),), {"clear_server_link": True}, "update_skill",
      f"{V1}/skills/{SKILL}", {}, {"clear_server_link": True, "mcp_server_id": None},
      Model("Skill", "mcp_server_id"), label="unlink"),
    W("skills.delete", (SKILL,), {}, "delete_skill",
      f"{V1}/skills/{SKILL}", {}, None, NONE),
    W("skills.upload", (), {"content": SKILL_MD, "filename": "SKILL.md", "server_id": U(SERVER)},
      "upload_skill",
      f"{V1}/skills/upload", {}, Multipart("SKILL.md", SKILL_MD, {"mcp_server_id": SERVER}),
      Model("Skill", "name"), label="content"),
    W("skills.upload", (), {"content": SKILL_MD, "filename": "SKILL.md", "prefix": "acme"},
      "upload_skill",
      f"{V1}/skills/upload", {}, Multipart("SKILL.md", SKILL_MD, {"prefix": "acme"}),
      Model("Skill", "name"), label="prefix"),
    W("skills.update_package", (SKILL, SKILL_MD, "SKILL.md"), {}, "update_skill_package",
      f"{V1}/skills/{SKILL}/package", {}, Multipart("SKILL.md", SKILL_MD),
      Model("Skill", "package_size_bytes")),
    W("skills.upload", (), {"content": "# just text", "filename": "notes.md"}, "upload_skill",
      f"{V1}/skills/upload", {}, Multipart("notes.md", b"# just text"),
      Model("Skill", "id"), label="str-content"),
    W("skills.upload", (LocalFile("pdf.skill", b"PK\x03\x04zip"),), {}, "upload_skill",
      f"{V1}/skills/upload", {}, Multipart("pdf.skill", b"PK\x03\x04zip"),
      Model("Skill", "name"), label="file_path"),
    W("skills.upload", (), {"file_path": LocalFile("local.zip", b"PK\x03\x04"),
                            "filename": "renamed.skill", "server_id": SERVER},
      "upload_skill",
      f"{V1}/skills/upload", {},
      Multipart("renamed.skill", b"PK\x03\x04", {"mcp_server_id": SERVER}),
      Model("Skill", "id"), label="file_path-renamed"),
    W("servers.create_script_tool_package", (U(SERVER), b"PK\x03\x04zip"), {},
      "create_script_tool_package",
      f"{V1}/servers/{SERVER}/script-tools", {"update_bundles": "true"},
      Multipart("package.zip", b"PK\x03\x04zip", content_type=ZIP), Model("ScriptToolPackageVersion", "reused")),
    W("servers.create_script_tool_package", (SERVER, LocalFile("tools.zip", b"PK\x03\x04")),
      {"update_bundles": False, "filename": "ignored.zip"}, "create_script_tool_package",
      f"{V1}/servers/{SERVER}/script-tools", {"update_bundles": "false"},
      Multipart("tools.zip", b"PK\x03\x04", content_type=ZIP), Model("ScriptToolPackageVersion", "version"),
      label="path"),
    W("skills.templates", (), {}, "list_skill_templates",
      f"{V1}/skills/templates", {}, None, ListOf("SkillTemplate", "skill_md_template")),
    W("skills.catalog", ("builtin",), {}, "list_skill_catalog",
      f"{V1}/skills/catalog/builtin", {}, None, ListOf("SkillCatalogEntry", "name")),
    W("skills.catalog", ("https://github.com/anthropics/skills",), {"search": "pdf"},
      "list_skill_catalog",
      f"{V1}/skills/catalog/https%3A%2F%2Fgithub.com%2Fanthropics%2Fskills", {"search": "pdf"},
      None, ListOf("SkillCatalogEntry", "author"), label="url-source"),
    W("skills.catalog_detail", ("github", "pdf tools"), {}, "get_skill_catalog_entry",
      f"{V1}/skills/catalog/github/pdf%20tools", {}, None, Model("SkillCatalogEntry", "name")),
    W("skills.import_from_catalog", ("github", "pdf"), {"server_id": U(SERVER),
                                                        "github_repo": "anthropics/skills"},
      "import_skill",
      f"{V1}/skills/import", {},
      {"source": "github", "skill_name": "pdf", "mcp_server_id": SERVER,
       "github_repo": "anthropics/skills"},
      Model("Skill", "name")),
    W("skills.download_package", (SKILL,), {}, "download_skill_package",
      f"{V1}/skills/{SKILL}/package", {}, None, BINARY),
    W("skills.attach", (SKILL, SERVER), {}, "attach_skill",
      f"{V1}/servers/{SERVER}/skills/{SKILL}/attach", {}, None,
      Model("AttachResult", "attachment_id")),
    W("skills.detach", (U(SKILL), U(SERVER)), {}, "detach_skill",
      f"{V1}/servers/{SERVER}/skills/{SKILL}/detach", {}, None, NONE),

    # --- sessions (8) ---------------------------------------------------------------------
    W("sessions.create", (), {}, "create_session",
      f"{V1}/sessions", {}, {}, Model("Session", "id"), label="no-args"),
    W("sessions.create", (), {"server_id": SERVER, "allowed_tool_names": ["HOTSPOT__*"],
                              "denied_tool_names": ["HOTSPOT__internal_debug"]},
      "create_session",
      f"{V1}/sessions", {},
      {"server_id": SERVER, "allowed_tool_names": ["HOTSPOT__*"],
       "denied_tool_names": ["HOTSPOT__internal_debug"]},
      Model("Session", "server_id"), label="server"),
    W("sessions.create", (), {"bundle_id": U(BUNDLE)}, "create_session",
      f"{V1}/sessions", {}, {"bundle_id": BUNDLE}, Model("Session", "bundle_id"),
      label="bundle"),
    W("sessions.list", (), {}, "list_sessions",
      f"{V1}/sessions", {}, None, ListOf("Session", "id")),
    W("sessions.list", (), {"server_id": U(SERVER), "include_inactive": True}, "list_sessions",
      f"{V1}/sessions", {"server_id": SERVER, "include_inactive": "true"}, None,
      ListOf("Session", "server_id"), label="server-inactive"),
    W("sessions.list", (), {"bundle_id": BUNDLE}, "list_sessions",
      f"{V1}/sessions", {"bundle_id": BUNDLE}, None, ListOf("Session", "bundle_id"),
      label="bundle"),
    W("sessions.get", (SESSION,), {}, "get_session",
      f"{V1}/sessions/{SESSION}", {}, None, Model("Session", "expires_at")),
    # update: argument left out -> key absent; None -> JSON null (clear); list -> replace.
    W("sessions.update", (SESSION,), {}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {}, Model("Session", "id"), label="absent"),
    W("sessions.update", (SESSION, None), {"denied_tool_names": None}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {"allowed_tool_names": None, "denied_tool_names": None},
      Model("Session", "id"), label="null"),
    W("sessions.update", (U(SESSION), ["a__x", "b__*"]), {}, "update_session",
      f"{V1}/sessions/{SESSION}", {}, {"allowed_tool_names": ["a__x", "b__*"]},
      Model("Session", "id"), label="list"),
    W("sessions.delete", (SESSION,), {}, "delete_session",
      f"{V1}/sessions/{SESSION}", {}, None, NONE),
    W("sessions.delete", (SESSION,), {"hard_delete": True}, "delete_session",
      f"{V1}/sessions/{SESSION}", {"hard_delete": "true"}, None, NONE, label="hard"),
    W("sessions.touch", (SESSION,), {}, "touch_session",
      f"{V1}/sessions/{SESSION}/touch", {}, None, Model("Session", "last_accessed_at")),
    W("sessions.cleanup", (), {}, "cleanup_sessions",
      f"{V1}/sessions/cleanup", {}, None, Model("SessionCleanupResult", "cleaned_count")),
    W("sessions.stats", (), {}, "get_session_stats",
      f"{V1}/sessions/stats", {}, None, Model("SessionStats", "total_active")),

    # --- sandboxes (16 + the upload_file / download_file aliases) -------------------------
    W("sandboxes.list", (), {}, "list_sandboxes",
      f"{V1}/sandboxes", {}, None, ListOf("Sandbox", "id")),
    W("sandboxes.create", (), {}, "create_sandbox",
      f"{V1}/sandboxes", {}, {"image": DEFAULT_IMAGE}, Model("Sandbox", "status")),
    W("sandboxes.create", ("python:3.12",), {"memory_mb": 512, "env_vars": {"A": "1"},
                                             "network_enabled": False},
      "create_sandbox",
      f"{V1}/sandboxes", {},
      {"image": "python:3.12", "memory_mb": 512, "env_vars": {"A": "1"},
       "network_enabled": False},
      Model("Sandbox", "workspace_path"), label="settings"),
    W("sandboxes.get", (SANDBOX,), {}, "get_sandbox",
      f"{V1}/sandboxes/{SANDBOX}", {}, None, Model("Sandbox", "user_id")),
    W("sandboxes.update", (U(SANDBOX),), {"idle_timeout_seconds": 600}, "update_sandbox",
      f"{V1}/sandboxes/{SANDBOX}", {}, {"idle_timeout_seconds": 600},
      Model("Sandbox", "image")),
    W("sandboxes.destroy", (SANDBOX,), {}, "destroy_sandbox",
      f"{V1}/sandboxes/{SANDBOX}", {}, None, NONE),
    W("sandboxes.exec", (SANDBOX, "echo hi"), {}, "exec_sandbox_command",
      f"{V1}/sandboxes/{SANDBOX}/exec", {}, {"command": "echo hi", "timeout_seconds": 30},
      Model("ExecResult", "exit_code")),
    W("sandboxes.exec", (SANDBOX, "sleep 1"), {"timeout": 5}, "exec_sandbox_command",
      f"{V1}/sandboxes/{SANDBOX}/exec", {}, {"command": "sleep 1", "timeout_seconds": 5},
      Model("ExecResult", "stdout"), label="timeout"),
    W("sandboxes.exec", (SANDBOX, "ls", 7, {"step": "s1"}), {}, "exec_sandbox_command",
      f"{V1}/sandboxes/{SANDBOX}/exec", {},
      {"command": "ls", "timeout_seconds": 7, "metadata": {"step": "s1"}},
      Model("ExecResult", "stdout"), label="metadata"),
    W("sandboxes.stop", (SANDBOX,), {}, "stop_sandbox",
      f"{V1}/sandboxes/{SANDBOX}/stop", {}, None, NONE),
    W("sandboxes.resume", (SANDBOX,), {}, "resume_sandbox",
      f"{V1}/sandboxes/{SANDBOX}/resume", {}, None, Model("Sandbox", "status")),
    W("sandboxes.activity", (SANDBOX,), {}, "list_sandbox_activity",
      f"{V1}/sandboxes/{SANDBOX}/activity", {}, None, ListOf("SandboxActivity", "action")),
    W("sandboxes.list_files", (SANDBOX,), {}, "list_sandbox_files",
      f"{V1}/sandboxes/{SANDBOX}/files", {"path": "/workspace"}, None,
      ListOf("SandboxFile", "name")),
    W("sandboxes.list_files", (SANDBOX, "/workspace/sub dir"), {}, "list_sandbox_files",
      f"{V1}/sandboxes/{SANDBOX}/files", {"path": "/workspace/sub dir"}, None,
      ListOf("SandboxFile", "is_directory"), label="path"),
    W("sandboxes.download", (SANDBOX, "/workspace/a b.txt"), {}, "download_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files//workspace/a%20b.txt", {}, None, BINARY),
    W("sandboxes.download", (U(SANDBOX), "src/main.py"), {}, "download_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files/src/main.py", {}, None, BINARY, label="relative"),
    W("sandboxes.upload", (SANDBOX, "/workspace/a b.txt", b"\x00\x01data"), {},
      "upload_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files//workspace/a%20b.txt", {}, b"\x00\x01data", NONE),
    W("sandboxes.upload", (SANDBOX, "notes/r?#%é.txt", "héllo"), {}, "upload_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files/notes/r%3F%23%25%C3%A9.txt", {}, "héllo".encode(),
      NONE, label="str-special-chars"),
    W("sandboxes.download_file", (SANDBOX, "/workspace/out.csv"), {}, "download_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files/workspace/out.csv", {}, None, BINARY),
    W("sandboxes.download_file", (SANDBOX, "  attachments/x?y#z é.txt "), {},
      "download_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files/attachments/x%3Fy%23z%20%C3%A9.txt", {}, None, BINARY,
      label="encoded"),
    W("sandboxes.acquire_or_create", ("chat-1",), {"metadata": {"run": "r1"}}, "create_sandbox",
      f"{V1}/sandboxes", {},
      {"image": DEFAULT_IMAGE, "metadata": {"run": "r1"}, "session_key": "chat-1"},
      Model("Sandbox", "id")),
    W("sandboxes.acquire_or_create", ("chat-1",),
      {"egress_policy": EgressPolicy.blocked(), "mounts": []}, "create_sandbox",
      f"{V1}/sandboxes", {},
      {"image": DEFAULT_IMAGE, "session_key": "chat-1", "mounts": [],
       "requested_egress_policy": {"mode": "blocked", "allowed_domains": [],
                                   "allowed_cidrs": []}},
      Model("Sandbox", "status"), label="egress"),
    W("sandboxes.logs", (SANDBOX,), {}, "list_sandbox_logs",
      f"{V1}/sandboxes/{SANDBOX}/logs", {}, None, ListOf("SandboxLog", "id")),
    W("sandboxes.logs", (U(SANDBOX),),
      {"status": "error", "meta": ["a=1", "b=2"], "tool_name": "t", "limit": 5, "offset": 10,
       "from_time": datetime(2026, 1, 1, tzinfo=UTC), "sort_by": "latency_ms"},
      "list_sandbox_logs",
      f"{V1}/sandboxes/{SANDBOX}/logs",
      [("status", "error"), ("tool_name", "t"), ("meta", "a=1"), ("meta", "b=2"),
       ("from_time", "2026-01-01T00:00:00+00:00"), ("sort_by", "latency_ms"),
       ("limit", "5"), ("offset", "10")],
      None, ListOf("SandboxLog", "tool_name"), label="filters"),
    W("sandboxes.export_logs", (SANDBOX,), {"tool_name": "t"}, "export_sandbox_logs",
      f"{V1}/sandboxes/{SANDBOX}/logs/export", [("tool_name", "t"), ("format", "json")], None,
      ListOf("SandboxLog", "id", key=None)),
    W("sandboxes.upload_file", (SANDBOX, "data.csv", bytearray(b"a,b\n")), {},
      "upload_sandbox_file",
      f"{V1}/sandboxes/{SANDBOX}/files/data.csv", {}, b"a,b\n", NONE),
    W("sandboxes.install_skills", (SANDBOX, [SKILL, U(SKILL_2)]), {}, "install_sandbox_skills",
      f"{V1}/sandboxes/{SANDBOX}/skills", {}, {"skill_ids": [SKILL, SKILL_2]},
      Model("SkillInstallResult", "installed")),
    W("sandboxes.list_images", (), {}, "list_sandbox_images",
      f"{V1}/sandbox-images", {}, None, ListOf("SandboxImage", "tag")),
    W("sandboxes.image_templates", (), {}, "list_sandbox_image_templates",
      f"{V1}/sandbox-images/templates", {}, None, ListOf("SandboxImageTemplate", "base_image")),
    W("sandboxes.package_catalog", (), {}, "get_sandbox_package_catalog",
      f"{V1}/sandbox-images/packages", {}, None, ListOf("SandboxPackageCategory", "name")),

    # --- auth (5) -------------------------------------------------------------------------
    W("auth.create_api_key", ("ci",), {}, "create_api_key",
      f"{V1}/users/me/api-keys", {}, {"name": "ci", "environment": "live", "rate_limit_rpm": 60},
      Model("ApiKeyCreated", "key")),
    W("auth.create_api_key", ("ci",), {"description": "CI key", "scopes": ["tools:read"],
                                       "expires_at": datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC),
                                       "expires_in_days": 30, "environment": "test",
                                       "rate_limit_rpm": 10},
      "create_api_key",
      f"{V1}/users/me/api-keys", {},
      {"name": "ci", "description": "CI key", "scopes": ["tools:read"],
       "expires_at": "2027-01-02T03:04:05+00:00", "expires_in_days": 30,
       "environment": "test", "rate_limit_rpm": 10},
      Model("ApiKeyCreated", "environment"), label="all-args"),
    W("auth.create_api_key", ("ci",), {"expires_at": datetime(2027, 1, 2)}, "create_api_key",
      f"{V1}/users/me/api-keys", {},
      {"name": "ci", "environment": "live", "rate_limit_rpm": 60,
       "expires_at": "2027-01-02T00:00:00"},
      Model("ApiKeyCreated", "expires_at"), label="naive-expiry"),
    W("auth.list_api_keys", (), {}, "list_api_keys",
      f"{V1}/users/me/api-keys", {}, None, ListOf("ApiKey", "key_prefix")),
    W("auth.list_api_keys", (), {"include_revoked": True}, "list_api_keys",
      f"{V1}/users/me/api-keys", {"include_revoked": "true"}, None, ListOf("ApiKey", "id"),
      label="revoked"),
    W("auth.get_api_key", (U(KEY),), {}, "get_api_key",
      f"{V1}/users/me/api-keys/{KEY}", {}, None, Model("ApiKey", "rate_limit_rpm")),
    W("auth.rotate_api_key", (KEY,), {}, "rotate_api_key",
      f"{V1}/users/me/api-keys/{KEY}/rotate", {}, {"grace_period_hours": 24},
      Model("ApiKeyRotation", "old_key_revoked")),
    W("auth.rotate_api_key", (KEY, 0), {}, "rotate_api_key",
      f"{V1}/users/me/api-keys/{KEY}/rotate", {}, {"grace_period_hours": 0},
      Model("ApiKeyRotation", "new_key"), label="no-grace"),
    W("auth.revoke_api_key", (KEY,), {}, "revoke_api_key",
      f"{V1}/users/me/api-keys/{KEY}", {}, None, NONE),

    # --- cache (2) ------------------------------------------------------------------------
    W("cache.get", ("a/b c",), {}, "get_cache_entry",
      f"{V1}/cache/a%2Fb%20c", {}, None, Returns({"any": "json"})),
    W("cache.set", ("a/b c", {"n": 1}), {}, "set_cache_entry",
      f"{V1}/cache/a%2Fb%20c", {}, {"value": {"n": 1}, "ttl": 300}, NONE),
    W("cache.set", ("k?x#y", None), {"ttl": 60}, "set_cache_entry",
      f"{V1}/cache/k%3Fx%23y", {}, {"value": None, "ttl": 60}, NONE, label="null-value"),

    # --- bundles (15) ---------------------------------------------------------------------
    W("bundles.list", (), {}, "list_bundles",
      f"{V1}/bundles", {"page": "1", "page_size": "20"}, None, ListOf("Bundle", "name")),
    W("bundles.list", (), {"page": 2, "page_size": 5, "search": "dev tools"}, "list_bundles",
      f"{V1}/bundles", {"page": "2", "page_size": "5", "search": "dev tools"}, None,
      ListOf("Bundle", "tool_count"), label="search"),
    W("bundles.get", (BUNDLE,), {}, "get_bundle",
      f"{V1}/bundles/{BUNDLE}", {}, None, Model("BundleDetail", "bundle_key")),
    W("bundles.get_by_agent", ("agent/7",), {}, "get_bundle_by_agent",
      f"{V1}/bundles/by-agent/agent%2F7", {}, None, Model("BundleDetail", "agent_id")),
    W("bundles.create", ("dev",), {}, "create_bundle",
      f"{V1}/bundles", {}, {"name": "dev"}, Model("BundleWithKey", "bundle_key")),
    W("bundles.create", ("dev",), {"description": "Dev tools", "agent_id": "agent-7",
                                   "tools": [{"tool_id": U(TOOL), "override_name": "run"}]},
      "create_bundle",
      f"{V1}/bundles", {},
      {"name": "dev", "description": "Dev tools", "agent_id": "agent-7",
       "tools": [{"tool_id": TOOL, "override_name": "run"}]},
      Model("BundleWithKey", "id"), label="all-args"),
    W("bundles.update", (BUNDLE,), {}, "update_bundle",
      f"{V1}/bundles/{BUNDLE}", {}, {}, Model("BundleWithKey", "name"), label="nothing"),
    W("bundles.update", (U(BUNDLE),), {"name": "prod", "agent_id": "agent-8"}, "update_bundle",
      f"{V1}/bundles/{BUNDLE}", {}, {"name": "prod", "agent_id": "agent-8"},
      Model("BundleWithKey", "name"), label="fields"),
    W("bundles.delete", (BUNDLE,), {}, "delete_bundle",
      f"{V1}/bundles/{BUNDLE}", {}, None, NONE),
    W("bundles.assign_server", (BUNDLE, SERVER), {}, "assign_bundle_server",
      f"{V1}/bundles/{BUNDLE}/servers/{SERVER}", {}, None,
      Model("ServerAssignment", "tools_added")),
    W("bundles.remove_server", (BUNDLE, U(SERVER)), {}, "remove_bundle_server",
      f"{V1}/bundles/{BUNDLE}/servers/{SERVER}", {}, None, NONE),
    W("bundles.add_tools", (BUNDLE, [{"tool_id": TOOL}, {"tool_id": U(SERVER_2),
                                                        "enabled": False,
                                                        "display_order": 3}]), {},
      "add_bundle_tools",
      f"{V1}/bundles/{BUNDLE}/tools", {},
      {"tools": [{"tool_id": TOOL},
                 {"tool_id": SERVER_2, "enabled": False, "display_order": 3}]},
      ListOf("BundleTool", "tool_id", key=None)),
    W("bundles.list_tools", (BUNDLE,), {}, "list_bundle_tools",
      f"{V1}/bundles/{BUNDLE}/tools", {"enabled_only": "true", "page": "1", "page_size": "100"},
      None, ListOf("BundleTool", "original_name")),
    W("bundles.list_tools", (BUNDLE,), {"enabled_only": False, "page": 2}, "list_bundle_tools",
      f"{V1}/bundles/{BUNDLE}/tools", {"enabled_only": "false", "page": "2", "page_size": "100"},
      None, ListOf("BundleTool", "enabled"), label="all"),
    W("bundles.set_tool_state", (BUNDLE, [TOOL]), {}, "set_bundle_tool_state",
      f"{V1}/bundles/{BUNDLE}/tool-state", {}, {"disabled_tool_ids": [TOOL]},
      Model("BundleToolState", "disabled_count")),
    W("bundles.set_tool_state", (U(BUNDLE), []), {"server_id": U(SERVER)}, "set_bundle_tool_state",
      f"{V1}/bundles/{BUNDLE}/tool-state", {}, {"disabled_tool_ids": [], "server_id": SERVER},
      Model("BundleToolState", "unknown_tool_ids"), label="scoped"),
    W("bundles.update_tool", (BUNDLE, TOOL), {"enabled": False, "display_order": 0},
      "update_bundle_tool",
      f"{V1}/bundles/{BUNDLE}/tools/{TOOL}", {}, {"enabled": False, "display_order": 0},
      Model("BundleTool", "enabled")),
    W("bundles.update_tool", (BUNDLE, U(TOOL)), {}, "update_bundle_tool",
      f"{V1}/bundles/{BUNDLE}/tools/{TOOL}", {}, {}, Model("BundleTool", "id"),
      label="nothing"),
    W("bundles.remove_tool", (BUNDLE, TOOL), {}, "remove_bundle_tool",
      f"{V1}/bundles/{BUNDLE}/tools/{TOOL}", {}, None, NONE),
    W("bundles.assign_connection", (BUNDLE, CONNECTION), {}, "assign_bundle_connection",
      f"{V1}/bundles/{BUNDLE}/connections/{CONNECTION}", {}, None,
      Model("BundleConnection", "user_connection_id")),
    W("bundles.remove_connection", (U(BUNDLE), U(CONNECTION)), {}, "remove_bundle_connection",
      f"{V1}/bundles/{BUNDLE}/connections/{CONNECTION}", {}, None, NONE),
    W("bundles.list_connections", (BUNDLE,), {}, "list_bundle_connections",
      f"{V1}/bundles/{BUNDLE}/connections", {}, None, ListOf("BundleConnection", "server_name")),

    # --- connections (7) ------------------------------------------------------------------
    W("connections.create", (SERVER, "api_key", "sk-1"), {}, "create_connection",
      f"{V1}/connections", {},
      {"server_id": SERVER, "credential_type": "api_key", "credential_value": "sk-1",
       "header_name": "Authorization", "prefix": ""},
      Model("ConnectionCreated", "credential_masked")),
    W("connections.create", (U(SERVER), "none"), {"alias": "work", "header_name": "X-Key",
                                                  "prefix": "Token ",
                                                  "connection_data": {"region": "eu"}},
      "create_connection",
      f"{V1}/connections", {},
      {"server_id": SERVER, "credential_type": "none", "credential_value": "",
       "header_name": "X-Key", "prefix": "Token ", "alias": "work",
       "connection_data": {"region": "eu"}},
      Model("ConnectionCreated", "alias"), label="all-args"),
    W("connections.create_basic", (SERVER, "ann", "pw"), {"connection_data": {"realm": "r"}},
      "create_basic_connection",
      f"{V1}/connections/basic", {},
      {"server_id": SERVER, "username": "ann", "password": "pw",
       "connection_data": {"realm": "r"}},
      Model("BasicConnection", "username")),
    W("connections.list", (), {}, "list_connections",
      f"{V1}/connections",
      {"page": "1", "page_size": "20", "include_server": "false", "include_invalid": "false"},
      None, ListOf("Connection", "provider_name")),
    W("connections.list", (), {"include_server": True}, "list_connections",
      f"{V1}/connections",
      {"page": "1", "page_size": "20", "include_server": "true", "include_invalid": "false"},
      None, ListOf("Connection", "id"), label="server"),
    W("connections.list", (),
      {"page": 2, "page_size": 50, "q": "work", "server_id": U(SERVER), "status": "expired",
       "created_after": "2026-01-01T00:00:00Z",
       "created_before": datetime(2026, 2, 1, tzinfo=UTC)},
      "list_connections",
      f"{V1}/connections",
      {"page": "2", "page_size": "50", "include_server": "false", "include_invalid": "false",
       "q": "work", "server_id": SERVER, "status": "expired",
       "created_after": "2026-01-01T00:00:00Z", "created_before": "2026-02-01T00:00:00+00:00"},
      None, ListOf("Connection", "expiration_status"), label="filters"),
    W("connections.get", (CONNECTION,), {}, "get_connection",
      f"{V1}/connections/{CONNECTION}", {}, None, Model("Connection", "token_type")),
    W("connections.delete", (U(CONNECTION),), {}, "delete_connection",
      f"{V1}/connections/{CONNECTION}", {}, None, NONE),
    W("connections.refresh", (CONNECTION,), {}, "refresh_connection",
      f"{V1}/connections/{CONNECTION}/refresh", {}, None, Model("Connection", "is_valid")),
    W("connections.initiate_oauth", (SERVER, OAUTH_APP), {}, "initiate_oauth",
      f"{V1}/servers/{SERVER}/oauth/authorize", {}, {"oauth_app_id": OAUTH_APP},
      Model("OAuthAuthorization", "authorization_url")),
    W("connections.initiate_oauth", (U(SERVER), U(OAUTH_APP)),
      {"redirect_uri": "http://localhost:9/cb", "scopes": ("read", "write"),
       "connection_data": {"team": "t1"}},
      "initiate_oauth",
      f"{V1}/servers/{SERVER}/oauth/authorize", {},
      {"oauth_app_id": OAUTH_APP, "redirect_uri": "http://localhost:9/cb",
       "scopes": ["read", "write"], "connection_data": {"team": "t1"}},
      Model("OAuthAuthorization", "state"), label="all-args"),
    W("connections.initiate_oauth", (SERVER, OAUTH_APP), {"connection_id": U(CONNECTION)},
      "initiate_oauth",
      f"{V1}/servers/{SERVER}/oauth/authorize", {},
      {"oauth_app_id": OAUTH_APP, "connection_id": CONNECTION},
      Model("OAuthAuthorization", "expires_in"), label="reconnect"),

    # --- discovery OAuth (servers), OAuth apps and templates (0.61) -----------------------
    W("servers.discovery_oauth_status", (SERVER,), {}, "get_discovery_oauth",
      f"{V1}/servers/{SERVER}/discovery-oauth", {}, None,
      Model("RemoteOAuthDiscoveryStatus", "state")),
    W("servers.authorize_discovery_oauth", (U(SERVER), []), {}, "authorize_discovery_oauth",
      f"{V1}/servers/{SERVER}/discovery-oauth/authorize", {}, {"scopes": []},
      Model("OAuthAuthorizationStart", "authorization_url")),
    W("servers.authorize_discovery_oauth", (SERVER,),
      {"scopes": ("b", "a"), "redirect_uri": "https://app.example/done"},
      "authorize_discovery_oauth",
      f"{V1}/servers/{SERVER}/discovery-oauth/authorize", {},
      {"scopes": ["b", "a"], "redirect_uri": "https://app.example/done"},
      Model("OAuthAuthorizationStart", "state"), label="all-args"),
    W("servers.remove_discovery_oauth", (SERVER,), {}, "delete_discovery_oauth",
      f"{V1}/servers/{SERVER}/discovery-oauth", {}, None, NONE),
    W("oauth_apps.probe_auth", ("https://mcp.example/mcp",), {}, "probe_auth",
      f"{V1}/oauth-apps/probe-auth", {}, {"url": "https://mcp.example/mcp"},
      Model("AuthRequirementProbe", "outcome")),
    W("oauth_apps.probe_auth", ("https://mcp.example/mcp",), {"guard_network": True},
      "probe_auth",
      f"{V1}/oauth-apps/probe-auth", {}, {"url": "https://mcp.example/mcp", "guard_network": True},
      Model("AuthRequirementProbe", "oauth_discovery"), label="guarded"),
    W("oauth_apps.create",
      ({"alias": "gh", "name": "GitHub", "template_id": U(OAUTH_APP), "client_id": "c",
        "client_secret": None, "additional_config": {"org": "acme"}},), {},
      "create_oauth_app",
      f"{V1}/oauth-apps", {},
      {"alias": "gh", "name": "GitHub", "template_id": OAUTH_APP, "client_id": "c",
       "is_enabled": True, "additional_config": {"org": "acme"}},
      Model("OAuthApp", "client_secret_masked")),
    W("oauth_apps.create_custom",
      (models.OAuthAppCustomCreate(alias="idp", name="IdP", client_id="c", client_secret="s",
                                   auth_url="https://idp/a", token_url="https://idp/t",
                                   is_enabled=False),), {},
      "create_custom_oauth_app",
      f"{V1}/oauth-apps/custom", {},
      {"alias": "idp", "name": "IdP", "client_id": "c", "client_secret": "s",
       "auth_url": "https://idp/a", "token_url": "https://idp/t", "is_enabled": False},
      Model("OAuthApp", "callback_url")),
    W("oauth_apps.get", (U(OAUTH_APP),), {}, "get_oauth_app",
      f"{V1}/oauth-apps/{OAUTH_APP}", {}, None, Model("OAuthApp", "alias")),
    W("oauth_apps.update", (OAUTH_APP, {"name": "New", "client_id": None}), {},
      "update_oauth_app",
      f"{V1}/oauth-apps/{OAUTH_APP}", {}, {"name": "New"}, Model("OAuthApp", "name")),
    W("oauth_apps.update", (OAUTH_APP, models.OAuthAppUpdate()), {}, "update_oauth_app",
      f"{V1}/oauth-apps/{OAUTH_APP}", {}, {}, Model("OAuthApp", "id"), label="nothing"),
    W("oauth_apps.delete", (OAUTH_APP,), {}, "delete_oauth_app",
      f"{V1}/oauth-apps/{OAUTH_APP}", {}, None, NONE),
    W("oauth_apps.compatible", (), {"resource": "https://mcp.example/mcp",
                                    "token_endpoint": "https://idp/t"},
      "list_compatible_oauth_apps",
      f"{V1}/oauth-apps/compatible",
      {"resource": "https://mcp.example/mcp", "token_endpoint": "https://idp/t"}, None,
      Model("OAuthAppListResponse", "total")),
    W("oauth_templates.list", (), {}, "list_oauth_templates",
      f"{V1}/oauth-templates", {}, None, ListOf("OAuthAppTemplate", "token_url")),
    # --- generation jobs
    W("generation.start", ("openapi_json", "{}", "pets"), {}, "start_generation_job",
      f"{V1}/servers/generate", {},
      {"input_type": "openapi_json", "input_content": "{}", "server_name": "pets"},
      Model("GenerationJobCreated", "job_id")),
    W("generation.start", ("url", "http://127.0.0.1:9/openapi.json", "pets"),
      {"auth_type": "api_key", "api_credentials": {"X-Key": "k"}}, "start_generation_job",
      f"{V1}/servers/generate", {},
      {"input_type": "url", "input_content": "http://127.0.0.1:9/openapi.json",
       "server_name": "pets", "auth_type": "api_key", "api_credentials": {"X-Key": "k"}},
      Model("GenerationJobCreated", "status"), label="all-args"),
    W("generation.list", (), {}, "list_generation_jobs", f"{V1}/servers/generate",
      {"page": "1", "page_size": "20"}, None, ListOf("GenerationJob", "job_id")),
    W("generation.list", (), {"page": 2, "page_size": 5, "status": "reviewing"},
      "list_generation_jobs", f"{V1}/servers/generate",
      {"page": "2", "page_size": "5", "status": "reviewing"}, None,
      ListOf("GenerationJob", "status"), label="filtered"),
    W("generation.get", (U(JOB),), {}, "get_generation_job", f"{V1}/servers/generate/{JOB}",
      {}, None, Model("GenerationJob", "progress_percent")),
    W("generation.analysis", (JOB,), {}, "get_generation_analysis",
      f"{V1}/servers/generate/{JOB}/analysis", {}, None, Returns({})),
    W("generation.approve", (JOB,), {}, "approve_generation_job",
      f"{V1}/servers/generate/{JOB}/approve", {}, {}, Model("GenerationJobTransition", "status")),
    W("generation.approve", (JOB,),
      {"selected_tools": ("list_pets",), "credential_mode": "none", "api_title": "Pets",
       "tool_descriptions": {"list_pets": "All pets"}, "feedback": "ok"},
      "approve_generation_job", f"{V1}/servers/generate/{JOB}/approve", {},
      {"selected_tools": ["list_pets"], "credential_mode": "none", "api_title": "Pets",
       "tool_descriptions": {"list_pets": "All pets"}, "feedback": "ok"},
      Model("GenerationJobTransition", "message"), label="all-args"),
    W("generation.cancel", (JOB,), {}, "cancel_generation_job",
      f"{V1}/servers/generate/{JOB}/cancel", {}, None, Model("GenerationJobTransition", "job_id")),
    W("generation.delete", (JOB,), {}, "delete_generation_job", f"{V1}/servers/generate/{JOB}",
      {}, None, NONE),
]

# Calls the SDK must refuse with ValueError before anything is sent.
VALIDATION: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("sessions.create", (), {"server_id": SERVER, "bundle_id": BUNDLE}),
    ("sandboxes.download", (SANDBOX, "../etc/passwd"), {}),
    ("sandboxes.download", (SANDBOX, "a/./b"), {}),
    ("sandboxes.download", (SANDBOX, "a//b"), {}),
    ("sandboxes.download", (SANDBOX, "/"), {}),
    ("sandboxes.download", (SANDBOX, "dir/"), {}),
    ("sandboxes.download", (SANDBOX, "a\x00b"), {}),
    ("sandboxes.upload", (SANDBOX, "/workspace/../x", b"x"), {}),
    ("sandboxes.upload_file", (SANDBOX, "a/../b", b"x"), {}),
    ("sandboxes.download_file", (SANDBOX, "  "), {}),
    ("sandboxes.download_file", (SANDBOX, "///"), {}),
    ("sandboxes.create", (), {"egress_policy": EgressPolicy.blocked(), "network_enabled": True}),
    ("sandboxes.update", (SANDBOX,), {"egress_policy": EgressPolicy.inherit(),
                                      "network_enabled": False}),
    ("sandboxes.create", (), {"mounts": [{"provider": "s3", "canonical_endpoint": "http://x",
                                          "container_name": "abc", "target_path": "/mnt/data",
                                          "credential": "k",
                                          "credential_expires_at": "2030-01-01T00:00:00Z"}]}),
    ("sandboxes.logs", (SANDBOX,), {"limit": 0}),
    ("sandboxes.exec", (SANDBOX, "ls"), {"timeout": 0}),
    ("sandboxes.exec", (SANDBOX, "   "), {}),
    ("sandboxes.create", ("",), {}),
    ("skills.upload", (), {}),
    ("skills.upload", (), {"content": b"x"}),  # content without a filename
    ("skills.upload", (), {"file_path": "SKILL.md", "content": b"x"}),
    ("skills.update", (SKILL,), {"server_id": SERVER, "clear_server_link": True}),
    ("skills.list", (), {"offset": -1}),
    ("servers.get", ("",), {}),  # an empty id would hit the collection's route
    ("servers.list", (), {"page": 0}),
    ("servers.bulk_action", ("", [SERVER]), {}),
    ("bundles.list", (), {"page_size": 0}),
    ("bundles.add_tools", (BUNDLE, [{"enabled": True}]), {}),  # no tool_id
    ("connections.create", (SERVER, ""), {}),
    ("connections.list", (), {"page_size": 0}),
    ("oauth_apps.create_custom", ({"alias": "x", "name": "n", "client_id": "c",
                                   "auth_url": "https://a", "token_url": "https://t"},), {}),
    ("oauth_apps.update", (OAUTH_APP, {"name": ""}), {}),
    ("cache.set", ("k", 1), {"ttl": 0}),
    ("cache.set", ("k", 1), {"ttl": True}),
    ("cache.get", ("",), {}),
    ("generation.get", ("",), {}),
    ("generation.get", (None,), {}),
    ("generation.analysis", ("  ",), {}),
    ("generation.approve", ("",), {}),
    ("generation.cancel", (None,), {}),
    ("generation.delete", (" ",), {}),
    ("generation.list", (), {"page": 0}),
]
# fmt: on


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


class _Twins(dict[str, Twin]):
    """One client per mode, created on first use and kept for the whole module."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def __missing__(self, mode: str) -> Twin:
        twin = self[mode] = Twin(mode, api_key=API_KEY, url=self.url, check_version=False)
        return twin


@pytest.fixture(scope="module")
def twins(server: RecordingServer) -> Iterator[_Twins]:
    clients = _Twins(server.url)
    yield clients
    for twin in clients.values():
        twin.close()


@pytest.fixture
def srv(server: RecordingServer) -> RecordingServer:
    # A row that failed before sending leaves its reply queued: never let it leak to the next.
    server._replies.clear()
    return server


# --- helpers --------------------------------------------------------------------------------


def _param(case: W) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


def _materialise(value: Any, request: pytest.FixtureRequest) -> Any:
    if isinstance(value, LocalFile):
        tmp_path: Path = request.getfixturevalue("tmp_path")
        target = tmp_path / value.name
        target.write_bytes(value.content)
        return target
    return value


def _template_regex(template: str) -> re.Pattern[str]:
    """`{x}` matches one segment, `{x_path}` the rest of the path (as `_paths.py` encodes)."""
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{\w+_path\\\}", ".+", pattern)
    pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", pattern)
    return re.compile(pattern)


def _pairs(query: dict[str, str] | list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(query.items() if isinstance(query, dict) else query)


def _form_parts(rec: Recorded) -> list[Message]:
    ctype = rec.headers.get("content-type", "")
    assert ctype.startswith("multipart/form-data; boundary="), ctype
    raw = f"Content-Type: {ctype}\r\n\r\n".encode() + rec.body
    message = BytesParser(policy=HTTP).parsebytes(raw)
    assert message.is_multipart()
    return list(message.iter_parts())


def _assert_body(case: W, rec: Recorded) -> None:
    spec_types = list(operation(case.op)[2].get("requestBody", {}).get("content", {}))
    ctype = rec.headers.get("content-type", "")
    if case.body is None:
        assert rec.body == b"", f"expected no body, got {rec.body!r}"
        assert "content-type" not in rec.headers, f"Content-Type {ctype!r} without a body"
        assert not spec_types or not operation(case.op)[2]["requestBody"].get("required")
        return
    if isinstance(case.body, Multipart):
        assert spec_types == ["multipart/form-data"]
        parts = {}
        for part in _form_parts(rec):
            parts[part.get_param("name", header="content-disposition")] = part
        file_part = parts.pop("file")
        assert file_part.get_filename() == case.body.filename
        assert file_part.get_content_type() == case.body.content_type
        assert file_part.get_payload(decode=True) == case.body.content
        fields = {name: part.get_payload(decode=True).decode() for name, part in parts.items()}
        assert fields == case.body.fields
        return
    if isinstance(case.body, bytes):
        assert spec_types == ["application/octet-stream"]
        assert ctype == "application/octet-stream"
        assert rec.body == case.body
        return
    assert spec_types == ["application/json"]
    assert ctype == "application/json"
    assert rec.json() == case.body


def _model_class(result: Any) -> str:
    """The generated model `result` is (or, like `tools.execute`'s result, extends)."""
    generated = [c for c in type(result).__mro__ if c.__module__.startswith(_GENERATED)]
    assert generated, type(result)
    name = generated[0].__name__
    assert getattr(models, name) is generated[0], f"{name} is not exported by models"
    return name


_GENERATED = "mcpgateway_sdk._generated.models"


def _assert_result(case: W, result: Any, canned: Any) -> None:
    check = case.result
    if isinstance(check, Returns):
        assert result == check.value
        assert type(result) is type(check.value)
    elif isinstance(check, Model):
        assert _model_class(result) == check.cls
        assert result[check.field] == canned[check.field]
    else:
        items = canned if check.key is None else canned[check.key]
        assert isinstance(result, list)
        assert len(result) == len(items) >= 1
        assert {_model_class(item) for item in result} == {check.cls}
        assert result[0][check.field] == items[0][check.field]


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_wire(
    case: W, mode: str, srv: RecordingServer, twins: dict[str, Twin], request: pytest.FixtureRequest
) -> None:
    method, template, _ = operation(case.op)
    status, canned = success_example(case.op)
    srv.reply(status, canned)
    before = len(srv.requests)

    args = [_materialise(value, request) for value in case.args]
    kwargs = {name: _materialise(value, request) for name, value in case.kwargs.items()}
    with expect_deprecation(case.call):
        result = twins[mode].call(case.call, *args, **kwargs)

    assert len(srv.requests) == before + 1, "exactly one request per call"
    rec = srv.requests[-1]
    assert rec.method == method
    assert rec.raw_path == case.path
    assert _template_regex(template).fullmatch(rec.raw_path), (template, rec.raw_path)
    assert _pairs(rec.query) == _pairs(case.query)
    assert rec.headers.get("authorization") == f"Bearer {API_KEY}"
    assert rec.headers.get("accept") == ("*/*" if case.result == BINARY else "application/json")
    for name, value in case.headers.items():
        assert rec.headers.get(name) == value, name
    _assert_body(case, rec)
    _assert_result(case, result, canned)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("call", "args", "kwargs"),
    VALIDATION,
    ids=[f"{call}-{i}" for i, (call, _, _) in enumerate(VALIDATION)],
)
def test_refused_before_sending(
    call: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    mode: str,
    srv: RecordingServer,
    twins: dict[str, Twin],
) -> None:
    before = len(srv.requests)
    with pytest.raises(ValueError):
        twins[mode].call(call, *args, **kwargs)
    assert len(srv.requests) == before, "nothing may reach the server"


NAMESPACES = (
    "servers", "tools", "skills", "sessions", "sandboxes",
    "auth", "cache", "bundles", "connections", "oauth_apps", "oauth_templates", "generation",
)  # fmt: skip
# CONTRACT §2 counts, plus the sandboxes' later names `upload_file` / `download_file`, plus
# 0.61's discovery OAuth (3 servers methods) and the OAuth apps / templates namespaces.
# Several requests per call, or a bound sub-resource: their wire is tested in
# tests/facade/test_server_auth.py.
COVERED_ELSEWHERE = {"servers.authentication", "servers.register_remote"}
EXPECTED_COUNTS = {
    "servers": 38, "tools": 3, "skills": 14, "sessions": 8, "sandboxes": 21,
    "auth": 5, "cache": 2, "bundles": 16, "connections": 7,
    "oauth_apps": 7, "oauth_templates": 1, "generation": 7,
}  # fmt: skip


def _public_methods(client: Any) -> set[str]:
    found = set()
    for namespace in NAMESPACES:
        resource_cls = type(getattr(client, namespace))
        found |= {
            f"{namespace}.{name}"
            for name in dir(resource_cls)
            if not name.startswith("_") and callable(getattr(resource_cls, name))
        }
    return found


def test_table_covers_every_public_method(twins: dict[str, Twin]) -> None:
    async_methods = _public_methods(twins["async"].client)
    sync_methods = _public_methods(twins["sync"].client)
    assert async_methods == sync_methods
    tabled = {case.call for case in CASES}
    untabled = async_methods - tabled - COVERED_ELSEWHERE
    assert sorted(untabled) == [], "public methods without a wire case"
    assert sorted(tabled - async_methods) == [], "wire cases for methods that do not exist"
    counts = {ns: sum(m.startswith(f"{ns}.") for m in async_methods) for ns in NAMESPACES}
    assert counts == EXPECTED_COUNTS
    assert len({case.id for case in CASES}) == len(CASES), "duplicate case ids"


def test_client_namespaces_are_the_resource_namespaces() -> None:
    """Every resource namespace of the clients is in NAMESPACES (so the coverage check sees it)."""
    for client_cls in (MCPGateway, MCPGatewaySync):
        namespaces = {
            name
            for name, member in vars(client_cls).items()
            if isinstance(member, cached_property) and not name.startswith("with_")
        }  # with_raw_response / with_streaming_response are views of these namespaces
        assert namespaces == set(NAMESPACES), client_cls.__name__
