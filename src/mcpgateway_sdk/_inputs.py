"""Request fields from typed keyword parameters: `NOT_GIVEN` ones are left out of the body."""

from __future__ import annotations

from typing import Any

from ._types import NotGiven

__all__ = ["given"]


def given(**fields: Any) -> dict[str, Any]:
    """The fields that were passed (`None` included: it is sent as JSON `null`)."""
    return {name: value for name, value in fields.items() if not isinstance(value, NotGiven)}
