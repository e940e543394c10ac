"""The `mcpgateway_sdk` logger, the `MCPGATEWAY_LOG` switch, and secret redaction."""

from __future__ import annotations

import logging
import os
from typing import Final

__all__ = ["ENV_LOG", "configure_from_env", "logger", "redact"]

logger: Final = logging.getLogger("mcpgateway_sdk")
REDACTED: Final = "***"
ENV_LOG: Final = "MCPGATEWAY_LOG"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_FORMAT: Final = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


def configure_from_env() -> bool:
    """Send the SDK's log to stderr at the level `MCPGATEWAY_LOG` names (`debug`, `info`,
    `warning`), unless the application configured logging itself. Returns whether it did.

    Nothing happens when the variable is unset or unknown, when the root logger or the SDK's
    logger already has a handler, or on a second call.
    """
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None or logger.handlers or logging.getLogger().handlers:
        return False
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return True


def redact(text: str, secret: str) -> str:
    """`text` with every occurrence of `secret` replaced (no-op for an empty secret)."""
    if secret and secret in text:
        return text.replace(secret, REDACTED)
    return text
