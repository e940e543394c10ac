"""Base class of every async resource namespace."""

from __future__ import annotations

from .._http import AsyncHTTPCore

__all__ = ["AsyncResource"]


class AsyncResource:
    """Holds the client's HTTP core; subclasses add one method per gateway operation."""

    __slots__ = ("_core",)

    def __init__(self, core: AsyncHTTPCore) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._core.config.base_url}>"
