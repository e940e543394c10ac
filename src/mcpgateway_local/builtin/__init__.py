"""Built-in MCP servers shipped with the local gateway.

Each module is a small stdio MCP server written with ``MCPServer`` and runnable as
``python -m mcpgateway_local.builtin.<name>``; :mod:`.catalog` describes them for the
gateway's server catalog. They are also console scripts of this distribution
(``mcpgateway-local-time``, ...: the ``run_*`` functions below), so the catalog shows them as
ordinary ``uvx`` packages: ``uvx --from "mcpgateway-sdk[local]" mcpgateway-local-time``.
"""

from __future__ import annotations

import importlib.util
import runpy
import sys

__all__ = ["run_calculator", "run_text_tools", "run_time", "run_weather"]


def _serve(module: str) -> int:
    """Run one built-in server over stdio; 1 with one line when `mcp` (the extra) is missing."""
    if importlib.util.find_spec("mcp") is None:
        print(
            f'{module}: the built-in servers need the [local] extra: pip install "mcpgateway-sdk[local]"',
            file=sys.stderr,
        )
        return 1
    runpy.run_module(f"{__name__}.{module}", run_name="__main__")
    return 0


def run_time() -> int:
    """The `mcpgateway-local-time` script."""
    return _serve("time_server")


def run_calculator() -> int:
    """The `mcpgateway-local-calculator` script."""
    return _serve("calculator")


def run_text_tools() -> int:
    """The `mcpgateway-local-text-tools` script."""
    return _serve("text_tools")


def run_weather() -> int:
    """The `mcpgateway-local-weather` script."""
    return _serve("weather")
