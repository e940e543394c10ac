from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class HealthStatus(ResponseModel):
    """Liveness and version of the gateway."""

    if TYPE_CHECKING:
        status: str
        """ Overall status; `healthy` whenever the gateway answers. """
        version: str
        """ Gateway version, `MAJOR.MINOR[.PATCH][-suffix]` with integer major and minor. SDK clients compare
        major.minor with their own version and warn on a mismatch. """
        redis: str
        """ Cache status: `healthy` or `degraded` (the gateway keeps working without its cache). Empty when not
        reported. """
        capabilities: list[str]
        """ Optional features this gateway supports, by name (e.g. `bundle_only_generation`). Absent on gateways from
        before capability negotiation. """

        def __init__(
            self,
            *,
            status: str,
            version: str,
            redis: str = "",
            capabilities: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HealthStatus: ...

    else:
        status = _Field("status", None)
        version = _Field("version", None)
        redis = _Field("redis", None, "")
        capabilities = _Field("capabilities", None, [])
