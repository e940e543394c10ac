from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class SandboxEgressPolicyState(ResponseModel):
    """An egress policy as a sandbox reports it (requested or effective); compares equal to the `EgressPolicy` of the same
    mode and destinations.

    """

    if TYPE_CHECKING:
        mode: str
        """ Known values: `inherit`, `blocked`, `allowlist`, `unrestricted`. """
        allowed_domains: list[str]
        """ Domains reachable in `allowlist` mode. """
        allowed_cidrs: list[str]
        """ Address ranges reachable in `allowlist` mode. """

        def __init__(
            self,
            *,
            mode: str,
            allowed_domains: list[str] = [],
            allowed_cidrs: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxEgressPolicyState: ...

    else:
        mode = _Field("mode", None)
        allowed_domains = _Field("allowed_domains", None, [])
        allowed_cidrs = _Field("allowed_cidrs", None, [])
