"""Call metadata for `tools.execute`: `MCPGATEWAY_METADATA` merged with the caller's, at most 20
keys (the published 0.61 rule), and `MCPGATEWAY_CONNECTION_DATA` for `gw.connection_data`.

Inside a sandbox the gateway sets both variables for a script tool: the outer call's correlation
labels (`conversation_id`, ...) and the connection's non-secret settings. Both are read once, when
the client is built; neither read ever raises.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, Final

from ._logging import logger

__all__ = [
    "MAX_METADATA_KEYS",
    "TRUNCATED_KEY",
    "env_connection_data",
    "env_metadata",
    "merge_metadata",
]

MAX_METADATA_KEYS: Final = 20
TRUNCATED_KEY: Final = "_metadata_truncated"
ENV_METADATA: Final = "MCPGATEWAY_METADATA"
ENV_CONNECTION_DATA: Final = "MCPGATEWAY_CONNECTION_DATA"


def _env_object(name: str) -> dict[str, Any]:
    """The environment variable as a JSON object; `{}` when unset, empty, invalid or not an object."""
    raw = os.environ.get(name, "")
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        logger.debug("%s is not valid JSON; ignored", name)
        return {}
    return value if isinstance(value, dict) else {}


def env_metadata() -> dict[str, str]:
    """`MCPGATEWAY_METADATA`: only its entries whose key and value are both strings."""
    return {
        key: value
        for key, value in _env_object(ENV_METADATA).items()
        if isinstance(key, str) and isinstance(value, str)
    }


def env_connection_data() -> dict[str, Any]:
    """`MCPGATEWAY_CONNECTION_DATA`: the whole JSON object, values of any type."""
    return _env_object(ENV_CONNECTION_DATA)


def merge_metadata(
    inherited: Mapping[str, str], explicit: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The metadata one call sends: every inherited key (the caller's value wins on a clash),
    then the caller's other keys in sorted order while there is room, never more than 20.

    The reserved `_metadata_truncated` is dropped from both inputs and set to `"true"` when a
    caller key had to be left out and a slot is free. More than 20 inherited keys keep the first
    19 (sorted) plus the flag. Values are not checked here: the gateway judges them.
    """
    ours = {k: v for k, v in inherited.items() if k != TRUNCATED_KEY}
    theirs = {k: v for k, v in (explicit or {}).items() if k != TRUNCATED_KEY}
    merged: dict[str, Any] = {key: theirs.get(key, ours[key]) for key in sorted(ours, key=str)}
    if len(merged) > MAX_METADATA_KEYS:
        logger.warning(
            "MCPGATEWAY_METADATA has %d keys; sending the first %d and %s",
            len(merged),
            MAX_METADATA_KEYS - 1,
            TRUNCATED_KEY,
        )
        kept = dict(list(merged.items())[: MAX_METADATA_KEYS - 1])
        kept[TRUNCATED_KEY] = "true"
        return kept
    extra = [key for key in sorted(theirs, key=str) if key not in merged]
    all_fit = len(merged) + len(extra) <= MAX_METADATA_KEYS
    room = MAX_METADATA_KEYS if all_fit else MAX_METADATA_KEYS - 1
    for key in extra[: max(room - len(merged), 0)]:
        merged[key] = theirs[key]
    if not all_fit:
        if len(merged) < MAX_METADATA_KEYS:
            merged[TRUNCATED_KEY] = "true"
        else:
            logger.warning(
                "metadata: the inherited keys fill all %d slots; %d caller key(s) dropped",
                MAX_METADATA_KEYS,
                len(extra),
            )
    return merged
