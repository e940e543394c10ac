"""Public helper types."""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """Marks an argument that was not passed, where `None` has a meaning of its own.

    `gw.sessions.update(sid, allowed_tool_names=None)` clears the list; leaving the argument out
    (its default is `NOT_GIVEN`) leaves it unchanged.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
