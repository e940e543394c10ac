"""Entry points of the local gateway that work without the `[local]` extra installed.

The base wheel ships `mcpgateway_local`, but serving needs starlette, uvicorn, mcp, jsonschema and
python-multipart. `mcpgateway-local` (this module's `main`), `run_local_gateway` and the pytest
plugin check for them first and fail with one line naming `pip install "mcpgateway-sdk[local]"`
instead of a bare `ModuleNotFoundError`. Standard library only.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

__all__ = ["INSTALL_HINT", "LocalExtraMissingError", "main", "missing_modules", "require_local"]

INSTALL_HINT = 'pip install "mcpgateway-sdk[local]"'
# import name -> distribution, for the message
REQUIRED = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "mcp": "mcp",
    "jsonschema": "jsonschema",
    "multipart": "python-multipart",
}


class LocalExtraMissingError(ImportError):
    """The local gateway's dependencies (the `[local]` extra) are not installed."""


def missing_modules() -> list[str]:
    """Distributions of the `[local]` extra that cannot be imported, in a stable order."""
    return [dist for name, dist in REQUIRED.items() if importlib.util.find_spec(name) is None]


def require_local() -> None:
    """Raise `LocalExtraMissingError` (one line naming the install command) if the extra is missing."""
    missing = missing_modules()
    if missing:
        raise LocalExtraMissingError(
            f"the local gateway needs the [local] extra ({', '.join(missing)} missing): "
            f"{INSTALL_HINT}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """The `mcpgateway-local` script: check the extra, then run `mcpgateway_local.cli`."""
    try:
        require_local()
    except LocalExtraMissingError as exc:
        print(f"mcpgateway-local: {exc}", file=sys.stderr)
        return 1
    from .cli import main as cli_main

    return cli_main(argv)
