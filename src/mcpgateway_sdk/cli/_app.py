"""The `mcpgateway` parser and entry point: parse, run one command on `MCPGatewaySync`, print."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .._exceptions import GatewayError
from .._sync.client import MCPGatewaySync
from .._version import __version__
from . import _commands as c
from . import exit_codes
from ._output import Output, render

__all__ = ["build_parser", "main"]

Handler = Callable[[MCPGatewaySync, argparse.Namespace], Output]


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """`--url`, `--api-key`, `--timeout`, `--json`: accepted before and after the command."""
    keep: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "--url", help="gateway URL (default: $MCPGATEWAY_URL or http://localhost:8000)", **keep
    )
    parser.add_argument(
        "--api-key", help="API key (default: $MCPGATEWAY_TOKEN; prefer the variable)", **keep
    )
    parser.add_argument("--timeout", type=float, help="seconds per request (default 30)", **keep)
    parser.add_argument(
        "--json",
        action="store_true",
        dest="as_json",
        help="print JSON for scripts instead of tables",
        **({"default": False} if top else keep),
    )


class _Tree:
    """Builds `group command` sub-parsers that share the global options."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self._groups = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)

    def command(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        """A top-level command such as `health`."""
        sub = self._groups.add_parser(name, help=help, description=help)
        _global_options(sub, top=False)
        sub.set_defaults(handler=handler)
        return sub

    def group(self, name: str, help: str) -> Callable[[str, Handler, str], Any]:
        """A group such as `servers`; returns a function adding its commands."""
        sub = self._groups.add_parser(name, help=help, description=help)
        actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)

        def add(action: str, handler: Handler, help: str) -> argparse.ArgumentParser:
            leaf = actions.add_parser(action, help=help, description=help)
            _global_options(leaf, top=False)
            leaf.set_defaults(handler=handler)
            return leaf

        return add


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="mcpgateway",
        description="MCP Gateway from the command line (exit codes: 0 ok, 1 failed, 2 usage, "
        "3 auth, 4 not found, 5 rejected, 6 server error, 7 connection).",
    )
    parser.add_argument("--version", action="version", version=f"mcpgateway {__version__}")
    _global_options(parser, top=True)
    tree = _Tree(parser)
    tree.command("health", c.health, "the gateway's health and version")

    servers = tree.group("servers", "MCP servers")
    add = servers("list", c.servers_list, "list servers (all pages)")
    add.add_argument("--search")
    add.add_argument("--status", help="running, stopped, pending, error")
    for action, handler, what in (
        ("get", c.servers_get, "show a server"),
        ("start", c.servers_start, "start a server"),
        ("stop", c.servers_stop, "stop a server"),
    ):
        servers(action, handler, what).add_argument("server", help="server id or name")
    add = servers("import", c.servers_import, "create a server from a catalog entry")
    add.add_argument("registry", help="catalog registry, e.g. builtin")
    add.add_argument("registry_id", help="entry id in that registry, e.g. calculator")
    add.add_argument("name", help="name of the new server (tool prefix)")
    add.add_argument("--start", action="store_true", help="start it too")

    catalog = tree.group("catalog", "the server catalog")
    catalog("search", c.catalog_search, "search catalog entries").add_argument("query", nargs="?")

    tools = tree.group("tools", "tool search and execution")
    add = tools("search", c.tools_search, "ranked tools for a query")
    add.add_argument("query")
    add.add_argument("--limit", type=int, default=5)
    add.add_argument("--session", help="scope to this session's tools")
    add = tools("execute", c.tools_execute, "run a tool")
    add.add_argument("name", help="tool name, e.g. weather__get_weather")
    add.add_argument("--args", type=c.parse_json_object, default={}, help="JSON object")
    add.add_argument("--server", help="server name, when NAME is not qualified")
    add.add_argument("--session", help="run within this session's scope")

    sessions = tree.group("sessions", "sessions with scoped tools")
    add = sessions("create", c.sessions_create, "create a session")
    add.add_argument("--allow", action="append", help="allowed tool name or pattern (repeat)")
    add.add_argument("--deny", action="append", help="denied tool name or pattern (repeat)")
    add.add_argument("--server-id")
    sessions("list", c.sessions_list, "list sessions").add_argument(
        "--all", action="store_true", help="include inactive ones"
    )
    add = sessions("delete", c.sessions_delete, "end a session")
    add.add_argument("session_id")
    add.add_argument("--hard", action="store_true", help="remove it instead of deactivating")

    sandboxes = tree.group("sandboxes", "sandboxes")
    sandboxes("list", c.sandboxes_list, "list sandboxes")
    sandboxes("create", c.sandboxes_create, "create a sandbox").add_argument(
        "--image", default="python:3.12"
    )
    add = sandboxes("exec", c.sandboxes_exec, "run a shell command in a sandbox")
    add.add_argument("sandbox_id")
    add.add_argument("command", nargs="+", help="a command line (quote it, or put it after --)")
    add.add_argument(
        "--exec-timeout", type=int, default=30, help="seconds the command may run (default 30)"
    )

    cache = tree.group("cache", "the key/value cache")
    cache("get", c.cache_get, "read a value").add_argument("key")
    add = cache("set", c.cache_set, "store a value")
    add.add_argument("key")
    add.add_argument("value", type=c.parse_json_value, help="JSON, or else taken as text")
    add.add_argument("--ttl", type=int, default=300, help="seconds (default 300)")
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run one command; returns the exit code (see `mcpgateway_sdk.cli.exit_codes`)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else exit_codes.USAGE
    try:
        client = MCPGatewaySync(
            api_key=args.api_key, url=args.url, timeout=args.timeout, check_version=False
        )
    except (TypeError, ValueError) as exc:
        print(f"mcpgateway: error: {exc}", file=err)
        return exit_codes.USAGE
    try:
        handler: Handler = args.handler
        with client:
            output = handler(client, args)
    except GatewayError as exc:
        print(f"mcpgateway: error: {exc}", file=err)
        return exit_codes.for_error(exc)
    except (TypeError, ValueError) as exc:
        print(f"mcpgateway: error: {exc}", file=err)
        return exit_codes.USAGE
    render(output, as_json=args.as_json, out=out, err=err)
    return output.exit_code
