from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class BearerConfig(ResponseModel):
    """A static bearer token on the upstream request."""

    if TYPE_CHECKING:
        header_name: str
        """ Header that carries the token. """
        prefix: str
        """ Scheme put before the token. """

        def __init__(
            self,
            *,
            header_name: str = "Authorization",
            prefix: str = "Bearer",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BearerConfig: ...

    else:
        header_name = _Field("header_name", None, "Authorization")
        prefix = _Field("prefix", None, "Bearer")
