"""The `mcpgateway_sdk` logger and secret redaction."""

from __future__ import annotations

import logging
from typing import Final

__all__ = ["logger", "redact"]

logger: Final = logging.getLogger("mcpgateway_sdk")
REDACTED: Final = "***"


def redact(text: str, secret: str) -> str:
    """`text` with every occurrence of `secret` replaced (no-op for an empty secret)."""
    if secret and secret in text:
        return text.replace(secret, REDACTED)
    return text
