from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_credential_expires_at(data: Any) -> datetime.datetime:
    credential_expires_at = datetime.datetime.fromisoformat(data)

    return credential_expires_at


class SandboxMount(ResponseModel):
    """A mount recorded on a sandbox; its credential is never returned."""

    if TYPE_CHECKING:
        mount_id: str
        """ Mount id. """
        provider: str
        canonical_endpoint: str
        container_name: str
        target_path: str
        credential_expires_at: datetime.datetime
        source_prefix: str
        read_only: bool
        """ Always true. """

        def __init__(
            self,
            *,
            mount_id: str,
            provider: str,
            canonical_endpoint: str,
            container_name: str,
            target_path: str,
            credential_expires_at: datetime.datetime,
            source_prefix: str = "",
            read_only: bool = True,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> SandboxMount: ...

    else:
        mount_id = _Field("mount_id", None)
        provider = _Field("provider", None)
        canonical_endpoint = _Field("canonical_endpoint", None)
        container_name = _Field("container_name", None)
        target_path = _Field("target_path", None)
        credential_expires_at = _Field("credential_expires_at", _convert_credential_expires_at)
        source_prefix = _Field("source_prefix", None, "")
        read_only = _Field("read_only", None, True)
