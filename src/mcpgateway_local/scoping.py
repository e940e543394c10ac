"""Session tool scoping: which qualified tool names a session may see and call.

A qualified tool name is ``server__tool``. Server names may not contain ``__`` nor start or end
with ``_`` (:func:`server_name_problem`), so splitting on the *first* ``__`` is unambiguous
(``calc___add`` can only be server ``calc``, tool ``_add``). Scope checks compare (server, tool)
pairs (:meth:`ToolScope.permits_tool`), never string prefixes. Scope entries are one of:

* ``server__tool`` -- exactly that tool;
* ``SERVER__*`` -- every tool of that server;
* ``*`` -- every tool.

Rules:

* ``allowed=None`` allows every tool; ``allowed=[]`` allows none.
* Deny wins over allow, so a deny entry carves an exception out of an allow
  wildcard: allow ``["HOTSPOT__*"]`` + deny ``["HOTSPOT__internal_debug"]``
  permits every HOTSPOT tool except ``internal_debug``.
* The **server part is compared case-insensitively** (``hotspot__*`` and
  ``HOTSPOT__*`` are the same entry): server prefixes are shown upper-cased by
  gateways while people type them either way, and matching deny entries
  loosely can only remove access, never add a surprise grant to another
  server's tools. The **tool part is case-sensitive**, as MCP tool names are.
* No other ``*`` is allowed (no glob patterns). Entries that are neither a
  qualified name (with a valid server name) nor a wildcard never match;
  :func:`invalid_scope_entries` lists them so callers can reject them up front.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "SEPARATOR",
    "WILDCARD",
    "ToolScope",
    "invalid_scope_entries",
    "qualify",
    "server_name_problem",
    "split_qualified",
]

SEPARATOR = "__"
WILDCARD = "*"


def split_qualified(name: str) -> tuple[str, str] | None:
    """Split ``server__tool`` on the first ``__``; ``None`` if either part is empty."""
    server, sep, tool = name.partition(SEPARATOR)
    if not sep or not server or not tool:
        return None
    return server, tool


def server_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a server name (None when it can): names must qualify unambiguously."""
    if SEPARATOR in name:
        return "Server names may not contain '__' (it separates server and tool names)"
    if name.startswith("_") or name.endswith("_"):
        return (
            "Server names may not start or end with '_' (server__tool must split in one way only)"
        )
    if name != name.strip():
        return "Server names may not start or end with whitespace"
    return None


def qualify(server: str, tool: str) -> str:
    """Join a server name and a tool name into ``server__tool``."""
    return f"{server}{SEPARATOR}{tool}"


def _server_key(server: str) -> str:
    return server.casefold()


def invalid_scope_entries(entries: Iterable[str]) -> list[str]:
    """Return the entries that can never match anything (for validation)."""
    return [e for e in entries if e != WILDCARD and _entry_parts(e) is None]


def _entry_parts(entry: str) -> tuple[str, str] | None:
    parts = split_qualified(entry)
    if parts is None or server_name_problem(parts[0]) is not None:
        return None
    if WILDCARD in parts[1] and parts[1] != WILDCARD:
        return None
    return parts


class _Matcher:
    """Pre-compiled set of scope entries."""

    __slots__ = ("everything", "servers", "tools")

    def __init__(self, entries: Iterable[str]) -> None:
        self.everything = False
        self.servers: set[str] = set()
        self.tools: set[tuple[str, str]] = set()
        for entry in entries:
            if entry == WILDCARD:
                self.everything = True
                continue
            parts = _entry_parts(entry)
            if parts is None:
                continue
            server, tool = parts
            if tool == WILDCARD:
                self.servers.add(_server_key(server))
            else:
                self.tools.add((_server_key(server), tool))

    def matches(self, parts: tuple[str, str] | None) -> bool:
        if self.everything:
            return True
        if parts is None:
            return False
        server = _server_key(parts[0])
        return server in self.servers or (server, parts[1]) in self.tools


class ToolScope:
    """Allow/deny lists over qualified tool names; see the module docstring."""

    __slots__ = ("_allow", "_deny", "allowed", "denied")

    def __init__(self, allowed: list[str] | None = None, denied: list[str] | None = None) -> None:
        self.allowed: list[str] | None = None if allowed is None else list(allowed)
        self.denied: list[str] | None = None if denied is None else list(denied)
        self._allow = None if allowed is None else _Matcher(allowed)
        self._deny = _Matcher(denied or ())

    @property
    def is_unrestricted(self) -> bool:
        """True when every tool is permitted (no allow list, empty deny list)."""
        return self._allow is None and not self.denied

    def permits(self, qualified_name: str) -> bool:
        """Whether ``qualified_name`` (``server__tool``) is in scope."""
        return self._permits(split_qualified(qualified_name))

    def permits_tool(self, server: str, tool: str) -> bool:
        """Whether ``tool`` of server ``server`` is in scope (the check the gateway uses)."""
        return self._permits((server, tool))

    def _permits(self, parts: tuple[str, str] | None) -> bool:
        if self._deny.matches(parts):
            return False
        return self._allow is None or self._allow.matches(parts)

    def __call__(self, qualified_name: str) -> bool:
        """Alias of :meth:`permits`, so a scope can be passed as a predicate."""
        return self.permits(qualified_name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ToolScope):
            return NotImplemented
        return self.allowed == other.allowed and self.denied == other.denied

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ToolScope(allowed={self.allowed!r}, denied={self.denied!r})"
