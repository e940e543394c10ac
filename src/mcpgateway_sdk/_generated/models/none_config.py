from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import ResponseModel


class NoneConfig(ResponseModel):
    """Settings of `none` authentication: none."""

    if TYPE_CHECKING:

        def __init__(
            self,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> NoneConfig: ...

    else:
        pass
