"""The seam between the toolbox and the server types that run tools.

A server ``type`` whose tools run somewhere (``stdio`` children, a ``remote`` MCP server, tools
generated from an HTTP API, ...) plugs in a :class:`ServerRuntime`: start a server (returning
its tools), list them again, call one, stop it, say whether it is up. The toolbox keeps the
documents, statuses and the tool index; it asks the runtime registered for the server's type
(:class:`RuntimeRegistry`, ``gw.runtimes``) for everything that runs. ``local`` servers have no
runtime (their tools are only definitions).

A runtime module registers itself in its app hook (``runtime(gw)``, see ``app.RUNTIME_MODULES``)
with ``gw.runtimes.register(type, runtime)`` and unregisters at shutdown. A runtime whose servers
change state on their own (a crash, an automatic restart) reports it with
``gw.runtimes.notify(server_id, state, reason, tools)``; the toolbox mirrors it in the server's
``status`` / ``last_error``.

No Starlette; the runtime errors below are what the toolbox catches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

__all__ = [
    "Credential",
    "RuntimeEvent",
    "RuntimeRegistry",
    "ServerConfigError",
    "ServerDown",
    "ServerLaunch",
    "ServerRuntime",
    "ServerRuntimeError",
    "ServerStartError",
    "StateListener",
    "ToolCallTimeout",
    "ToolOutcome",
    "ToolSpec",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool as its server lists it."""

    name: str
    description: str
    input_schema: dict[str, Any]
    hints: Mapping[str, str] = field(default_factory=dict)
    """`use_when` / `returns` / `usage_hints` from the tool's MCP `_meta` (`tool_hints`)."""


@dataclass(frozen=True, slots=True)
class ToolOutcome:
    """The result of a tool call.

    ``result`` is the structured content when the server sent some, else the text content (one
    text block -> ``str``, several -> ``list``; non-text blocks appear as JSON dicts). For tool
    errors ``is_error`` is true, ``result`` is ``None`` and ``error`` holds the server's text.
    """

    result: Any
    is_error: bool = False
    error: str | None = None


class ServerRuntimeError(Exception):
    """Base class of the errors a runtime raises."""


class ServerConfigError(ServerRuntimeError):
    """The server's settings cannot be used by this runtime (reported as "cannot be started")."""


class ServerStartError(ServerRuntimeError):
    """The server was tried but did not come up (reported as "failed to start")."""


class ServerDown(ServerRuntimeError):
    """The server is not running (never started, stopped, or it went away)."""


class ToolCallTimeout(ServerRuntimeError, TimeoutError):
    """A tool call did not answer within its timeout (the request was cancelled)."""


@dataclass(frozen=True, slots=True)
class Credential:
    """A secret stored for a server (``value`` never appears in a repr)."""

    name: str
    value: str = field(repr=False)
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class ServerLaunch:
    """What a runtime gets to start a server: its document's fields and its credentials."""

    server_id: str
    name: str
    type: str
    config: Mapping[str, Any]
    credentials: tuple[Credential, ...] = ()
    start_timeout: float | None = None
    """Seconds the start may take (``config.start_timeout``); None: the runtime's default."""


RuntimeEvent = Literal["restarting", "running", "failed"]
"""A state change a runtime reports on its own: restarting after a crash, back up (with its
tools), or given up."""
StateListener = Callable[[str, RuntimeEvent, "str | None", "list[ToolSpec]"], None]
"""Called as ``listener(server_id, event, reason, tools)``."""


class ServerRuntime(Protocol):
    """What a server type provides to run its servers' tools (one instance per type or types).

    Subclass it to inherit the defaults of :meth:`ping`, :meth:`restarting` and
    :meth:`down_reason`. Server ids are the canonical ids of the server documents.
    """

    down_label: str
    """How a server that went away is described in its status (e.g. "Server process died")."""

    async def start(self, launch: ServerLaunch) -> list[ToolSpec]:
        """Start (or restart) the server and return its tools.

        Raises :class:`ServerConfigError` when its settings cannot be used and
        :class:`ServerStartError` when it does not come up.
        """
        ...

    async def list_tools(self, server_id: str) -> list[ToolSpec]:
        """List the tools of a running server again; :class:`ServerDown` when it is not up."""
        ...

    async def call_tool(
        self, server_id: str, name: str, arguments: Mapping[str, Any], timeout: float
    ) -> ToolOutcome:
        """Call tool ``name`` (its original name); tool failures come back as an error outcome.

        Raises :class:`ServerDown` when the server is not running or goes away, and
        :class:`ToolCallTimeout` when no answer arrives within ``timeout`` seconds.
        """
        ...

    async def stop(self, server_id: str) -> None:
        """Stop the server (a no-op when it is not running)."""
        ...

    def is_running(self, server_id: str) -> bool:
        """Whether the server is up and its tools can be called."""
        ...

    async def ping(self, server_id: str, timeout: float) -> bool:
        """Whether the server answers now (default: whether it is running)."""
        return self.is_running(server_id)

    def restarting(self, server_id: str) -> bool:
        """Whether the runtime is bringing the server back on its own (default: never)."""
        return False

    def down_reason(self, server_id: str) -> str:
        """Why the server is not running, for its status (default: a generic reason)."""
        return "the server is not running"


class RuntimeRegistry:
    """The runtimes by server ``type`` (``gw.runtimes``) and the listeners of their events."""

    def __init__(self) -> None:
        self._by_type: dict[str, ServerRuntime] = {}
        self.listeners: list[StateListener] = []
        """Told about the runtimes' own state changes (see :data:`StateListener`)."""

    def register(self, server_type: str, runtime: ServerRuntime) -> None:
        """Run servers of ``server_type`` with ``runtime`` (ValueError if another one does)."""
        current = self._by_type.get(server_type)
        if current is not None and current is not runtime:
            raise ValueError(f"servers of type {server_type!r} already have a runtime")
        self._by_type[server_type] = runtime

    def unregister(self, server_type: str, runtime: ServerRuntime | None = None) -> None:
        """Forget the runtime of ``server_type`` (only ``runtime``, when given)."""
        if runtime is None or self._by_type.get(server_type) is runtime:
            self._by_type.pop(server_type, None)

    def get(self, server_type: object) -> ServerRuntime | None:
        """The runtime of a server type, or None."""
        return self._by_type.get(server_type) if isinstance(server_type, str) else None

    def types(self) -> list[str]:
        """The server types that have a runtime, sorted."""
        return sorted(self._by_type)

    def notify(
        self, server_id: str, event: RuntimeEvent, reason: str | None, tools: list[ToolSpec]
    ) -> None:
        """Tell every listener about a runtime's own state change (listener errors are logged)."""
        for listener in list(self.listeners):
            try:
                listener(server_id, event, reason, tools)
            except Exception:
                logger.exception("runtime listener failed for server %r", server_id)
