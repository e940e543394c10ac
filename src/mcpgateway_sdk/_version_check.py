"""Compare the SDK's version with the gateway's (`GET /health`), warning on a mismatch."""

from __future__ import annotations

import re
import warnings
from typing import Final

from ._logging import logger
from ._version import __version__

__all__ = ["warn_on_version_mismatch"]

_MAJOR_MINOR: Final = re.compile(r"^\s*v?(\d+)\.(\d+)")


def _major_minor(version: str) -> tuple[int, int] | None:
    match = _MAJOR_MINOR.match(version)
    return (int(match.group(1)), int(match.group(2))) if match else None


def warn_on_version_mismatch(health: object, sdk_version: str = __version__) -> None:
    """Warn (`UserWarning`) when the gateway's major.minor differs from the SDK's.

    `health` is the decoded `/health` body, whatever it is: anything unexpected is ignored.
    """
    if not isinstance(health, dict):
        logger.debug("version check skipped: /health did not return a JSON object")
        return
    server_version = health.get("version")
    if not isinstance(server_version, str) or not server_version.strip():
        logger.debug("version check skipped: /health has no version")
        return
    ours, theirs = _major_minor(sdk_version), _major_minor(server_version)
    if ours is None or theirs is None:
        logger.debug("version check skipped: unparseable version %r", server_version[:40])
        return
    if ours != theirs:
        message = (
            f"SDK version {sdk_version} does not match server version {server_version[:40]}.\n"
            "Update with: pip install --upgrade mcpgateway-sdk"
        )
        logger.warning(message)
        warnings.warn(message, UserWarning, stacklevel=4)
