"""`mcpgateway-local serve`: run the local gateway with uvicorn.

Prints, in this order and flushed: `Data directory: DIR`, the generated key once
(`API key (shown once): ...`, only when no key was given), then
`MCP Gateway (local) ready at http://HOST:PORT` once the socket listens (`--port 0` -> real port).
SIGINT/SIGTERM shut down gracefully (runtimes and children stopped) and exit 0.

The bootstrap key comes from `$MCPGATEWAY_LOCAL_API_KEY` or `--api-key-file` (first line). The
`--api-key` flag still works but warns: a command line is readable by every local user
(`/proc/PID/cmdline`, `ps`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import cast

import uvicorn

from .app import create_app
from .auth import generate_api_key
from .http_limits import header_timeout_protocol
from .settings import API_KEY_ENV, DEFAULT_MAX_BODY_BYTES, Settings, default_data_dir
from .state import GatewayState

READY_LINE = "MCP Gateway (local) ready at "
DATA_DIR_LINE = "Data directory: "
API_KEY_LINE = "API key (shown once): "
API_KEY_FLAG_WARNING = (
    "WARNING: --api-key puts the key in the process list (/proc/PID/cmdline), readable by every "
    f"local user; set ${API_KEY_ENV} or use --api-key-file instead."
)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="mcpgateway-local", description="Local MCP Gateway.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the REST API and MCP endpoint on loopback")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    where = serve.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help=f"default: {default_data_dir()}")
    where.add_argument("--temporary", action="store_true", help="use a throw-away data directory")
    keys = serve.add_mutually_exclusive_group()
    keys.add_argument(
        "--api-key-file",
        type=Path,
        help=f"read the bootstrap admin key from this file (or set ${API_KEY_ENV}); "
        "generated if neither is given",
    )
    keys.add_argument(
        "--api-key",
        help=f"discouraged: visible to every local user in the process list; use ${API_KEY_ENV}",
    )
    serve.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES)
    serve.add_argument("--spec", type=Path, dest="spec_path", help="serve this openapi.json")
    serve.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every JSON response against the spec (development)",
    )
    serve.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    serve.add_argument("--access-log", action="store_true")
    serve.add_argument(
        "--header-timeout", type=float, default=10.0, help="seconds to send a request head"
    )
    serve.add_argument(
        "--mcp-session-idle", type=float, default=300.0, help="idle MCP sessions close after this"
    )
    serve.add_argument(
        "--mcp-sessions-per-key", type=int, default=100, help="open MCP sessions per API key"
    )
    return parser


def given_api_key(args: argparse.Namespace) -> str | None:
    """The key from `--api-key` (with a warning), `--api-key-file` or the environment."""
    if args.api_key:
        print(API_KEY_FLAG_WARNING, file=sys.stderr, flush=True)
        return str(args.api_key)
    if args.api_key_file is not None:
        try:
            lines = args.api_key_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SystemExit(f"Cannot read --api-key-file: {exc.strerror}") from None
        key = lines[0].strip() if lines else ""
        if not key:
            raise SystemExit("--api-key-file is empty")
        return key
    return os.environ.get(API_KEY_ENV) or None


def settings_from_args(args: argparse.Namespace) -> tuple[Settings, bool]:
    """Settings for `serve`, and whether the API key was generated."""
    given = given_api_key(args)
    api_key = given or generate_api_key()
    settings = Settings(
        api_key=api_key,
        host=args.host,
        port=args.port,
        data_dir=None if args.temporary else (args.data_dir or default_data_dir()),
        max_body_bytes=args.max_body_bytes,
        spec_path=args.spec_path,
        validate_responses=args.validate_responses,
        log_level=args.log_level,
        access_log=args.access_log,
        header_timeout=args.header_timeout,
        mcp_session_idle_seconds=args.mcp_session_idle,
        mcp_sessions_per_key=args.mcp_sessions_per_key,
    )
    return settings, not given


async def serve(settings: Settings, show_key: bool) -> int:
    """Run until a signal; print the ready lines once listening. Returns the exit code."""
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        access_log=settings.access_log,
        lifespan="on",
        server_header=False,
        http=header_timeout_protocol(settings.header_timeout),
        proxy_headers=False,
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            await task
            return 1  # startup failed (logged by uvicorn)
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    gw = cast(GatewayState, app.state.gw)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(f"{DATA_DIR_LINE}{gw.data_dir}", flush=True)
    if show_key:
        print(f"{API_KEY_LINE}{settings.api_key}", flush=True)
    print(f"{READY_LINE}http://{host}:{port}", flush=True)
    await task
    return 0


def _exit_cleanly(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mcpgateway-local` and `python -m mcpgateway_local`."""
    args = build_parser().parse_args(argv)
    settings, generated = settings_from_args(args)
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    # uvicorn restores these after its graceful shutdown and re-raises the signal: exit 0 then.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        return asyncio.run(serve(settings, show_key=generated))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
