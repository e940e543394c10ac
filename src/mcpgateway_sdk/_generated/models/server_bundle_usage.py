from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ServerBundleUsage(ResponseModel):
    """How many bundles curate a server (hold at least one of its tools)."""

    if TYPE_CHECKING:
        bundle_count: int
        """ Bundles holding at least one of the server's tools. """

        def __init__(
            self,
            *,
            bundle_count: int,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerBundleUsage: ...

    else:
        bundle_count = _Field("bundle_count", None)
