from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import ResponseModel


class EnvConfig(ResponseModel):
    """Settings of `env` authentication (values injected as environment variables named by the fields): none."""

    if TYPE_CHECKING:

        def __init__(
            self,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> EnvConfig: ...

    else:
        pass
