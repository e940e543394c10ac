"""The seeded `World` of the conformance suite (`tests/local/test_conformance.py`): the objects a
positive Schemathesis case needs to reach past the 404 branches, restored before each operation that
may have changed them, and the known values (`World.known`) cases carry three times in four."""

from __future__ import annotations

import io
import json
import sys
import time
import zipfile
from typing import Any

import httpx
from hypothesis import strategies as st

API = "/api/v1"
SAFE_COMMANDS = ("true", "echo conformance", "exit 3", "echo oops >&2", "ls -a")
TIMEOUT = 60.0
API_DOCUMENT = json.dumps(
    {
        "openapi": "3.0.0",
        "info": {"title": "Conformance API", "version": "1"},
        "servers": [{"url": "http://127.0.0.1:9"}],  # nothing listens: calls are tool errors
        "paths": {"/items": {"get": {"operationId": "listItems", "responses": {}}}},
    }
)
"""A small OpenAPI document for schema imports and generation jobs."""


def _skill_md(name: str) -> str:
    return f"---\nname: {name}\ndescription: Conformance skill.\n---\n\n# {name}\n"


def _skill_zip(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{name}/SKILL.md", _skill_md(name))
    return buffer.getvalue()


class World:
    """Resources the fuzzer can hit by id, restored before each operation's first example."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.ids: dict[str, str] = {}
        self.last_operation: str | None = None
        self.changed = True
        """Whether a non-GET request was sent since the last `ensure`."""

    def _ok(self, response: httpx.Response, *statuses: int) -> Any:
        assert response.status_code in (statuses or (200, 201)), (
            response.request.method,
            str(response.request.url),
            response.status_code,
            response.text,
        )
        return response.json() if response.content else None

    def _get(self, kind: str, url: str) -> dict[str, Any] | None:
        if kind not in self.ids:
            return None
        response = self.http.get(url.format(id=self.ids[kind]))
        return response.json() if response.status_code == 200 else None

    def _create(self, kind: str, url: str, body: dict[str, Any]) -> dict[str, Any]:
        found = self._get(kind, url + "/{id}")
        if found is None:
            found = self._ok(self.http.post(url, json=body), 201)
            self.ids[kind] = found["id"]
        return found

    def _server(self, kind: str, body: dict[str, Any], status: str) -> None:
        name = f"{kind}-{_unique()}"
        server = self._create(kind, "/servers", {"name": name, "display_name": name, **body})
        self.ids[kind + "_name"] = server["name"]
        current = server["status"]
        if status == "stopped" and not server["tool_count"]:  # its tools come from one run
            current = self._ok(self.http.post(f"/servers/{server['id']}/start"))["current_status"]
        if current != status:
            action = "start" if status == "running" else "stop"
            report = self._ok(self.http.post(f"/servers/{server['id']}/{action}"))
            assert report["current_status"] == status, report

    def _first(self, url: str, body: dict[str, Any]) -> str:
        """The id of the first item listed at `url`, created with `body` when there is none."""
        listed = self._ok(self.http.get(url))
        items = listed["items"] if isinstance(listed, dict) else listed
        if not items:
            items = [self._ok(self.http.post(url, json=body), 201)]
        return str(items[0]["id"])

    def ensure(self) -> None:
        """Recreate what earlier operations deleted, stopped, revoked or renamed."""
        calculator = {
            "type": "stdio",
            "config": {
                "command": sys.executable,
                "args": ["-m", "mcpgateway_local.builtin.calculator"],
            },
        }
        oauth = {
            "client_id": "conformance",
            "authorize_url": "https://auth.example.invalid/authorize",
            "token_url": "https://auth.example.invalid/token",
        }
        self._server("running", {**calculator, "oauth_config": oauth}, "running")
        self._server("stopped", calculator, "stopped")  # has tools: execute answers 409
        self._server("scratch", calculator, "stopped")  # update_server may rewrite its command
        self._server("local", {"type": "local"}, "running")
        ids = self.ids
        url = f"/servers/{ids['running']}/tools"
        for tool in self._ok(self.http.get(url)):  # undo renames and disabling
            if tool["overrides"]:
                self._ok(self.http.delete(f"{url}/{tool['id']}/overrides"), 204)
            if not tool["enabled"]:
                selection = {"tool_ids": [tool["id"]], "enabled": True}
                self._ok(
                    self.http.patch(f"/servers/{ids['running']}/tool-selection", json=selection)
                )
        tools = {t["name"]: t for t in self._ok(self.http.get(url))}
        ids["tool"] = tools["add"]["id"]
        ids["tool_name"] = tools["add"]["qualified_name"]
        ids["denied_tool_name"] = tools["divide"]["qualified_name"]
        stopped_tools = self._ok(self.http.get(f"/servers/{ids['stopped']}/tools"))
        ids["stopped_tool_name"] = stopped_tools[0]["qualified_name"]
        echo = {"name": "echo", "description": "Echo.", "input_schema": {"type": "object"}}
        ids["local_tool"] = self._first(f"/servers/{ids['local']}/tools", echo)
        credential = {"name": "API_TOKEN", "credential_type": "api_key", "value": "s3cret"}
        url = f"/servers/{ids['running']}/credentials"
        ids["credential"] = self._first(url, credential)
        name = f"conformance-{_unique()}"
        skill = {"name": name, "skill_md_content": _skill_md(name)}
        self._create("skill", "/skills", {**skill, "mcp_server_id": ids["running"]})
        scope = {
            "allowed_tool_names": [ids["running_name"] + "__*"],
            "denied_tool_names": [ids["denied_tool_name"]],  # execute answers 403
        }
        self._create("session", "/sessions", scope)
        key = self._get("api_key", "/users/me/api-keys/{id}")
        if key is None or not key["is_active"]:  # revoked or rotated
            created = self.http.post("/users/me/api-keys", json={"name": "conformance"})
            ids["api_key"] = self._ok(created, 201)["id"]
        self._ok(self.http.put("/cache/conformance%2Fkey", json={"value": {"a": 1}}), 204)
        for kind, status in (("sandbox", "running"), ("stopped_sandbox", "stopped")):
            sandbox = self._create(kind, "/sandboxes", {})
            if sandbox["status"] != status:
                action = "resume" if status == "running" else "stop"
                self._ok(self.http.post(f"/sandboxes/{ids[kind]}/{action}"), 200, 204)
        self._ok(
            self.http.put(
                f"/sandboxes/{ids['sandbox']}/files/workspace/hello.txt",
                content=b"hello",
                headers={"Content-Type": "application/octet-stream"},
            ),
            204,
        )
        bundle = {"name": f"conformance-{_unique()}", "agent_id": f"agent-{_unique()}"}
        ids["agent"] = self._create("bundle", "/bundles", bundle)["agent_id"]
        url = f"/bundles/{ids['bundle']}/tools"
        rows = self._ok(self.http.get(url, params={"enabled_only": False}))["items"]
        row = next((r for r in rows if r["tool_id"] == ids["tool"]), None)
        if row is None:
            self._ok(self.http.post(url, json={"tools": [{"tool_id": ids["tool"]}]}))
        elif not row["enabled"]:
            self._ok(self.http.put(f"{url}/{ids['tool']}", json={"enabled": True}))
        connection = {
            "server_id": ids["running"],
            "credential_type": "api_key",
            "credential_value": "s3cret",
            "alias": f"conformance-{_unique()}",
        }
        self._create("connection", "/connections", connection)
        if self._get("oauth_app", "/oauth-apps/{id}") is None:
            app = {
                "alias": f"conformance-{_unique()}",
                "name": "conformance",
                "client_id": "conformance",
                "auth_url": "https://auth.example.invalid/authorize",
                "token_url": "https://auth.example.invalid/token",
                "token_endpoint_auth_method": "none",
            }
            created = self._ok(self.http.post("/oauth-apps/custom", json=app), 201)
            ids["oauth_app"], ids["oauth_alias"] = created["id"], created["alias"]
        ids["oauth_template"] = self._ok(self.http.get("/oauth-templates"))["items"][0]["id"]
        job = self._get("job", "/servers/generate/{id}")
        if job is None or job["status"] != "reviewing":  # approved, cancelled or deleted
            body = {
                "input_type": "openapi_json",
                "input_content": API_DOCUMENT,
                "server_name": f"conformance-gen-{_unique()}",
            }
            ids["job"] = self._ok(self.http.post("/servers/generate", json=body), 201)["job_id"]
            deadline = time.monotonic() + TIMEOUT
            while self._ok(self.http.get(f"/servers/generate/{ids['job']}"))["status"] in (
                "pending",
                "analyzing",
                "generating",
            ):
                assert time.monotonic() < deadline, "the conformance job never reached review"
                time.sleep(0.05)

    def server_tools(self) -> list[tuple[str, str]]:
        """(server id, tool id) pairs that belong together."""
        return [
            (self.ids["running"], self.ids["tool"]),
            (self.ids["local"], self.ids["local_tool"]),
        ]

    def known(self, operation_id: str) -> dict[str, st.SearchStrategy[Any]]:
        """Values worth sending, by parameter or body field name, for this operation."""
        ids = self.ids
        servers = [ids["running"], ids["stopped"], ids["local"]]
        if operation_id in ("update_server", "delete_server"):
            servers = [ids["scratch"]]  # may get a random command: never started
        tool_names = [
            ids["tool_name"],
            ids["denied_tool_name"],
            ids["stopped_tool_name"],
            ids["local_name"] + "__echo",
            "add",
        ]
        values: dict[str, list[Any]] = {
            "server_id": servers,
            "mcp_server_id": servers,
            "server_ids": [servers],
            "tool_id": [ids["tool"], ids["local_tool"]],
            "tool_ids": [[ids["tool"]], [ids["tool"], ids["local_tool"]]],
            "credential_id": [ids["credential"]],
            "registry": ["builtin", "npm"],
            "registry_id": ["calculator", "@anthropic/time-mcp"],
            "skill_id": [ids["skill"]],
            "skill_ids": [[ids["skill"]]],
            "source": ["builtin"],
            "skill_name": ["sandbox-python"],
            "session_id": [ids["session"]],
            "Mcp-Session-Id": [ids["session"]],
            "X-MCP-Session-ID": [ids["session"]],
            "key_id": [ids["api_key"]],
            "key": ["conformance/key"],
            "sandbox_id": [ids["sandbox"], ids["stopped_sandbox"]],
            "file_path": ["workspace/hello.txt", "/workspace/hello.txt", "workspace"],
            "path": ["/workspace", "workspace/hello.txt"],
            "bundle_id": [ids["bundle"]],
            "agent_id": [ids["agent"]],
            "connection_id": [ids["connection"]],
            "tool_name": tool_names,
            "server_name": [ids["running_name"], ids["stopped_name"]],
            "credential_type": ["api_key", "bearer", "none"],
            "credential_value": ["s3cret"],
            "action": ["start", "stop", "sync", "delete"],
            "tools": [[{"tool_id": ids["tool"]}], [{"tool_id": ids["local_tool"]}]],
            "app_id": [ids["oauth_app"]],
            "oauth_app_id": [ids["oauth_app"]],
            "alias": [ids["oauth_alias"]],
            "template_id": [ids["oauth_template"]],
            "url": ["http://127.0.0.1:9/mcp"],  # refused at once: no fuzzed URL leaves the host
            "authorization_endpoint": ["https://auth.example.invalid/authorize"],
            "token_endpoint": ["https://auth.example.invalid/token"],
            "job_id": [ids["job"]],
            "selected_tools": [["listItems"], ["nope"], []],
        }
        known = {name: st.sampled_from(options) for name, options in values.items()}
        if operation_id == "get_tool_by_name":
            known["name"] = st.sampled_from(tool_names)
        if operation_id in ("create_local_tool", "update_local_tool", "update_tool_overrides"):
            known["name"] = st.sampled_from(["subtract", "echo", "renamed"])  # clashes: 409
        if operation_id == "create_skill":
            known["name"] = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)
            known["skill_md_content"] = st.just(_skill_md("from-markdown"))
        if operation_id == "import_server_schema":
            known["name"] = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)
            known["spec"] = st.just(API_DOCUMENT)
        if operation_id == "upload_skill":
            known["file"] = st.just(_skill_zip(f"upload-{_unique()}"))
        if operation_id == "set_server_authentication":  # a declaration that is valid
            known["type"] = st.sampled_from(["none", "bearer", "basic"])
            known["config"] = st.just({})
            known["fields"] = st.sampled_from(
                [[], [{"name": "api_key", "sensitive": True, "required": True,
                       "provided_by": "admin"}]]
            )  # fmt: skip
        if operation_id == "delete_server_auth_secret":  # the legacy credential's name
            known["field_name"] = st.just("API_TOKEN")
        if operation_id == "exec_sandbox_command":
            known["command"] = st.sampled_from(SAFE_COMMANDS)  # never a random command
        return known


def _unique() -> str:
    return str(time.monotonic_ns())
