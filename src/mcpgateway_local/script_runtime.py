"""Script tools: servers of type `script` (a local-gateway type) whose tools are scripts from an
uploaded package (`script_packages`), run in a sandbox of the server's own. A `ServerRuntime`
plugged into the toolbox (`gw.runtimes`), so REST and MCP calls take the one execute path.

A call: the server's sandbox (session key `script-tools:<server id>`, workload class
`script_tool`, created on first use) gets the active version's files under
`/workspace/.script-tools/<hash>/` once; the entry runs there with the arguments as JSON on
stdin and `MCPGATEWAY_METADATA` (the execute call's metadata) and `MCPGATEWAY_CONNECTION_DATA`
(`{}`: the local gateway keeps no per-user connection data for script servers) as JSON in its
environment. Exit code 0 and JSON on stdout: the result. Anything else: a tool error naming
the problem. Every call is in the sandbox's call log (`tool_name`, `source_name` = the server's
name, the metadata).

Uploading (`upload_package`): servers of type `script` only (409 otherwise); the tools of the
new active version replace the server's (it is started when it was not running);
`update_bundles` adds new tools to the bundles that already hold tools of the server.
"""

from __future__ import annotations

import contextlib
import json
import math
import shlex
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from .bundle_records import BUNDLE, BUNDLE_TOOL, bump, new_bundle_row
from .call_metadata import current_metadata
from .domain_errors import Conflict
from .kinds import TOOL
from .records import new_id
from .sandbox_exec import Call, require_runtime, run_command
from .sandbox_lifecycle import create_sandbox
from .sandbox_runtime import ExecOutcome
from .script_packages import (
    active_version,
    package_files,
    render_version,
    store_version,
)
from .server_runtime import (
    ServerDown,
    ServerLaunch,
    ServerRuntime,
    ToolCallTimeout,
    ToolOutcome,
    ToolSpec,
)
from .state import GatewayState
from .store import Document
from .toolbox import Toolbox

__all__ = ["SCRIPT_TYPE", "ScriptRuntime", "runtime", "upload_package"]

SCRIPT_TYPE = "script"
_BASE = ".script-tools"
_EXCERPT = 500


def _specs(version: Mapping[str, Any] | None) -> list[ToolSpec]:
    if version is None:
        return []
    return [
        ToolSpec(t["name"], t.get("description") or "", dict(t.get("input_schema") or {}))
        for t in version.get("_tools") or []
    ]


def _command(directory: str, entry: str) -> str:
    where = shlex.quote(f"{_BASE}/{directory}")
    if entry.endswith(".py"):
        run = f"python3 {shlex.quote(entry)}"
    elif entry.endswith(".sh"):
        run = f"sh {shlex.quote(entry)}"
    else:
        run = f"./{shlex.quote(entry)}"
    return f"cd {where} && exec {run}"


def _failure(name: str, outcome: ExecOutcome) -> str | None:
    """Why a script call failed: a non-zero exit, or stdout that is not JSON (None: success)."""
    if outcome.exit_code != 0:
        detail = outcome.stderr.strip()[-_EXCERPT:] or f"exit code {outcome.exit_code}"
        return f"Script tool {name} failed: {detail}"
    try:
        json.loads(outcome.stdout)
    except ValueError:
        excerpt = outcome.stdout.strip()[:_EXCERPT]
        return f"Script tool {name} did not print JSON on stdout: {excerpt!r}"
    return None


class ScriptRuntime(ServerRuntime):
    """Runs `script` servers: no process; a call is a command in the server's sandbox."""

    down_label = "Script server stopped"

    def __init__(self, gw: GatewayState) -> None:
        self.gw = gw
        self._running: set[str] = set()

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        """Mark the server running; its tools are the active version's (none before upload)."""
        self._running.add(launch.server_id)
        return _specs(active_version(self.gw, launch.server_id))

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        """The active version's tools."""
        if server_id not in self._running:
            raise ServerDown("the script server is stopped")
        return _specs(active_version(self.gw, server_id))

    async def stop(self, server_id: str) -> None:
        """Mark the server stopped."""
        self._running.discard(server_id)

    def is_running(self, server_id: str) -> bool:
        """Whether the server was started."""
        return server_id in self._running

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        """Run the tool's script in the server's sandbox (see the module docstring)."""
        if server_id not in self._running:
            raise ServerDown("the script server is stopped")
        version = active_version(self.gw, server_id)
        tool = next((t for t in (version or {}).get("_tools") or [] if t["name"] == name), None)
        if version is None or tool is None:
            return ToolOutcome(None, True, f"Script tool {name!r} is not in the active package")
        server = self.gw.store.get("server", server_id) or {}
        sandbox = self._sandbox(server_id)
        directory = str(version["package_hash"])[:16]
        await self._unpack(sandbox, directory, version)
        metadata = current_metadata()
        env = {
            "MCPGATEWAY_METADATA": json.dumps(metadata or {}),
            "MCPGATEWAY_CONNECTION_DATA": "{}",
            "MCPGATEWAY_TOOL_NAME": name,
        }
        call = Call(
            source_name=str(server.get("name") or server_id),
            tool_name=name,
            metadata=metadata,
            call_id=new_id(),
            failure=lambda outcome: _failure(name, outcome),
        )
        outcome = await run_command(
            self.gw,
            sandbox,
            _command(directory, str(tool["entry"])),
            max(1, math.ceil(timeout)),
            call,
            env=env,
            stdin=json.dumps(dict(arguments)).encode(),
        )
        if outcome.timed_out:
            raise ToolCallTimeout(f"script {name!r} ran out of time")
        problem = _failure(name, outcome)
        if problem is not None:
            return ToolOutcome(None, True, problem)
        return ToolOutcome(json.loads(outcome.stdout))

    def _sandbox(self, server_id: str) -> Document:
        body = {"session_key": f"script-tools:{server_id}", "metadata": {"server_id": server_id}}
        doc, _ = create_sandbox(self.gw, body, "script-tools", workload_class="script_tool")
        return doc

    async def _unpack(self, sandbox: Document, directory: str, version: Document) -> None:
        runtime = require_runtime(self.gw)
        marker = f"/workspace/{_BASE}/{directory}/.complete"
        with contextlib.suppress(FileNotFoundError):
            runtime.read_file(sandbox["id"], marker)
            return
        for path, data in package_files(version).items():
            entry = runtime.write_file(
                sandbox["id"], f"/workspace/{_BASE}/{directory}/{path}", data
            )
            if data.startswith(b"#!"):
                runtime.resolve(sandbox["id"], entry.path).chmod(0o755)
        runtime.write_file(sandbox["id"], marker, b"")


def _add_to_bundles(gw: GatewayState, server_id: str, tool_names: list[str]) -> None:
    """Put the server's new tools into the bundles that already hold tools of it."""
    if not tool_names:
        return
    rows = gw.store.list(BUNDLE_TOOL, lambda r: r.get("server_id") == server_id)
    tools = gw.store.list(
        TOOL, lambda d: d.get("server_id") == server_id and d.get("name") in tool_names
    )
    with gw.store.transaction():
        for bundle_id in sorted({str(r["bundle_id"]) for r in rows}):
            held = {str(r.get("tool_id")) for r in rows if r["bundle_id"] == bundle_id}
            for tool in tools:
                if tool["id"] not in held:
                    gw.store.insert(BUNDLE_TOOL, new_bundle_row(bundle_id, tool, {}))
            bundle = gw.store.get(BUNDLE, bundle_id)
            if bundle is not None:
                bump(gw, bundle)


async def upload_package(
    gw: GatewayState, server_id: str, data: bytes, *, update_bundles: bool
) -> Document:
    """Store a package for a `script` server and sync its tools; the version as sent back."""
    box = Toolbox.of(gw)
    server = box.server(server_id)
    if server.get("type") != SCRIPT_TYPE:
        raise Conflict(
            f"Server '{server.get('name')}' is of type '{server.get('type')}': script-tool "
            f"packages go to servers of type '{SCRIPT_TYPE}'"
        )
    sid = str(server["id"])
    version, reused = store_version(gw, sid, data)
    if box.available(server):
        added = (await box.sync(sid)).added
    else:
        before = {d["name"] for d in box.tool_docs(sid)}
        await box.start(sid)
        added = [d["name"] for d in box.tool_docs(sid) if d["name"] not in before]
    if update_bundles:
        _add_to_bundles(gw, sid, added)
    return render_version(version, reused)


@asynccontextmanager
async def runtime(gw: GatewayState) -> AsyncIterator[ScriptRuntime]:
    """App hook: run `script` servers with a :class:`ScriptRuntime`."""
    scripts = ScriptRuntime(gw)
    gw.runtimes.register(SCRIPT_TYPE, scripts)
    try:
        yield scripts
    finally:
        gw.runtimes.unregister(SCRIPT_TYPE, scripts)
