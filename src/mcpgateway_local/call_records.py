"""Tool-call records: each REST `tools/execute` call with the caller's `metadata` (the 0.61
correlation labels: at most 20 string keys, `_metadata_truncated` reserved for the SDK's flag).

Stored as `tool_call` documents: {id, tool_name, qualified_name, server_id, status (`success` |
`error`), error, duration_ms, metadata, created_at}. No arguments or results are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .domain_errors import Invalid
from .records import new_id, now_iso
from .state import GatewayState
from .tool_values import Execution

__all__ = ["TOOL_CALL", "check_metadata", "record_call"]

TOOL_CALL: Final = "tool_call"
MAX_KEYS: Final = 20
MAX_KEY_LENGTH: Final = 128
MAX_VALUE_LENGTH: Final = 1024
TRUNCATED_KEY: Final = "_metadata_truncated"


def check_metadata(metadata: object) -> dict[str, str]:
    """The call metadata, checked: an object of at most 20 string keys (1-128 characters) with
    string values (at most 1024); the reserved `_metadata_truncated` may only be `"true"`."""
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise Invalid(["body", "metadata"], "must be an object of strings")
    if len(metadata) > MAX_KEYS:
        raise Invalid(["body", "metadata"], f"at most {MAX_KEYS} keys, got {len(metadata)}")
    problems: list[Invalid] = []
    for key, value in metadata.items():
        where = ["body", "metadata", str(key)[:MAX_KEY_LENGTH]]
        if not isinstance(key, str) or not 1 <= len(key) <= MAX_KEY_LENGTH:
            problems.append(Invalid(where, f"keys are 1-{MAX_KEY_LENGTH} characters"))
        elif not isinstance(value, str) or len(value) > MAX_VALUE_LENGTH:
            problems.append(Invalid(where, f"values are strings of at most {MAX_VALUE_LENGTH}"))
        elif key == TRUNCATED_KEY and value != "true":
            problems.append(Invalid(where, f"{TRUNCATED_KEY} is reserved; only 'true' is accepted"))
    if problems:
        raise Invalid.combined(problems)
    return dict(metadata)


def record_call(gw: GatewayState, execution: Execution, metadata: Mapping[str, str]) -> None:
    """Store one finished call with its metadata."""
    gw.store.insert(
        TOOL_CALL,
        {
            "id": new_id(),
            "tool_name": execution.tool_name,
            "qualified_name": execution.qualified_name,
            "server_id": execution.server_id,
            "status": "error" if execution.error is not None else "success",
            "error": execution.error,
            "duration_ms": execution.duration_ms,
            "metadata": dict(metadata),
            "created_at": now_iso(),
        },
    )
