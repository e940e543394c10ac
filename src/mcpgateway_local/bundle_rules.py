"""Bundle rules other APIs rely on (no Starlette): forgetting a deleted connection."""

from __future__ import annotations

from .kinds import BUNDLE_CONNECTION
from .state import GatewayState

__all__ = ["forget_connection"]


def forget_connection(gw: GatewayState, connection_id: str) -> int:
    """Unassign a connection from every bundle (called when it is deleted); returns how many."""
    rows = gw.store.list(BUNDLE_CONNECTION, lambda a: a.get("user_connection_id") == connection_id)
    with gw.store.transaction():
        for row in rows:
            gw.store.delete(BUNDLE_CONNECTION, row["id"])
    return len(rows)
