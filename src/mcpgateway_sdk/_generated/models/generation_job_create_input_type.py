from enum import StrEnum
from typing import Any


class GenerationJobCreateInputType(StrEnum):
    DOCS_URL = "docs_url"
    OPENAPI_JSON = "openapi_json"
    OPENAPI_YAML = "openapi_yaml"
    RAW_TEXT = "raw_text"
    SWAGGER_URL = "swagger_url"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this client version does not know (kept as-is, see ``_missing_``)."""
        return self._name_ is not None

    @classmethod
    def _missing_(cls, value: Any) -> "GenerationJobCreateInputType":
        # An unknown value: build a pseudo-member instead of raising ValueError.
        member = str.__new__(cls, value if isinstance(value, str) else str(value))
        member._name_ = None  # type: ignore[assignment]
        member._value_ = value
        return member

    def __repr__(self) -> str:
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r} (unknown)>"
        return super().__repr__()
