"""Schemathesis: the local gateway conforms to openapi.json, operation by operation.

One gateway for the module (``--validate-responses``: the gateway also checks each JSON body it
sends). Every operation of openapi.json is fuzzed with ``MAX_EXAMPLES`` derandomized Hypothesis
examples (the same cases on every run of the same code), in two modes:

* positive (schema-valid requests): no 5xx, only declared statuses, declared content types,
  bodies matching the declared schemas;
* negative (schema-violating requests): the same checks, and the request is refused with a 4xx.
  Left out: operations with nothing to violate (see `_negatable`).

Random ids only reach the 404 branches, so a seeded `World` (running, stopped and local servers,
tools, a credential, a skill, a scoped session, an API key, a cache key, a running and a stopped
sandbox with a file, a bundle, a connection, an OAuth app) is restored before each positive operation (when a
non-GET request may have changed it), and positive cases carry its ids and other known values
three times in four (`World.known`); negative cases keep what Schemathesis generated.
Two guards keep fuzzing harmless: commands sent to a real sandbox come from ``SAFE_COMMANDS``,
and the server `update_server` may give a random ``config.command`` is never started.

At the end the module prints, per operation, the examples run and the statuses seen, and the
total (``Schemathesis examples run: ...``).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from tests.support.spec_examples import spec

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"
MAX_EXAMPLES = 25
"""Hypothesis examples per operation and mode (derandomized: the same cases on every run)."""
API = "/api/v1"
SAFE_COMMANDS = ("true", "echo conformance", "exit 3", "echo oops >&2", "ls -a")
CHECKS: list[schemathesis.CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
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
MODES = ("positive", "negative")


def _config(mode: str) -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "generation": {
                "mode": mode,
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
                "with-security-parameters": False,  # the real bearer key is sent instead
            },
            "phases": {
                "examples": {"enabled": False},
                "coverage": {"enabled": False},
                "stateful": {"enabled": False},
                "fuzzing": {"enabled": True},
            },
            "checks": {"negative_data_rejection": {"expected-statuses": ["4XX"]}},
        }
    )


def _negatable() -> list[str]:
    """Operations with a structured body or a query/header parameter: something to violate.

    Left out (Schemathesis: "Impossible to generate negative test cases"): operations whose only
    inputs are plain-string path parameters, and `upload_sandbox_file`, whose body is any bytes.
    """
    return [
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if set(op.get("requestBody", {}).get("content", {})) - {"application/octet-stream"}
        or any(p["in"] != "path" for p in op.get("parameters", []))
    ]


positive = schemathesis.openapi.from_path(SPEC_PATH, config=_config("positive"))
negative = schemathesis.openapi.from_path(SPEC_PATH, config=_config("negative")).include(
    operation_id=_negatable()
)
EXAMPLES: Counter[tuple[str, str]] = Counter()
STATUSES: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)


# -- the seeded world --------------------------------------------------------------------------


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


WORLD: World | None = None


ABSENT = object()
ADDED_FIELDS = {"update_tool_overrides": ("name",), "update_local_tool": ("name",)}
"""Optional body fields to add (mostly) when the generated body lacks them, by operation."""


def _mostly(known: st.SearchStrategy[Any], generated: Any) -> st.SearchStrategy[Any]:
    """A known value three times in four, else the generated one (what shrinking returns to)."""
    return st.integers(0, 3).flatmap(lambda n: known if n else st.just(generated))


@positive.hook
def flatmap_case(
    context: schemathesis.HookContext, case: schemathesis.Case
) -> st.SearchStrategy[schemathesis.Case]:
    """Swap in known values for parameters and JSON body fields (see `World.known`)."""
    world = WORLD
    if world is None or not world.ids:
        return st.just(case)
    assert context.operation is not None
    operation_id = str(context.operation.definition.raw["operationId"])
    known = world.known(operation_id)
    draws: dict[tuple[str, str], st.SearchStrategy[Any]] = {}
    for where in ("path_parameters", "query", "headers"):
        for name, value in (getattr(case, where) or {}).items():
            if name in known:
                draws[where, name] = _mostly(known[name], value)
    if isinstance(case.body, dict):
        for name, value in case.body.items():
            if name in known:
                draws["body", name] = _mostly(known[name], value)
        for name in ADDED_FIELDS.get(operation_id, ()):
            if name not in case.body:  # an optional field the clash cases need
                draws["body", name] = _mostly(known[name], ABSENT)
    if operation_id == "exec_sandbox_command":
        draws["body", "command"] = known["command"]
    path = case.path_parameters or {}
    if "server_id" in path and "tool_id" in path:  # a tool of that server, mostly
        pairs = st.sampled_from(world.server_tools())
        draws["path_parameters", "server_id, tool_id"] = _mostly(
            pairs, (path["server_id"], path["tool_id"])
        )

    def apply(picks: dict[tuple[str, str], Any]) -> schemathesis.Case:
        for (where, names), value in picks.items():
            container = cast(dict[str, Any], case.body if where == "body" else getattr(case, where))
            if ", " in names:
                container.update(zip(names.split(", "), value, strict=True))
            elif value is not ABSENT:
                container[names] = value
        return case

    return st.fixed_dictionaries(draws).map(apply)


# -- fixtures and tests -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gateway(request: pytest.FixtureRequest) -> Iterator[LocalGateway]:
    global WORLD
    started = time.monotonic()
    with (
        run_local_gateway(extra_args=("--validate-responses",)) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=TIMEOUT) as http,
    ):
        WORLD = World(http)
        yield gw
        WORLD = None
    _report(request, time.monotonic() - started)


@pytest.fixture(scope="module")
def session(gateway: LocalGateway) -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


def _call(
    case: schemathesis.Case,
    mode: str,
    gateway: LocalGateway,
    http: requests.Session,
    checks: list[schemathesis.CheckFunction],
) -> None:
    label = case.operation.label
    world = WORLD
    assert world is not None
    if mode == "positive" and world.changed and world.last_operation != label:
        world.ensure()  # first example of this operation, and the last one may have changed it
        world.changed = False
    world.last_operation = label
    EXAMPLES[mode, label] += 1
    response = case.call(
        base_url=gateway.url, session=http, headers=gateway.headers, timeout=TIMEOUT
    )
    world.changed |= case.method != "GET"
    STATUSES[mode, label][response.status_code] += 1
    case.validate_response(response, checks=checks, headers=gateway.headers)


@positive.parametrize()
def test_positive(
    case: schemathesis.Case, gateway: LocalGateway, session: requests.Session
) -> None:
    _call(case, "positive", gateway, session, CHECKS)


@negative.parametrize()
def test_negative(
    case: schemathesis.Case, gateway: LocalGateway, session: requests.Session
) -> None:
    _call(case, "negative", gateway, session, [*CHECKS, negative_data_rejection])


def _report(request: pytest.FixtureRequest, elapsed: float) -> None:
    """Print examples and statuses per operation, then the total (past output capturing)."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or not EXAMPLES:
        return
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        reporter.write_line("")
        reporter.write_line(
            f"Schemathesis examples per operation (at most {MAX_EXAMPLES} per mode):"
        )
        for path, item in spec()["paths"].items():
            for method, op in item.items():
                label = f"{method.upper()} {path}"
                runs = [
                    f"{mode} {EXAMPLES[mode, label]:2} {dict(sorted(STATUSES[mode, label].items()))}"
                    for mode in ("positive", "negative")
                    if EXAMPLES[mode, label]
                ]
                if runs:
                    reporter.write_line(f"  {op['operationId']:32} {'  '.join(runs)}")
        totals = {m: sum(n for (mode, _), n in EXAMPLES.items() if mode == m) for m in MODES}
        reporter.write_line(
            f"Schemathesis examples run: {sum(EXAMPLES.values())} (positive {totals['positive']},"
            f" negative {totals['negative']}) over {len({op for _, op in EXAMPLES})} operations"
            f" in {elapsed:.1f}s"
        )
