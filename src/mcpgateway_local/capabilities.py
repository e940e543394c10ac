"""The optional features this gateway advertises in `GET /health` `capabilities` (one place).

Clients check a name before relying on the feature (SDK 0.61 checks `bundle_only_generation`
before starting a `bundle_only` generation job). Add a name here when its feature is honoured.
"""

from __future__ import annotations

__all__ = ["BUNDLE_ONLY_GENERATION", "CAPABILITIES"]

BUNDLE_ONLY_GENERATION = "bundle_only_generation"
"""Generation jobs honour `access_mode: bundle_only` and echo it."""

CAPABILITIES: tuple[str, ...] = (BUNDLE_ONLY_GENERATION,)
"""Every advertised capability, in the order `/health` lists them."""
