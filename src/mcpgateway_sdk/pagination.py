"""Public page types, for annotations: `AsyncPage` (async client) and `Page` (sync client)."""

from ._async._pages import AsyncPage
from ._sync._pages import Page

__all__ = ["AsyncPage", "Page"]
