"""Derived (not on the wire) properties of the generated `Server` model (`x-mixin` in the spec)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.models.server_readiness import ServerReadiness

__all__ = ["ServerDerived"]


class ServerDerived:
    """Adds `readiness` to `Server`."""

    __slots__ = ()

    @property
    def readiness(self) -> ServerReadiness:
        """`healthy` when running, `awaiting_credentials` when pending for credentials, `failed`
        on error, `transient` otherwise (starting, stopped, unknown)."""
        from ._generated.models.server_readiness import ServerReadiness

        me: Any = self
        status, reason = str(me["status"]), me["pending_reason"]
        if status == "running":
            return ServerReadiness.HEALTHY
        if status == "pending" and reason == "awaiting_credentials":
            return ServerReadiness.AWAITING_CREDENTIALS
        if status == "error":
            return ServerReadiness.FAILED
        return ServerReadiness.TRANSIENT
