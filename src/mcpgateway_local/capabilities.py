"""The optional features this gateway advertises in `GET /health` `capabilities` (one place).

Clients check a name before relying on the feature (SDK 0.61 checks `bundle_only_generation`
before starting a `bundle_only` generation job). Add a name here when its feature is honoured.
"""

from __future__ import annotations

__all__ = ["BUNDLE_ONLY_REMOTE_EGRESS_GUARD", "CAPABILITIES"]

BUNDLE_ONLY_REMOTE_EGRESS_GUARD = "bundle_only_remote_egress_guard"
"""`probe_auth(guard_network=True)` resolves, refuses non-public addresses and pins (`oauth_net`)."""

CAPABILITIES: tuple[str, ...] = (BUNDLE_ONLY_REMOTE_EGRESS_GUARD,)
"""Every advertised capability, in the order `/health` lists them."""
