"""One function per `mcpgateway` command: arguments in, `Output` back (no printing here)."""

from __future__ import annotations

import argparse
import json
import shlex
import uuid
from typing import Any

from .._exceptions import NotFoundError
from .._sync.client import MCPGatewaySync
from . import exit_codes
from ._output import Output, to_json_data
from ._paging import all_servers

__all__ = ["parse_json_object", "parse_json_value"]

SERVER_COLUMNS = ("id", "name", "type", "status", "tool_count")
HEALTH_COLUMNS = ("server_name", "previous_status", "current_status", "message")


def parse_json_object(text: str) -> dict[str, Any]:
    """`--args`: a JSON object, else `argparse.ArgumentTypeError`."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc.msg}): {text!r}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"must be a JSON object like '{{\"a\": 1}}': {text!r}")
    return value


def parse_json_value(text: str) -> Any:
    """A cache value: JSON when it parses (`42`, `true`, `{"a": 1}`), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _server_id(gw: MCPGatewaySync, ref: str) -> str:
    """A server id, from an id or an exact server name."""
    try:
        return str(uuid.UUID(ref))
    except ValueError:
        pass
    for server in all_servers(gw, search=ref):
        if server.name == ref:
            return str(server.id)
    raise NotFoundError(f"no server named {ref!r}", method="GET", path="/api/v1/servers")


def health(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """The gateway's `/health`."""
    return Output(gw.health())


def servers_list(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Every server (all pages)."""
    found = all_servers(gw, search=args.search, status=args.status)
    return Output(to_json_data(list(found)), SERVER_COLUMNS)


def servers_get(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """One server, by id or name."""
    return Output(to_json_data(gw.servers.get(_server_id(gw, args.server))))


def servers_start(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Start a server."""
    return Output(to_json_data(gw.servers.start(_server_id(gw, args.server))))


def servers_stop(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Stop a server."""
    return Output(to_json_data(gw.servers.stop(_server_id(gw, args.server))))


def servers_import(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Create a server from a catalog entry, and start it with `--start`."""
    server = gw.servers.import_from_catalog(args.registry, args.registry_id, args.name)
    if args.start:
        gw.servers.start(server.id)
        server = gw.servers.get(server.id)
    return Output(to_json_data(server))


def catalog_search(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Catalog entries matching a query."""
    entries = to_json_data(gw.servers.catalog_search(args.query))
    return Output(entries, ("registry", "registry_id", "name", "description"))


def tools_search(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Ranked tools for a query."""
    found = gw.tools.search(args.query, args.limit, session_id=args.session)
    return Output(to_json_data(found), ("server_name", "tool_name", "score", "description"))


def tools_execute(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Run a tool; a tool-level error exits 1."""
    result = gw.tools.execute(
        args.name, args.args, server_name=args.server, session_id=args.session
    )
    data = to_json_data(result)
    if result.error:
        return Output(data, text="", exit_code=exit_codes.FAILED, errors=(str(result.error),))
    value = result.result
    text = (
        value
        if isinstance(value, str)
        else json.dumps(value, indent=2, default=str, ensure_ascii=False)
    )
    return Output(data, text=text)


def sessions_create(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """A session, optionally scoped to allowed / denied tool names (patterns with `*`)."""
    session = gw.sessions.create(
        server_id=args.server_id,
        allowed_tool_names=args.allow or None,
        denied_tool_names=args.deny or None,
    )
    return Output(to_json_data(session))


def sessions_list(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Sessions (active ones unless `--all`)."""
    found = gw.sessions.list(include_inactive=args.all)
    columns = ("id", "is_active", "expires_at", "allowed_tool_names", "denied_tool_names")
    return Output(to_json_data(found), columns)


def sessions_delete(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """End a session (`--hard` removes it)."""
    gw.sessions.delete(args.session_id, hard_delete=args.hard)
    return Output({"deleted": args.session_id}, text=f"deleted session {args.session_id}")


def sandboxes_list(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Sandboxes."""
    found = to_json_data(gw.sandboxes.list())
    return Output(found, ("id", "status", "image", "exec_count", "created_at"))


def sandboxes_create(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """A new sandbox."""
    return Output(to_json_data(gw.sandboxes.create(image=args.image)))


def sandboxes_exec(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Run a shell command in a sandbox; its stdout and stderr pass through; non-zero exits 1."""
    command = args.command[0] if len(args.command) == 1 else shlex.join(args.command)
    result = gw.sandboxes.exec(args.sandbox_id, command, timeout=args.exec_timeout)
    failed = result.exit_code != 0
    stdout = result.stdout if isinstance(result.stdout, str) else ""
    stderr = result.stderr if isinstance(result.stderr, str) else ""
    errors = [stderr.rstrip("\n")] if stderr else []
    if failed:
        errors.append(f"command exited with {result.exit_code}")
    return Output(
        to_json_data(result),
        text=stdout.rstrip("\n"),
        exit_code=exit_codes.FAILED if failed else exit_codes.OK,
        errors=errors,
    )


def cache_get(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """A cached value; a missing or expired key exits 4."""
    value = gw.cache.get(args.key)
    if value is None:
        return Output(
            {"key": args.key, "value": None},
            text="",
            exit_code=exit_codes.NOT_FOUND,
            errors=(f"no value for key {args.key!r}",),
        )
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return Output({"key": args.key, "value": value}, text=text)


def cache_set(gw: MCPGatewaySync, args: argparse.Namespace) -> Output:
    """Store a value for `--ttl` seconds."""
    gw.cache.set(args.key, args.value, ttl=args.ttl)
    data = {"key": args.key, "value": args.value, "ttl": args.ttl}
    return Output(data, text=f"set {args.key!r} for {args.ttl} s")
