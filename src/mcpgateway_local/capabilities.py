"""The optional features this gateway honours, advertised in `GET /health` as `capabilities`.

One list for every feature: add a name here when the feature is really honoured (never remove
another's). Clients check it before relying on the feature (CONTRACT-0.61 §4.6).
"""

from __future__ import annotations

__all__ = ["CAPABILITIES"]

CAPABILITIES: tuple[str, ...] = (
    "bundle_only_remote_egress_guard",  # probe_auth(guard_network=True): oauth_net's guard
)
