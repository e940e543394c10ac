"""Run-time settings of the local gateway (one immutable value, built by the CLI or by tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
API_KEY_ENV = "MCPGATEWAY_LOCAL_API_KEY"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything `create_app` needs; `data_dir=None` means a temporary directory removed on shutdown."""

    api_key: str
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    spec_path: Path | None = None
    validate_responses: bool = False
    log_level: str = "warning"
    access_log: bool = False
    header_timeout: float = 10.0
    """Seconds a connection may take to send a complete request head."""
    mcp_session_idle_seconds: float = 300.0
    """An MCP session with no request for this long is closed."""
    mcp_sessions_per_key: int = 100
    """Open MCP sessions one API key may hold (more: 429 until one closes or idles out)."""


def default_data_dir() -> Path:
    """The per-user data directory: `$XDG_DATA_HOME/mcpgateway-local` or `~/.local/share/...`."""
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "mcpgateway-local"
