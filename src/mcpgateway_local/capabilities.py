"""The capabilities the local gateway advertises in `GET /health` (`capabilities`)."""

from __future__ import annotations

__all__ = ["BUNDLE_ONLY_GENERATION", "BUNDLE_ONLY_REMOTE_EGRESS_GUARD", "CAPABILITIES"]

BUNDLE_ONLY_GENERATION = "bundle_only_generation"
"""Generation jobs honour `access_mode: bundle_only` and echo it."""

BUNDLE_ONLY_REMOTE_EGRESS_GUARD = "bundle_only_remote_egress_guard"
"""`probe_auth(guard_network=True)` resolves, refuses non-public addresses and pins (`oauth_net`)."""

CAPABILITIES: tuple[str, ...] = (BUNDLE_ONLY_GENERATION, BUNDLE_ONLY_REMOTE_EGRESS_GUARD)
