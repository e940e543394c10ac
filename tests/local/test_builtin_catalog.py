"""builtin/catalog.py: the entries and the README's alias."""

from __future__ import annotations

import sys

from mcpgateway_local.builtin.catalog import BUILTIN_CATALOG, CATALOG_ALIASES, find_entry


def test_catalog_entries() -> None:
    ids = [entry.registry_id for entry in BUILTIN_CATALOG]
    assert ids == ["time", "calculator", "text-tools", "weather"]
    for entry in BUILTIN_CATALOG:
        assert entry.registry == "builtin"
        assert entry.command == sys.executable
        assert entry.args == ("-m", f"mcpgateway_local.builtin.{entry.module.rsplit('.', 1)[1]}")
        assert entry.tools and entry.tags and entry.description and entry.display_name
        assert find_entry("builtin", entry.registry_id) is entry
        assert find_entry("BUILTIN", f" {entry.name.upper()} ") is entry


def test_readme_alias_resolves_to_time() -> None:
    entry = find_entry("npm", "@anthropic/time-mcp")
    assert entry is not None and entry.registry_id == "time"
    assert find_entry("mcp_registry", "@anthropic/time-mcp") is entry
    assert all(find_entry("builtin", target) is not None for target in CATALOG_ALIASES.values())
    assert find_entry("npm", "@anthropic/other") is None
    assert find_entry("builtin", "nope") is None
