from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class BasicConfig(ResponseModel):
    """HTTP basic authentication on the upstream request."""

    if TYPE_CHECKING:
        header_name: str
        """ Header that carries the credentials. """
        prefix: str
        """ Scheme put before the encoded credentials. """

        def __init__(
            self,
            *,
            header_name: str = "Authorization",
            prefix: str = "Basic",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BasicConfig: ...

    else:
        header_name = _Field("header_name", None, "Authorization")
        prefix = _Field("prefix", None, "Basic")
