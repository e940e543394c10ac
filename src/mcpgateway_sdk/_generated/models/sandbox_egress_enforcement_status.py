from enum import StrEnum
from typing import Any


class SandboxEgressEnforcementStatus(StrEnum):
    ENFORCED = "enforced"
    FAILED = "failed"
    PENDING = "pending"
    RECONCILING = "reconciling"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client version does not know (kept as-is, see ``_missing_``)."""
        return self._name_ is not None

    @classmethod
    def _missing_(cls, value: Any) -> "SandboxEgressEnforcementStatus":
        # An unknown value: build a pseudo-member instead of raising ValueError.
        member = str.__new__(cls, value if isinstance(value, str) else str(value))
        member._name_ = None  # type: ignore[assignment]
        member._value_ = value
        return member

    def __repr__(self) -> str:
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r} (unknown)>"
        return super().__repr__()
