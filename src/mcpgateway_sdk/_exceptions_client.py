"""Errors the SDK raises on its own (`status_code` 0), as the published 0.61 SDK defines them.

They are importable for code written against 0.61 (`except GatewayCapabilityError:`); each carries
its `CODE` in `.code`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ._exceptions import PUBLIC_MODULE, GatewayError

__all__ = [
    "AccessModeNotEnforcedError",
    "GatewayCapabilityError",
    "GenerationOutcomeUnknownError",
]


def _step_ok(outcome: str) -> bool:
    return outcome == "ok" or outcome.startswith("ok (")


class GatewayCapabilityError(GatewayError):
    """The gateway could not be shown to support a capability the call needs; nothing was sent.

    `capability` names it; `reason` is `missing`, `unreachable` or `unparseable`.
    """

    CODE: ClassVar[str] = "GATEWAY_CAPABILITY_MISSING"

    def __init__(self, message: str, *, capability: str, reason: str) -> None:
        super().__init__(0, message, code=self.CODE)
        self.capability = capability
        self.reason = reason


class AccessModeNotEnforcedError(GatewayError):
    """The gateway did not apply the requested `access_mode`; the SDK refused to go on.

    `cleanup` maps each clean-up step attempted to its outcome (`"ok"` or the failure);
    `cleaned_up` is True when nothing can go live publicly any more.
    """

    CODE: ClassVar[str] = "ACCESS_MODE_NOT_ENFORCED"

    def __init__(
        self,
        *,
        requested_access_mode: str,
        echoed_access_mode: str,
        job_id: str | None = None,
        server_id: str | None = None,
        cleanup: Mapping[str, str] | None = None,
    ) -> None:
        self.requested_access_mode = requested_access_mode
        self.echoed_access_mode = echoed_access_mode
        self.job_id = job_id
        self.server_id = server_id
        self.cleanup = dict(cleanup or {})
        step = "cancel" if job_id is not None else "delete"
        self.cleaned_up = cleanup is not None and _step_ok(self.cleanup.get(step, ""))
        what = f"generation job {job_id}" if job_id is not None else f"server {server_id}"
        steps = " ".join(f"{name}={outcome}" for name, outcome in self.cleanup.items())
        outcome = "cleaned up" if self.cleaned_up else "NOT cleaned up"
        message = (
            f"gateway did not enforce access_mode on {what} (access_mode="
            f"{echoed_access_mode!r}, not {requested_access_mode!r}); {outcome}"
            + (f": {steps}" if steps else "")
        )
        super().__init__(0, message, code=self.CODE)


class GenerationOutcomeUnknownError(GatewayError):
    """A generation start got a reply it could not read: a job may or may not exist (`job_id`)."""

    CODE: ClassVar[str] = "outcome_unknown"

    def __init__(
        self,
        message: str,
        *,
        job_id: str | None = None,
        cleanup: Mapping[str, str] | None = None,
    ) -> None:
        self.job_id = job_id
        self.cleanup = dict(cleanup or {})
        self.cleaned_up = _step_ok(self.cleanup.get("cancel", ""))
        super().__init__(0, message, code=self.CODE, retryable=False)


for _cls in (GatewayCapabilityError, AccessModeNotEnforcedError, GenerationOutcomeUnknownError):
    _cls.__module__ = PUBLIC_MODULE
