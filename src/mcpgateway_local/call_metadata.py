"""The metadata of the tool call being executed (`tools.execute`'s `metadata`), for runtimes that
record it (script tools log it with the call). No Starlette."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["call_metadata", "current_metadata"]

_METADATA: ContextVar[dict[str, str] | None] = ContextVar("call_metadata", default=None)


@contextmanager
def call_metadata(metadata: object) -> Iterator[None]:
    """Run the block with `metadata` (a str -> str mapping; anything else counts as none)."""
    labels = (
        {str(k): str(v) for k, v in metadata.items()} if isinstance(metadata, Mapping) else None
    )
    token = _METADATA.set(labels or None)
    try:
        yield
    finally:
        _METADATA.reset(token)


def current_metadata() -> dict[str, str] | None:
    """The metadata of the call in progress, if any."""
    value = _METADATA.get()
    return dict(value) if value else None
