"""Catalog of the built-in MCP servers, plus registry aliases for them.

Every entry has ``registry="builtin"`` and is a ``uvx`` server, as the hosted gateway would show
it: ``{"package": "mcpgateway-local-<id>", "from": "mcpgateway-sdk[local]"}``, a console script of
this distribution (``pyproject.toml``; ``uvx --from "mcpgateway-sdk[local]" mcpgateway-local-time``
runs it anywhere). The local gateway resolves these scripts to the installed module
(:func:`find_script`) and runs ``sys.executable -m <module>`` (``command``/``args``): nothing is
downloaded.
:data:`CATALOG_ALIASES` lets ids from other registries resolve to a built-in server so that the
published README example (``registry="npm", registry_id="@anthropic/time-mcp"``) works offline:

=================  =========================  ============
registry           registry_id                built-in id
=================  =========================  ============
``npm``            ``@anthropic/time-mcp``    ``time``
``mcp_registry``   ``@anthropic/time-mcp``    ``time``
=================  =========================  ============

Lookups ignore case and surrounding whitespace; a built-in entry is also found by its ``name``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

BUILTIN_REGISTRY = "builtin"
BUILTIN_DISTRIBUTION = "mcpgateway-sdk"
"""The distribution whose console scripts the built-in servers are (normalized name)."""
BUILTIN_REQUIREMENT = f"{BUILTIN_DISTRIBUTION}[local]"
"""What a built-in entry's ``config.from`` says (the servers need the ``local`` extra)."""
SCRIPT_PREFIX = "mcpgateway-local-"


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One installable built-in MCP server."""

    registry: str
    registry_id: str
    name: str
    display_name: str
    description: str
    command: str
    args: tuple[str, ...]
    tools: tuple[str, ...]
    tags: tuple[str, ...] = ()
    transport: str = "stdio"
    server_type: str = "uvx"
    category: str | None = None
    version: str = "1.0.0"
    env: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def module(self) -> str:
        """The Python module the server runs (``args`` is ``["-m", module]``)."""
        return self.args[-1]

    @property
    def script(self) -> str:
        """The console script that runs it: the ``uvx`` package (``mcpgateway-local-time``)."""
        return SCRIPT_PREFIX + self.registry_id

    def uvx_config(self, args: list[str], env: Mapping[str, str]) -> dict[str, object]:
        """The ``config`` of a ``uvx`` server running this entry with extra ``args``/``env``."""
        return {
            "package": self.script,
            "from": BUILTIN_REQUIREMENT,
            "args": list(args),
            "env": {**self.env, **env},
        }


def _entry(
    registry_id: str,
    name: str,
    display_name: str,
    module: str,
    description: str,
    tools: tuple[str, ...],
    tags: tuple[str, ...],
    category: str,
) -> CatalogEntry:
    return CatalogEntry(
        registry=BUILTIN_REGISTRY,
        registry_id=registry_id,
        name=name,
        display_name=display_name,
        description=description,
        command=sys.executable,
        args=("-m", f"mcpgateway_local.builtin.{module}"),
        tools=tools,
        tags=tags,
        category=category,
    )


BUILTIN_CATALOG: tuple[CatalogEntry, ...] = (
    _entry(
        "time",
        "time",
        "Time",
        "time_server",
        "Current time in any IANA time zone and conversion of times between zones.",
        ("get_current_time", "convert_time"),
        ("time", "timezone", "clock", "date", "utility"),
        "utilities",
    ),
    _entry(
        "calculator",
        "calculator",
        "Calculator",
        "calculator",
        "Arithmetic (add, subtract, multiply, divide) and safe evaluation of math expressions.",
        ("add", "subtract", "multiply", "divide", "evaluate"),
        ("math", "calculator", "arithmetic", "utility"),
        "utilities",
    ),
    _entry(
        "text-tools",
        "text-tools",
        "Text Tools",
        "text_tools",
        "Text utilities: word count, reverse text, upper case and URL slugs.",
        ("word_count", "reverse_text", "to_upper", "slugify"),
        ("text", "string", "slug", "utility"),
        "utilities",
    ),
    _entry(
        "weather",
        "weather",
        "Weather (demo)",
        "weather",
        "Demo weather: current conditions and forecasts in °C from deterministic sample data (no network).",
        ("get_weather", "get_forecast"),
        ("weather", "forecast", "demo"),
        "demo",
    ),
)

CATALOG_ALIASES: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("npm", "@anthropic/time-mcp"): "time",
        ("mcp_registry", "@anthropic/time-mcp"): "time",
    }
)
"""``(registry, registry_id)`` of another registry -> ``registry_id`` of a built-in entry."""

_BY_ID: Mapping[str, CatalogEntry] = MappingProxyType(
    {entry.registry_id: entry for entry in BUILTIN_CATALOG}
)
_BY_NAME: Mapping[str, CatalogEntry] = MappingProxyType(
    {entry.name: entry for entry in BUILTIN_CATALOG}
)


_BY_SCRIPT: Mapping[str, str] = MappingProxyType(
    {entry.script: entry.module for entry in BUILTIN_CATALOG}
)


def find_script(package: str) -> str | None:
    """The module a built-in console script runs (``mcpgateway-local-time`` -> its module)."""
    return _BY_SCRIPT.get(package.strip().lower())


def find_entry(registry: str, registry_id: str) -> CatalogEntry | None:
    """Return the built-in entry for ``(registry, registry_id)``, following aliases, or ``None``."""
    reg = registry.strip().lower()
    rid = registry_id.strip().lower()
    if reg == BUILTIN_REGISTRY:
        return _BY_ID.get(rid) or _BY_NAME.get(rid)
    alias = CATALOG_ALIASES.get((reg, rid))
    return _BY_ID.get(alias) if alias is not None else None
